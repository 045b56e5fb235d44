import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatIsoTime } from '../../../components/popup/format-date';

describe('dates at the precision the text gives', () => {
  it('shows a year-only date as the year alone', () => {
    expect(formatIsoDate('2015', 'en-GB')).toBe('2015');
  });

  it('shows a month-only date as month and year', () => {
    expect(formatIsoDate('2016-04', 'en-GB')).toBe('April 2016');
  });

  it("shows a day in the reader's locale", () => {
    expect(formatIsoDate('2016-04-26', 'en-GB')).toBe('26 April 2016');
    expect(formatIsoDate('2016-04-26', 'en-US')).toBe('April 26, 2016');
    expect(formatIsoDate('2016-04-26', 'de-DE')).toBe('26. April 2016');
  });

  it('keeps the wall-clock time as written whatever the time zone', () => {
    expect(formatIsoTime('2016-04-26T18:45', 'en-GB')).toBe('18:45');
    expect(formatIsoTime('2016-04-26T18:45', 'en-US')).toMatch(/^6:45\sPM$/);
    expect(formatIsoDate('2016-04-26T23:30', 'en-GB', 'day')).toBe('26 April 2016');
  });

  it('never invents precision the string does not carry', () => {
    expect(formatIsoDate('2016', 'en-GB', 'day')).toBe('2016');
    expect(formatIsoTime('2016-04-26', 'en-GB')).toBeNull();
  });

  it('returns an unreadable date unchanged rather than "Invalid Date"', () => {
    expect(formatIsoDate('sometime', 'en-GB')).toBe('sometime');
  });
});
