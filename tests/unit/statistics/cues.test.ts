import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCues, type NumberCues } from '../../../analysis/statistics/cues';
import { BLOCK_RULES, MENTION_RULES } from '../../../analysis/statistics/find-mentions';
import { FRACTION_WORDS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS, VAGUE_AMOUNT_WORDS } from '../../../data/number-words';
import { matchesAt, matchesOf, type StickyPattern } from '../../../analysis/statistics/mention';
import { PATTERNS as DATES } from '../../../analysis/statistics/exclusions/dates-and-years';
import { PATTERNS as AGES } from '../../../analysis/statistics/exclusions/durations-and-ages';
import { PATTERNS as NAMES } from '../../../analysis/statistics/exclusions/names-and-furniture';
import { MEASURE_PATTERNS } from '../../../analysis/statistics/rules/measure';
import { IN_EVERY_PATTERN } from '../../../analysis/statistics/rules/ratio';
import { textsOf } from './helpers';

// Cues that skip nothing: every number word, a number beginning at every character (and whether a digit is there).
const ALL_WORDS = [UNIT_WORDS, TENS_WORDS, FRACTION_WORDS, VAGUE_AMOUNT_WORDS, SCALE_WORDS].flatMap((lexicon) => Object.keys(lexicon));
// A run of digits read from every character, to its end ("2016" from its "0" is "016").
const runEnd = (text: string, at: number) => (/\d/.test(text[at]) ? at + /^\d+/.exec(text.slice(at))![0].length : -1);
const skipNothing = (text: string): NumberCues => ({
  digit: /\d/.test(text),
  words: ALL_WORDS,
  numberStarts: Array.from({ length: text.length }, (_, i) => i),
  digitEnds: Array.from({ length: text.length }, (_, i) => runEnd(text, i)),
});

// Number forms, their look-alikes and the odd characters case folding maps onto ASCII ("ſ" → s, Kelvin sign → k).
const PIECES = [
  '57%', '13.5 per cent', 'percentage points', '£1.2bn', '$3 million', 'Rs500', 'M50 000', 'R2 billion', '50p', 'twenty dollars',
  'tens of thousands of pounds', 'a quarter', 'two-thirds', 'tenths', 'half', 'half a million', 'one in four', '3 out of 10',
  'ratio', '3:1', 'odds', '6/1', '24/7', '300 metres', 'fivekm', '-5C', '30°C', '\u212Am', 'dozens', 'a dozen', 'several hundred',
  'A Hundred', 'a hundred', 'Seventy-five', 'SEVEN', 'ſix', 'ſcore', 'twenty\u2011two', '5million', '_seven', 'éseven', 'often',
  'someone', '2016', "'98", '29 May', 'May 29', '4:30', '8am', "seven o'clock", 'o\u2019cloc\u212A', 'Radio 4', 'No 10',
  '10 Downing Street', '11th', '0800 123 4567', '+44 20 7946 0000', '(555) 123-4567', 'aged 78', 'Smith, 45, said',
  'Granny (78)', '12 days', 'a 10-year', 'https://x.io/a9', '#Tag2024', '125,000', '50 000', '1.5', 'people', 'of', 'the', 'a',
  // Patterns that begin a little before a number: signs, brackets, the words and names in front of it.
  'US$ 5', 'HK$', 'KSh500', 'R$', '+44 (0)20 7946 0000', 'AT&T', '\u{1D400}bc', 'Sept.', 'Nos. 3', 'aged between 18 and',
  'per-cent', 'ſeconds', 'called', 'Number',
  // Vague sizes tried only at their number word and the few words before it.
  'a couple of hundred', 'a few thousand', 'many million', 'half a dozen', 'one dozen', 'hundreds of millions',
  'tens of thousands of', 'two dozen', 'Three dozen', 'millions of euros', 'a quarter of a billion', 'half a thousand', 'scores',
  // Patterns tried only at runs of digits of their own length, or followed by their own character.
  // What must follow a number or begin the words before it for a pattern to be tried there.
  '10A High Street', 'Aged 9', 'NO 7', '5 ſt', '4 PM', '4.30 pm', '10 to 15 km', '10-15 miles', '2 KM', '3 ſquare metres',
  'Sept. 4', 'ſept 4', '1 in 5', '7 Out of 8', '0 F', '100 000 tonnes', '20 \u212Am', '(0)', '055 1234',
  '3ſt', '2ND', 'called 999.', 'dial 11223', '911 calls', '0100 GMT', '12/05/2024', '1.2.99', '10:30:15', '100/1', '12,345',
];
const SEPARATORS = [' ', ' ', ' ', '', '-', ', ', '. ', '\u00A0', '(', ')'];
const paragraph = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), fc.constantFrom(...SEPARATORS)), { maxLength: 14 })
  .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));

describe('the cues read once per paragraph', () => {
  it('never make a rule or an exclusion miss what it would find by trying everywhere', () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        const cues = readCues(text);
        for (const rule of [...MENTION_RULES, ...BLOCK_RULES]) expect(rule(text, cues)).toEqual(rule(text, skipNothing(text)));
      }),
      { numRuns: 400 },
    );
  });

  it('still find numbers written with the long s or glued to digits', () => {
    expect(textsOf('About ſixty ferries and 5million people.')).toEqual(['ſixty', '5million']);
  });
});

// Every sticky pattern with the places it is tried at (exclusions without their own use the number starts).
const TRIED: StickyPattern[] = [
  ...[...DATES, ...AGES, ...NAMES].filter(([re]) => re.sticky).map(([re, , startsOf]): StickyPattern => [re, startsOf ?? ((_, cues) => cues.numberStarts)]),
  MEASURE_PATTERNS.units,
  MEASURE_PATTERNS.degrees,
  IN_EVERY_PATTERN,
];
const spans = (found: RegExpExecArray[]) => found.map((m) => [m.index, m[0]]);

describe('the places a pattern is tried at', () => {
  it('hold every match a scan of the whole paragraph finds', () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        const cues = readCues(text);
        for (const [re, startsOf] of TRIED) {
          const everywhere = new RegExp(re.source, re.flags.replace('y', 'g'));
          expect(spans(matchesAt(re, text, startsOf(text, cues))), re.source).toEqual(spans(matchesOf(everywhere, text)));
        }
      }),
      { numRuns: 600 },
    );
  });
});

describe('the exclusions read only near the proposed mentions', () => {
  it('veto the same proposals as when they read the whole paragraph', () => {
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
    fc.assert(
      fc.property(paragraph, (text) => {
        const cues = readCues(text);
        const proposals = MENTION_RULES.flatMap((rule) => rule(text, cues)).sort((a, b) => a.start - b.start);
        for (const rule of BLOCK_RULES) {
          const near = rule(text, cues, proposals).filter((b) => proposals.some((p) => overlaps(b, p)));
          const everywhere = rule(text, cues).filter((b) => proposals.some((p) => overlaps(b, p)));
          expect(near).toEqual(everywhere);
        }
      }),
      { numRuns: 600 },
    );
  });
});
