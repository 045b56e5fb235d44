// Ratios: "one in four", "three in five", "1 in 10", "nine out of ten", "a ratio of 3:1", "a 33-to-1 ratio",
// "outnumbered 9 to 1" (odds where the text talks of betting: "a 100-to-1 shot").
import { matchesAt, type MentionRule, type NumberMention, type StickyPattern } from '../mention';
import { digitRuns, numbersBeforeWord } from '../starts';
import { isBettingText } from './odds';
import { NUMBER_SOURCE, parseNumber, round } from '../numerals';

// Tried where a number begins (sticky).
const IN_EVERY = new RegExp(
  String.raw`(?<![\p{L}\d.,])(${NUMBER_SOURCE})\s+(?:in|out\s+of)\s+(?:every\s+)?(${NUMBER_SOURCE})(?![\p{L}\d]|[.,]\d)`,
  'yiu',
);
// Begins at a number's first digit: tried only there (sticky).
const COLON = /(?<![\d:.])(\d{1,3}):(\d{1,3})(?![\d:])/y;

// "33-to-1" always; "9 to 1" with the larger number first and nothing after that makes it a range of amounts
// ("5 to 10 people", "from 9 to 1 percent" are ranges). Begins at a number's first digit (sticky).
const TO_PAIR = /(?<![\d.,\p{L}-])(\d{1,3})(?:(-to-)|\s+to\s+)(\d{1,3})(?![\d%\p{L}-]|[.,]\d|\s?(?:per ?cent|percent|%))/uy;
const RANGE_LEAD = /\b(?:from|between|aged?|ages|by|rose|fell|up|down|increased|decreased|dropped|climbed|grew)\s+$/i;
// "increased from 18 to 1": a rise cannot run from the larger number down to the smaller, so these are ratios.
const RISE_FROM = /\b(?:rose|risen|increased|grew|grown|climbed|jumped|soared|doubled|tripled)\s+from\s+$/i;
// "voted 9 to 1": a tally of votes, whatever word follows it.
const VOTE_LEAD = /\b(?:voted|(?:a|the)\s+vote\s+of)\s+$/i;

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
  const toPairs = cues.digit ? matchesAt(TO_PAIR, text, digitRuns(text, cues, 1, 3, { chars: '-', orSpace: true })) : [];
  for (const m of toPairs) {
    const a = Number(m[1]), b = Number(m[3]);
    const hyphenated = m[2] !== undefined;
    if (b === 0) continue;
    // Spaced: the larger first, no range word before it and no noun after it ("cut from 10 to 5 staff").
    if (!hyphenated && !isRatioByLead(text, m.index, m.index + m[0].length, a, b) && (a < b || RANGE_LEAD.test(text.slice(Math.max(0, m.index - 12), m.index)) || isUnitAfter(text, m.index + m[0].length))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: round(a / b), unit: isBettingText(text) ? 'odds' : 'ratio' });
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

/** A spaced pair that the words before it make a ratio: a vote's tally, or a "rise" from the larger to the smaller. */
function isRatioByLead(text: string, start: number, end: number, a: number, b: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return VOTE_LEAD.test(before) || (a > b && RISE_FROM.test(before) && !isUnitAfter(text, end));
}

/** "9 to 1 staff": a noun straight after the pair makes it a range of a count, not a ratio ("9 to 1 against" is one). */
function isUnitAfter(text: string, end: number): boolean {
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 24));
  return next !== null && !RATIO_FOLLOWERS.has(next[1]);
}

/** Words that follow a ratio or odds: "9 to 1 against", "a 3 to 1 margin", "33 to 1 on". */
const RATIO_FOLLOWERS = new Set(['against', 'on', 'to', 'in', 'odds', 'margin', 'majority', 'vote', 'votes', 'ratio', 'shot', 'outsider', 'favourite', 'favorite', 'and', 'or', 'but', 'that', 'with', 'for', 'of', 'among', 'when', 'as', 'at']);

