// Percentages: "57%", "13.5 per cent", "57 percent", "three-percent", "10-15%", "2 percentage points", "-0.4%".
import { matchesIn, type MentionRule, type NumberMention } from '../mention';
import { NUMBER_SOURCE, NUMERAL_SOURCE, parseNumber } from '../numerals';

// Tried where a number begins (sticky).
const PERCENT = new RegExp(
  String.raw`(?<![\p{L}\d.,])(${NUMBER_SOURCE})(?:\s?(?:-|–|to)\s?(${NUMERAL_SOURCE}))?[\s\u00A0\u2010\u2011-]?(%|per[ -]?cent(?![\p{L}])|percent(?![\p{L}])|percentage points?(?![\p{L}]))`,
  'yiu',
);

// The paragraph's own gate ("per-cent" alone does not pass it), read first: one scan of the text costs less than
// the pattern tried at every number, and most paragraphs hold no percentage.
const MAY_HOLD = /%|per ?cent|percent/i;

// "above five and even six per cent", "between 10 and 12 percent": the first number shares the sign of the second.
const SHARED_SIGN_BEFORE = new RegExp(String.raw`(?<![\p{L}\d.,])(${NUMBER_SOURCE})\s+(?:and|or)\s+(?:even\s+|perhaps\s+|possibly\s+|maybe\s+)?$`, 'iu');

export const findPercentages: MentionRule = (text, cues) => {
  if (!MAY_HOLD.test(text)) return [];
  return matchesIn(PERCENT, text, cues).flatMap((m) => {
    const signed = isMinusBefore(text, m.index);
    const value = parseNumber(m[1]);
    const currency = /points?$/i.test(m[3]) ? 'percentage points' : null;
    const mention: NumberMention = {
      start: signed ? m.index - 1 : m.index,
      end: m.index + m[0].length,
      value: signed && value !== null ? -value : value,
      upper: m[2] ? parseNumber(m[2]) : null,
      unit: 'percent',
      currency,
    };
    const head = text.slice(Math.max(0, m.index - 40), m.index);
    const first = SHARED_SIGN_BEFORE.exec(head);
    if (!first) return [mention];
    const start = m.index - head.length + first.index;
    return [{ start, end: start + first[1].length, value: parseNumber(first[1]), unit: 'percent', currency }, mention];
  });
};

/** "fell to -1.0 percent": a minus sign (hyphen or U+2212) right before the number, not a hyphen inside a word. */
function isMinusBefore(text: string, at: number): boolean {
  const sign = text[at - 1];
  return (sign === '-' || sign === '\u2212') && (at === 1 || /[\s(]/.test(text[at - 2]));
}
