import { describe, expect, it } from 'vitest';
import { datesOf, timelineOf } from './helpers';

describe('timeline: durations and event descriptions', () => {
  it('gives durations their own kind, with a span where the words place it', () => {
    const e = timelineOf('Strikes have hit the port over the past two years, after four years of talks.');
    expect(e.map((x) => [x.text, x.kind, x.date])).toEqual([
      ['over the past two years', 'duration', null], ['four years', 'duration', null],
    ]);
    expect([e[0].spanStart, e[0].spanEnd]).toEqual(['2014-04', '2016-04']);
    expect(e[1].spanStart).toBeNull();
  });

  it('places a span counted forward from the publication date', () => {
    const [e] = timelineOf('Disruption is expected over the next three days.');
    expect([e.spanStart, e.spanEnd]).toEqual(['2016-04-26', '2016-04-29']);
  });

  it('lists entries in text order, one per expression, even when a date repeats', () => {
    const e = timelineOf(['Ministers met on Monday.', 'On Monday the union replied.']);
    expect(e.map((x) => [x.paragraph, x.date])).toEqual([[0, '2016-04-25'], [1, '2016-04-25']]);
  });

  it('describes who did what, without the time phrase', () => {
    const [e] = timelineOf('The council leader resigned on Monday after a vote of no confidence.');
    expect(e.event).toBe('The council leader resigned after a vote of no confidence');
  });

  it('describes the main clause after a fronted phrase the date closes ("On the night of 20 November, …")', () => {
    expect(timelineOf('On the night of 20 November, police used water cannon on the crowd.')[0].event).toBe('Police used water cannon on the crowd');
    // A date inside a clause that goes on describes that clause.
    expect(timelineOf('In January the council voted to close the school.')[0].event).toBe('The council voted to close the school');
  });

  it('cuts the description at a semicolon or a spaced dash, never at a hyphen inside a word', () => {
    expect(timelineOf('The well-known surgeon retired on Friday; her deputy took over.')[0].event).toBe('The well-known surgeon retired');
    const [, strike] = timelineOf('Talks collapsed last week – the union blamed ministers – and a long-planned strike began on Monday.');
    expect([strike.text, strike.event]).toEqual(['on Monday', 'Talks collapsed last week … and a long-planned strike began']);
  });

  it('keeps every text verbatim at its offsets', () => {
    const text = 'From 29 May, the week after the vote, to 13 July the office was shut; it reopened last week.';
    for (const e of timelineOf(text)) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('timeline: a time phrase in the possessive', () => {
  it('takes the possessed noun as the event and into the phrase', () => {
    const [e] = timelineOf('The party has not recovered from last year’s general election, its chair said.');
    expect([e.text, e.date, e.event]).toEqual(['last year’s general election', '2015', 'General election']);
  });
  it("stops the noun phrase at a verb or a function word", () => {
    const [e] = timelineOf("Monday's walkout was the longest yet.");
    expect([e.text, e.date, e.event]).toEqual(["Monday's walkout", '2016-04-25', 'Walkout']);
  });
  it('leaves a plain time phrase as it was', () => {
    const [e] = timelineOf('The union walked out on Monday.');
    expect(e.text).toBe('on Monday');
  });

  it('reads an amount with thousands separators whole', () => {
    const e = timelineOf('The same sum would take an ordinary computer 15,000 years to finish.');
    expect(e.map((x) => [x.text, x.kind])).toEqual([['15,000 years', 'duration']]);
  });

  it('places a date counted from another date in the same words', () => {
    expect(datesOf('The panel will decide 3 days after 5 May.')).toEqual([['3 days after 5 May', '2016-05-08']]);
  });

  it('leaves the game clock of a match report off the timeline, and keeps a clock time', () => {
    expect(datesOf('Her goals at 7:14 and 19:56 of the first period sealed it.')).toEqual([]);
    expect(datesOf('The meeting began at 10:30 on Monday.')).toEqual([['at 10:30 on Monday', '2016-04-25T10:30']]);
  });

  it('reads no weekday into "sat", "sun" or "wed" as words', () => {
    expect(datesOf('The council sat for hours while the sun set.')).toEqual([]);
  });
});
