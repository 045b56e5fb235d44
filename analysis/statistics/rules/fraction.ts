// Fractions: "a quarter", "two-thirds", "three quarters", "more than half of", "a third of".
import { CARDINAL_WORD_SOURCE, FRACTION_WORDS } from '../../../data/number-words';
import { hasWord } from '../cues';
import { matchesOf, type MentionRule, type NumberMention } from '../mention';
import { fractionValue } from '../numerals';

const FRACTION = new RegExp(
  String.raw`(?<![\p{L}\d-])(?:(a|an|one|${CARDINAL_WORD_SOURCE})[\s\u2010\u2011-])?(half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)(?![\p{L}\d]|[\u2010\u2011-]\p{L})`,
  'giu',
);
// What follows a fraction that is really something else: "half an hour", "a quarter of a century", "half-time".
const NOT_A_SHARE_AFTER = /^\s*(?:of\s+)?(?:an?\s+)?(?:hour|day|week|month|year|century|decade|mile|second|minute|time|term|party|way|place|round|final|dozen)s?\b/i;
// Before: "the first half", "second quarter", "the third" (an ordinal).
// ("the northern half of the territory", "the top half": a part of a place or a list, no share of anything counted.)
const ORDINAL_BEFORE = /\b(?:first|second|third|fourth|final|last|latest|next|previous|the|this|each|every|per|northern|southern|eastern|western|north|south|east|west|upper|lower|top|bottom|back|front|latter|former)\s+$/i;
// After a share comes "of", punctuation or a preposition ("up by a third in three years"); after an ordinal, a noun.
// ("roughly a third less", "a fifth higher": a share of a comparison.)
const SHARE_FOLLOWER = /^\s*(?:[,.;:)]|$|(?:of|in|on|at|to|for|and|or|since|from|over|under|compared|this|last|while|but|as|than|between|after|before|during|within|less|more|fewer|lower|higher|smaller|larger|bigger|cheaper|faster|slower)\b)/i;
const ORDINAL_LIKE = /^(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i;

const OF_A_PERCENTAGE_POINT = /^\s+(?:of\s+)?an?\s+percentage\s+point(?![\p{L}])/iu;

const DENOMINATORS = Object.keys(FRACTION_WORDS);

export const findFractions: MentionRule = (text, cues) => {
  const out: NumberMention[] = [];
  if (!hasWord(cues, DENOMINATORS)) return out;
  for (const m of matchesOf(FRACTION, text)) {
    const [whole, numerator, denominator] = m;
    const after = text.slice(m.index + whole.length, m.index + whole.length + 40);
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (NOT_A_SHARE_AFTER.test(after)) continue;
    if (!numerator && ORDINAL_BEFORE.test(before)) continue;
    if (!numerator && !/^half$/i.test(denominator)) continue; // a bare "quarter" or "third" is a place or an ordinal
    // "a third term", "a fifth day": an ordinal; a share is followed by "of", a verb or punctuation.
    if (ORDINAL_LIKE.test(denominator) && !SHARE_FOLLOWER.test(after)) continue;
    if (/^half$/i.test(denominator) && !numerator && !/^\s*(?:of|the|a|an|their|its|his|her|our|your|all|them|us|that|those|these)\b/i.test(after) && !/\b(?:than|about|almost|nearly|around|over|under|roughly|some|just|only|exactly|by)\s+$/i.test(before)) continue;
    // "half a percentage point", "a quarter of a percentage point": a change in a rate, read with its unit.
    const point = OF_A_PERCENTAGE_POINT.exec(after);
    const value = fractionValue(numerator, denominator);
    if (point) out.push({ start: m.index, end: m.index + whole.length + point[0].length, value, unit: 'percent', currency: 'percentage points' });
    else out.push({ start: m.index, end: m.index + whole.length, value, unit: 'fraction' });
  }
  return out;
};
