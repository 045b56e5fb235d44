// Ratios: "one in four", "three in five", "1 in 10", "nine out of ten", "a ratio of 3:1".
import { matchesAt, type MentionRule, type NumberMention, type StickyPattern } from '../mention';
import { digitRuns, numbersBeforeWord } from '../starts';
import { NUMBER_SOURCE, parseNumber, round } from '../numerals';

// Tried where a number begins (sticky).
const IN_EVERY = new RegExp(
  String.raw`(?<![\p{L}\d.,])(${NUMBER_SOURCE})\s+(?:in|out\s+of)\s+(?:every\s+)?(${NUMBER_SOURCE})(?![\p{L}\d]|[.,]\d)`,
  'yiu',
);
// Begins at a number's first digit: tried only there (sticky).
const COLON = /(?<![\d:.])(\d{1,3}):(\d{1,3})(?![\d:])/y;

// The word after the first number: "in" or "out of".
const inOrOut = (text: string, at: number) => 'iIoO'.includes(text[at]);
export const IN_EVERY_PATTERN: StickyPattern = [IN_EVERY, (text, cues) => numbersBeforeWord(text, cues, inOrOut)];

export const findRatios: MentionRule = (text, cues) => {
  const out: NumberMention[] = [];
  for (const m of matchesAt(IN_EVERY, text, IN_EVERY_PATTERN[1](text, cues))) {
    const a = parseNumber(m[1]), b = parseNumber(m[2]);
    // "two in 2014" is a count and a year, not a ratio.
    if (a === null || b === null || b === 0 || b > 1000 || a > b) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: round(a / b), unit: 'ratio' });
  }
  const pairs = cues.digit ? matchesAt(COLON, text, digitRuns(text, cues, 1, 3, ':')) : [];
  if (pairs.length && /\bratio\b/i.test(text)) {
    for (const m of pairs) {
      const b = Number(m[2]);
      if (b > 0) out.push({ start: m.index, end: m.index + m[0].length, value: round(Number(m[1]) / b), unit: 'ratio' });
    }
  }
  return out;
};
