// Shortcuts of the statistics pass that replace a pattern by a sweep of their own must find exactly its matches.
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNIT_WORD, unitWordsIn } from '../../../analysis/statistics/exclusions/unit-words';
import { matchesOf } from '../../../analysis/document/matches';
import { OWN_PAGES, readPage, SAMPLES, SHARED_FIXTURES, sharedFixturePages } from '../page/support/pages';

const byPattern = (text: string) => matchesOf(UNIT_WORD, text).map((m) => ({ index: m.index, text: m[0] }));

// Units in odd cases and spellings, their look-alikes, glued letters and letters outside the BMP.
const PIECES = [
  'days', 'Day', 'YEARS', 'year-old', 'Year\u2010Old', 'year\u2011old', 'year-olds', 'years-old-ish', 'weekend', 'weekends',
  'wee\u212As', 'ſeconds', 'ſecond', 'min', 'mins', 'hr', 'HRS', 'yr', 'century', 'centuries', 'fortnights', 'birthday',
  'daysx', 'xdays', '5days', 'days5', '\u{1D400}days', 'days\u{1D400}', 'é', 'dayé', 'term', 'terms', 'season', 'old',
  'night', 'nights', 'months', 'decade', '28', 'a', 'an', 'and a half', 'ın', 'İ', 'K', 'ſ', '-', '\u2010',
];
const SEPARATORS = [' ', '', '-', ', ', '. ', '\u00A0', '(', '\u2011', "'"];
const text = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), fc.constantFrom(...SEPARATORS)), { maxLength: 14 })
  .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));

describe('units of time found by a sweep over the words', () => {
  it('are exactly the matches of the pattern, on odd spellings', () => {
    fc.assert(fc.property(text, (t) => {
      expect(unitWordsIn(t)).toEqual(byPattern(t));
    }), { numRuns: 2000 });
  });

  it('are exactly the matches of the pattern, on every page the tests can read', () => {
    const own = [OWN_PAGES, SAMPLES].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => join(dir, f)));
    const shared = (sharedFixturePages() ?? []).map((f) => join(SHARED_FIXTURES, f));
    let units = 0;
    for (const path of [...own, ...shared]) {
      for (const paragraph of readPage(path).paragraphs) {
        const found = unitWordsIn(paragraph);
        expect(found).toEqual(byPattern(paragraph));
        units += found.length;
      }
    }
    expect(units).toBeGreaterThan(0);
  });
});
