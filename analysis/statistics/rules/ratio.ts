// Ratios: "one in four", "three in five", "1 in 10", "nine out of ten", "a ratio of 3:1".
import { matchesAt, matchesIn, type MentionRule, type NumberMention } from '../mention';
import { digitRuns } from '../starts';
import { NUMBER_SOURCE, parseNumber, round } from '../numerals';

// Tried where a number begins (sticky).
const IN_EVERY = new RegExp(
  String.raw`(?<![\p{L}\d.,])(${NUMBER_SOURCE})\s+(?:in|out\s+of)\s+(?:every\s+)?(${NUMBER_SOURCE})(?![\p{L}\d]|[.,]\d)`,
  'yiu',
);
// Begins at a number's first digit: tried only there (sticky).
const COLON = /(?<![\d:.])(\d{1,3}):(\d{1,3})(?![\d:])/y;

export const findRatios: MentionRule = (text, cues) => {
  const out: NumberMention[] = [];
  for (const m of matchesIn(IN_EVERY, text, cues)) {
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
