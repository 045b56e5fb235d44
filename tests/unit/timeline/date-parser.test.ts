// The date parser asks each of chrono-node's parsers only about sentences holding its cue: the dates it reads must
// be chrono's own, to the character, for every kind of phrase the timeline relies on.
import { casual, GB } from 'chrono-node/en';
import { describe, expect, it } from 'vitest';
import { casualDates, catchContext, dayFirstDates } from '../../../analysis/timeline/date-parser';
import { cueWordsIn, matchesAtCueWord } from '../../../analysis/timeline/cue-words';
import { cueFor, PARSER_CUES, parserCueFor } from '../../../analysis/timeline/parser-cues';
import { readings } from './chrono-readings';
import { seededRandom } from './seeded-random';

const REF = new Date(2016, 3, 26, 14, 55);
const chronosOwn = (text: string) => readings(casual.parse(text, REF, { forwardDate: false }));
const chronosOwnDayFirst = (text: string) => readings(GB.parse(text, REF, { forwardDate: false }));

/** Sentences of our own, one or more for each kind of phrase chrono reads. */
const SENTENCES = [
  'The talks resumed 3 days after 5 May, the union said.',
  'The festival ran on 26-27 April in the old town.',
  'The council promised a reply within a week.',
  'Work on the bridge will finish within 28 days, or in a couple of weeks at most.',
  'The mayor left office two weeks ago, and half an hour later the hall was empty.',
  'The ferry sailed at 5pm on Tuesday and docked at 17:30.',
  'Officials met onMonday and again lastfriday.',
  'The vote is set for May first, the clerk said, and the count for the twenty-first of May.',
  'The deal was struck in May of 2015, signed on April 26, 2016, and renewed 2017 June.',
  'The depot shut from 29 May to 13 July.',
  'Figures released on 2016-04-20T09:30 showed a fall; the 2016/04/21 revision did not.',
  'The strike ends at the end of the month, three days from now.',
  'The union will meet this weekend and again next Thurs. and Sat.',
  'Sept. 5 is the deadline; Oct 2 the appeal.',
  'The hearing was adjourned until noon tomorrow, after a long night yesterday.',
  'Sales rose in the last 3 months and fell this year, after this week’s report.',
  'The plant should reopen in 2.5 days, about 4 hours earlier than planned.',
  'The odds moved from 6/1 to 5/2 after the 4/2016 filing.',
  'The shop opens at 9 a.m. and closes at 6 o’clock in the evening.',
  'It was mayhem at the junior doctors’ march, Simon said, and decent people may object.',
  'Nobody can say what happens now.',
  'Tonight the committee sits; last night it did not.',
  'The plan was approved +2 weeks into the term and reviewed -1 month later.',
  'The polls close at 8pm EST on Tuesday, at 9 est in the north, and on Monday (GMT) or Friday ET for the count.',
  'The talks resumed on Monday not long after noon, today the union said, and on 3 May, CET rules apply.',
];

describe('date parser: chrono-node asked only where a parser can match', () => {
  it('reads every phrase exactly as chrono-node does', () => {
    for (const s of SENTENCES) expect(readings(casualDates.parse(s, REF)), s).toEqual(chronosOwn(s));
  });

  it('reads numeric dates day first exactly as chrono-node’s British parser does', () => {
    for (const s of ['The vote was on 05/06/2024.', 'Filed 31.12.2015 and heard 1-2-16.', 'Scores were 3-1 and 2/1 on 4/5.']) {
      expect(readings(dayFirstDates.parse(s, REF)), s).toEqual(chronosOwnDayFirst(s));
    }
  });

  it('finds nothing in a sentence with no date, as chrono-node finds nothing', () => {
    const s = 'The junior doctors said the contract was unsafe and unfair.';
    expect(casualDates.parse(s, REF)).toEqual([]);
    expect(chronosOwn(s)).toEqual([]);
  });

  it('gives every English parser a cue, so none scans every sentence (or compiles on a page without its words)', () => {
    const context = catchContext();
    for (const parser of [...casual.parsers, ...GB.parsers]) expect(cueFor(parser.pattern(context).source), parser.pattern(context).source).not.toBeNull();
  });
});

