// Each rule of the timeline runs only where one scan of the sentence found its cue words: that scan must never
// hide a time expression the rule would read, whatever the text around it.
import { describe, expect, it } from 'vitest';
import { cueWordsIn } from '../../../analysis/timeline/cue-words';
import type { RuleContext, TimeRule } from '../../../analysis/timeline/expression';
import { anchoredRelativeRule } from '../../../analysis/timeline/rules/anchored-relative';
import { chronoRule } from '../../../analysis/timeline/rules/chrono';
import { durationRule } from '../../../analysis/timeline/rules/durations';
import { holidayRule } from '../../../analysis/timeline/rules/holidays';
import { periodEdgeRule } from '../../../analysis/timeline/rules/period-edges';
import { seasonRule } from '../../../analysis/timeline/rules/seasons';
import { yearRule } from '../../../analysis/timeline/rules/years';
import { seededRandom } from './seeded-random';

const RULES: Record<string, TimeRule> = {
  chrono: chronoRule, periodEdge: periodEdgeRule, season: seasonRule, holiday: holidayRule,
  duration: durationRule, anchoredRelative: anchoredRelativeRule, year: yearRule,
};
const REF = new Date(2016, 3, 26, 14, 55);

/** The words the rules are made of, some that only look like them, and glue. */
const TOKENS = [
  'the', 'a', 'an', 'one', 'two', 'twenty-one', 'few', 'several', 'a couple of', 'a number of', 'many', 'more', 'long',
  '3', '28', '1,000', '2.5', '2016', '1999', '2020s', '5%', '£2020',
  'second', 'minutes', 'hour', 'day', 'days', 'night', 'weeks', 'fortnight', 'month', 'years', 'decade', 'century', 'centuries',
  'start', 'beginning', 'end', 'middle', 'close', 'turn', 'first half', 'second half', 'of', 'this', 'last', 'next', 'that',
  'the end of', 'start of', 'the turn of the', 'close of this', 'middle of', 'year', 'March', 'the end of the year',
  'the start of 2016', 'the beginning of March', 'the close of last month', 'a day after', 'the next day',
  'two weeks later', 'that same week', 'the following morning',
  'spring', 'Summer', 'autumn', 'winter', 'fall', 'early', 'late', 'in the', 'during the', 'over the',
  'Christmas', 'Christmas Day', "New Year's Eve", 'Easter', 'Good Friday', 'Thanksgiving', "St Patrick’s Day", 'Boxing Day',
  'after', 'before', 'later', 'earlier', 'following', 'previous', 'same', 'very', 'It came', 'was', 'for', 'over', 'within', 'in',
  'has been', 'May', 'April', 'Monday', 'ago', 'old', 'from now', 'junior', 'doctors', 'weekend', 'attend', 'starting',
];
const GLUE = ['', ' ', ' ', ' ', '  ', ', ', '-', '.', ' – ', '(', "'s "];

function texts(count: number): string[] {
  const next = seededRandom(4262016);
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)];
  return Array.from({ length: count }, () => {
    let s = pick(['', 'The vote ', 'It came ', 'He said ']);
    for (let i = 2 + Math.floor(next() * 6); i > 0; i--) s += pick(GLUE) + pick(TOKENS);
    return s + pick(['', '.', ' said.']);
  });
}

describe('cue words: one scan decides which rules run', () => {
  it('hides nothing any rule would read, over thousands of strings', () => {
    const found: Record<string, number> = {};
    for (const sentence of texts(3000)) {
      const everything: RuleContext = { sentence, offset: 0, ref: REF, british: true, anchor: REF };
      const scanned: RuleContext = { ...everything, cues: cueWordsIn(sentence) };
      for (const [name, rule] of Object.entries(RULES)) {
        const all = rule(everything);
        if (all.length) found[name] = (found[name] ?? 0) + 1;
        expect(rule(scanned), `${name} on ${JSON.stringify(sentence)}`).toEqual(all);
      }
    }
    // Every rule found something somewhere, or the comparison above proved nothing about it.
    for (const name of Object.keys(RULES)) expect(found[name] ?? 0, name).toBeGreaterThan(10);
  });

  it('lets a sentence without any of the words go with no rule asked', () => {
    expect(cueWordsIn('The union said the contract was unfair.').bits).toBe(0);
  });
});
