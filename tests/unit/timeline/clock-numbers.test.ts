// The clock-time parser is spared numbers that cannot be an hour ("57%", "2016", "310 votes"): the times it reads
// must still be chrono-node's own, to the character, wherever numbers stand next to clock words.
import { casual, GB } from 'chrono-node/en';
import { describe, expect, it } from 'vitest';
import { cannotBeHour, CLOCK_PATTERN_START, isLoneDigit } from '../../../analysis/timeline/clock-numbers';
import { casualDates, catchContext, dayFirstDates } from '../../../analysis/timeline/date-parser';
import { readings } from './chrono-readings';
import { seededRandom } from './seeded-random';

const REF = new Date(2016, 3, 26, 14, 55);
const NUMBERS = ['0', '5', '09', '12', '24', '25', '57', '99', '100', '101', '124', '125', '310', '930', '999', '1230', '2016', '2460', '0800', '9999', '12345'];
const BEFORE = ['', ' ', 'at ', 'from ', 'at', 'T', 'x', '(', '$', '£', '-', '/', 'on Monday ', 'May ', 'by ', ', '];
const AFTER = ['', ' ', '%', 'pm', ' pm', 'a.m.', 'am', 'a', 'p', ':30', ':5', ':61', '.30', '.5', ':30:15', ':30:15.250', ':30:61', "o'clock", ' at night', ' in the morning', ' in the afternoon', '/', '-', ' - ', ' to ', ' until ', ' till ', 'through', '~', '?', ' –  ', '      to ', ' TO ', 'th', ' votes', ' BST', ' GMT', ','];

function clockTexts(count: number): string[] {
  const next = seededRandom(57310);
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)];
  return Array.from({ length: count }, () => {
    let s = pick(['', 'The vote was ', 'It ran ']);
    for (let i = 1 + Math.floor(next() * 3); i > 0; i--) s += pick(BEFORE) + pick(NUMBERS) + pick(AFTER) + pick(['', ' ', ' and ', ', then ']);
    return s + pick(['', '.', ' on Tuesday.']);
  });
}

describe('clock times: numbers that cannot be an hour are turned down first', () => {
  it('reads numbers beside clock words exactly as chrono-node does', () => {
    for (const text of clockTexts(3000)) {
      expect(readings(casualDates.parse(text, REF)), text).toEqual(readings(casual.parse(text, REF, { forwardDate: false })));
      expect(readings(dayFirstDates.parse(text, REF)), text).toEqual(readings(GB.parse(text, REF, { forwardDate: false })));
    }
  });

  it('turns down a year, "0800", a count past 24 and "1230" with minutes, and keeps hours, "310" (3:10) and "5pm"', () => {
    const clock = casual.parsers.find((p) => p.pattern(catchContext()).source.startsWith(CLOCK_PATTERN_START));
    expect(clock, 'chrono-node has a clock-time parser').toBeDefined();
    const pattern = new RegExp(clock!.pattern(catchContext()).source, 'i');
    const turnedDown = (text: string) => cannotBeHour(pattern.exec(text)!, false);
    expect(['2016', '57%', '2560 votes', '1230:30', '99', '0800 hours'].map(turnedDown)).toEqual([true, true, true, true, true, true]);
    expect(['5pm', 'at 17:30', '310 votes', '24', '930'].map(turnedDown)).toEqual([false, false, false, false, false]);
  });

  it('turns down a lone digit ("Radio 4") but not one that starts a range, has a prefix or a clock word', () => {
    const clock = casual.parsers.find((p) => p.pattern(catchContext()).source.startsWith(CLOCK_PATTERN_START))!;
    const pattern = new RegExp(clock.pattern(catchContext()).source, 'i');
    const lone = (text: string) => isLoneDigit(pattern.exec(text)!, text);
    expect(['Radio 4 said', '3 children', 'x 7.'].map(lone)).toEqual([true, true, true]);
    expect(['4 to 6', '4 -  6pm', 'at 4', '4pm', '4:30', '45', "4 o'clock"].map(lone)).toEqual([false, false, false, false, false, false, false]);
  });
});