/** The words chrono's patterns are made of, and some that only look like them. */
const TOKENS = [
  '3', '12', '31', '05', '2016', '1999', '2016-04-26', '2016-4-5T09:30', '2.5', '1st', '22nd', '3rd', '17:30', '9.15', '0800',
  'one', 'two', 'ten', 'eleven', 'a', 'an', 'half', 'half an', 'few', 'a few', 'several', 'the', 'couple', 'a couple of', 'of',
  'sec', 's', 'min', 'mins', 'm', 'h', 'hr', 'hrs', 'hour', 'hours', 'd', 'day', 'days', 'w', 'week', 'weeks', 'mo', 'mon',
  'mos', 'month', 'months', 'qtr', 'quarter', 'y', 'yr', 'year', 'years', 'fortnight', 'decade',
  'January', 'feb', 'Mar.', 'march', 'may', 'June', 'jul', 'Sept', 'sept.', 'oct', 'November', 'dec.',
  'Monday', 'mon.', 'tue', 'Wed', 'thurs.', 'thu', 'Friday', 'sat', 'sun.', 'weekend', 'weekday',
  'first', 'second', 'third', 'twenty-first', 'thirty first', 'tenth',
  'this', 'last', 'past', 'next', 'after', 'ago', 'before', 'earlier', 'later', 'from now', 'out', 'forward',
  'within', 'in', 'for', 'about', 'around', 'just', 'on', 'at', 'from', 'to', 'until', 'through', 'till', 'and',
  'am', 'pm', 'a.m.', 'p.m.', "o'clock", 'noon', 'midnight', 'tonight', 'today', 'yesterday', 'tomorrow', 'now',
  'morning', 'evening', 'night', 'end', 'end of the month', 'last day of', 'of the', 'AD', 'BC', 'T', 'Z', '+01:00',
  'Simon', 'junior', 'doctor', 'vote', 'them', 'they', 'intend', 'without', 'summary',
];
const GLUE = ['', ' ', ' ', ' ', '  ', ', ', '-', '/', '.', ' – ', '(', ')'];

/** Words in any order and any glue: what an odd page, a hashtag or a table cell can hold. */
function looseWords(next: () => number, pick: <T>(xs: T[]) => T): string {
  let s = next() < 0.5 ? pick(['The vote', 'It', '']) + ' ' : '';
  const n = 2 + Math.floor(next() * 6);
  for (let i = 0; i < n; i++) {
    const word = pick(TOKENS);
    s += (i ? pick(GLUE) : '') + (next() < 0.15 ? word.toUpperCase() : next() < 0.3 ? word.charAt(0).toUpperCase() + word.slice(1) : word);
  }
  return s + pick(['', '.', ' said.', ',']);
}

/** Series of counted units, spaced as far apart as chrono allows: "about couple    hours, and 20 mins later". */
function countedUnits(next: () => number, pick: <T>(xs: T[]) => T): string {
  const space = ['', ' ', '  ', '   ', '    ', '\t'];
  let s = pick(['', 'x', 'It was ']) + pick(['within', 'in', 'for', 'this', 'last', 'past', 'next', 'after', 'after this', '+', '-', '']) + pick(space);
  if (next() < 0.2) s += pick(['about', 'around', 'roughly', 'just ~']) + pick(space);
  const pairs = 1 + Math.floor(next() * 3);
  for (let i = 0; i < pairs; i++) {
    s += (i ? pick(['', ' ', ',', ', ', ' and ', 'and']) : '') + pick(['3', '2.5', 'one', 'ten', 'a', 'an', 'half an', 'a few', 'several', 'the', 'a couple of', 'couple']);
    s += pick(space) + pick(['quarters', 'seconds', 'minute', 'months', 'hours', 'week', 'years', 'mins', 'day', 'mon', 'mos', 'qtr', 'hr', 'yr', 's', 'm', 'h', 'd', 'w', 'y']);
  }
  return s + pick(space) + pick(['ago', 'before', 'earlier', 'later', 'after', 'from now', 'henceforth', 'forward', 'out', '']) + pick(['', '.', 'x', ' 5']);
}

/** Month and day names with what may stand either side of them, glued or spaced. */
function calendarWords(next: () => number, pick: <T>(xs: T[]) => T): string {
  const left = ['', ' ', 'on', 'on ', 'this', 'last ', 'next', ',', '(', 'in', 'x', 'Si', 'the ', '2016 ', '2016-', '2016 of ', '5', '5 ', '5/', 'first of ', '3rd '];
  const right = ['', ' ', ',', '.', ')', 'of', ' of ', 'of2016', ' this week', 'lastweek', ' 2016', ',2016', '-2016', ' 5', '5', '/5', ' first', 'first', 'tenth', ' to 7th', 'x', 'ish', 'th', ' 5pm', ' 16', 'or', '2'];
  const names = ['may', 'May', 'SEPT.', 'sept', 'june', 'Jan', 'dec.', 'March', 'mon', 'Monday', 'thurs.', 'sat', 'Sun.', 'weekend', 'first', '1st', '22', '5pm', '17:30', 'at 9', '12 o clock', '2016-04-26', '31.12.2015', '4/2016'];
  let s = '';
  for (let i = 1 + Math.floor(next() * 3); i > 0; i--) s += pick(['', ' ', 'x', ' and ']) + pick(left) + pick(names) + pick(right);
  return s + pick(['', '.', ' said.', 'x']);
}

function fuzzTexts(count: number): string[] {
  const next = seededRandom(20160426);
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)];
  const kinds = [looseWords, countedUnits, calendarWords];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length](next, pick));
}

describe('date parser: each cue is necessary for its parser', () => {
  const texts = fuzzTexts(6000);
  const fewer = texts.slice(0, 2400);
  const context = catchContext();

  it('holds wherever the parser’s own pattern matches, over thousands of date-like strings', () => {
    for (const parser of [...casual.parsers, ...GB.parsers]) {
      const pattern = parser.pattern(context);
      const cue = cueFor(pattern.source) ?? [];
      const words = parserCueFor(pattern.source)?.words ?? ~0;
      let matched = 0;
      for (const text of texts) {
        if (!pattern.exec(text)) continue;
        matched++;
        for (const part of cue) expect(part.test(text), `${pattern.source.slice(0, 60)}… on ${JSON.stringify(text)}`).toBe(true);
        expect(cueWordsIn(text).bits & words, `cue words of ${pattern.source.slice(0, 60)}… on ${JSON.stringify(text)}`).not.toBe(0);
      }
      expect(matched, `no string matched ${pattern.source.slice(0, 60)}…`).toBeGreaterThan(0);
    }
  });

  it('finds a cue that starts at a cue word by trying it only at those words, as a scan of the whole text would', () => {
    const anchored = PARSER_CUES.filter((c) => c.startsAtWord);
    expect(anchored.length).toBeGreaterThan(0);
    for (const { words, cue } of anchored) {
      for (const re of cue) {
        const sticky = new RegExp(re.source, `${re.flags}y`);
        let held = 0;
        for (const text of texts) {
          if (!re.test(text)) continue;
          held++;
          expect(matchesAtCueWord(sticky, text, cueWordsIn(text), words), `${re.source.slice(0, 60)}… on ${JSON.stringify(text)}`).toBe(true);
        }
        expect(held, re.source.slice(0, 60)).toBeGreaterThan(0);
      }
    }
  });

  it('reads those strings as chrono-node does', () => {
    for (const text of fewer) {
      expect(readings(casualDates.parse(text, REF)), text).toEqual(chronosOwn(text));
      expect(readings(dayFirstDates.parse(text, REF)), text).toEqual(chronosOwnDayFirst(text));
    }
  });
});
