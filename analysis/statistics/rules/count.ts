// Counts: "861 adults", "more than 125,000 appointments", "five villages", "two million people".
// A number word counts only when a noun follows it ("five trucks"), so "one of them" or "the two said" stay out.
import { CARDINAL_WORD_SOURCE, VAGUE_AMOUNT_WORDS } from '../../../data/number-words';
import { hasWord } from '../cues';
import { COMPARED } from './multiple';
import { matchesAt, matchesIn, type MentionRule, type NumberMention } from '../mention';
import { NUMERAL_SOURCE, SCALE_SOURCE, SCALE_WORD_SOURCE, applyScale, parseNumber } from '../numerals';
import { numbersAndOffsetsBefore, numbersAndWordsBefore } from '../starts';

// Digits not glued to letters ("G7", "Covid-19", "pic.twitter.com/a9b") nor to other digits or signs. Tried where a
// number begins (sticky).
const DIGITS = new RegExp(
  String.raw`(?<![\p{L}\d.,/#@£$€¥₹₦\\-]|\p{L}[-\u2010\u2011])(${NUMERAL_SOURCE})(?:\s?(${SCALE_SOURCE}))?(?![\p{L}\d%/]|[.,:]\d|\s?(?:per[ -]?cent|percent)(?![\p{L}]))`,
  'yu',
);
// Tried where a number word begins, and two characters before one ("a hundred"), sticky: a match anywhere else is a
// bare "a", which counts nothing.
const WORDS = new RegExp(
  String.raw`(?<![\p{L}\d\u2010\u2011-])(${CARDINAL_WORD_SOURCE}|a|one)(?:[\s\u2010\u2011-](${SCALE_WORD_SOURCE}))?(?![\p{L}\d]|[\u2010\u2011-]\p{L})`,
  'yiu',
);
// The scale is a number word, at most four words after the start ("a quarter of a million"): tried only there (sticky).
const PART_OF_A_SCALE = /(?<![\p{L}])(?:(?:half|a\s+quarter\s+of)\s+a|a\s+half)[\s-]+(million|billion|thousand)(?![\p{L}])/yiu;
const PART_LEAD_WORDS = 4;
// What may not follow a counting number word: it is then a pronoun or part of a phrase ("the two said").
const NOT_COUNTED_WORDS =
  "to|and|or|but|nor|is|are|was|were|be|been|have|has|had|will|would|can|could|should|may|might|must|who|that|which|said|says|say|told|as|than|per|in|on|at|by|for|from|with|into|more|less|another|other|way|ways|point|thing|o'clock|hundred|thousand|million|billion";
const NOT_COUNTED = new RegExp(`^(?:${NOT_COUNTED_WORDS})$`, 'i');

const SCALES = ['thousand', 'million', 'billion'];
/** After a number word: "or" and another number word, then a noun ("four or five buyers"). */
const EITHER_COUNT = new RegExp(String.raw`^(\s+or\s+(${CARDINAL_WORD_SOURCE}))\s+(?!(?:${NOT_COUNTED_WORDS})\b)\p{Ll}`, 'iu');
/** A verb that takes a count as its object ("had taken eight", "won five", "killed three"); not "turned" or "aged" (an age). */
const COUNTING_VERB_BEFORE = /(?<![\p{L}])(?!turned\s|aged\s)(?:\p{Ll}{2,}ed|taken|eaten|given|seen|took|ate|won|lost|got|made|saw|bought|sold|caught|shot|found|counted|numbered|totalled|totaled)\s+$/u;
/** A noun a count is written onto with a hyphen ("14-station"), not another number or an age ("12-year-old"). */
const COUNT_ONTO_NOUN = /^[-\u2010\u2011](?!year|month|week|day|hour|minute|\p{Ll}*est(?![\p{L}]))\p{Ll}{3,}(?![\p{L}\d-])/u;
/** After "N times": what a multiple compares with ("as", "the", "faster"), as rules/multiple.ts reads it. */
const TIMES_COMPARED = new RegExp(String.raw`^\s+${COMPARED}`, 'iu');
/** After a number word: "or more" / "or fewer" and a noun ("nine or more servings"): an open count. */
const OPEN_COUNT = new RegExp(String.raw`^\s+or\s+(?:more|fewer|less|so)(?=\s+(?!(?:${NOT_COUNTED_WORDS})\b)\p{Ll})`, 'iu');
/** Before a number word that counts someone's children: "a mother of three", "father-of-two". */
const PARENT_OF = /\b(?:mother|father|parent|mum|mom|dad|grandmother|grandfather|grandparent)s?[\s\u2010\u2011-]of[\s\u2010\u2011-]$/i;
const PARENT_OF_REACH = 16;
/** After "two other": a plural noun, perhaps with a modifier before it ("people", "active-duty officers"). */
const OTHERS_COUNTED = /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:[\p{Ll}]+s|people|men|women|children|staff)\b/u;

export const findCounts: MentionRule = (text, cues) => {
  const out: NumberMention[] = [];
  for (const m of matchesIn(DIGITS, text, cues)) {
    const end = m.index + m[0].length;
    // "the 1,500m race": a distance, not a million and a half.
    if (m[2] === 'm' && /,/.test(m[1])) {
      out.push({ start: m.index, end, value: parseNumber(m[1]), unit: 'measure', currency: 'm' });
      continue;
    }
    // "passed 52-48", "20-30 people": a tally or a range written with a dash.
    const second = !m[2] ? /^\s?[-–]\s?(\d{1,3}(?:,\d{3})*)(?![\d%\p{L}]|[.,]\d)/u.exec(text.slice(end, end + 12)) : null;
    if (second) {
      const a = parseNumber(m[1]) ?? 0, b = parseNumber(second[1]) ?? 0;
      out.push(b >= a
        ? { start: m.index, end: end + second[0].length, value: a, upper: b, unit: 'count' }
        : { start: m.index, end: end + second[0].length, value: b ? Math.round((a / b) * 1e4) / 1e4 : null, unit: 'ratio' });
      continue;
    }
    // "the 14-station trip", "a 3-bedroom house": the count with the noun it is written onto.
    const onto = !m[2] ? COUNT_ONTO_NOUN.exec(text.slice(end, end + 24)) : null;
    out.push({ start: m.index, end: end + (onto ? onto[0].length : 0), value: applyScale(parseNumber(m[1]), m[2]), unit: 'count' });
  }
  // "half a million", "a half million", "a quarter of a billion"
  for (const m of hasWord(cues, SCALES) ? matchesAt(PART_OF_A_SCALE, text, numbersAndWordsBefore(text, cues, PART_LEAD_WORDS)) : []) {
    const part = /half/i.test(m[0]) ? 0.5 : 0.25;
    out.push({ start: m.index, end: m.index + m[0].length, value: applyScale(part, m[1]), unit: 'count' });
  }
  const wordStarts = cues.words.length ? numbersAndOffsetsBefore(cues, 2) : [];
  for (const m of matchesAt(WORDS, text, wordStarts)) {
    const [whole, word, scale] = m;
    const isArticle = /^(a|one)$/i.test(word);
    if (isArticle && !scale) continue; // "one of several", "a" alone
    const after = text.slice(m.index + whole.length, m.index + whole.length + 40);
    // "a mother of three": the children are counted, unnamed.
    if (!isArticle && PARENT_OF.test(text.slice(Math.max(0, m.index - PARENT_OF_REACH), m.index))) {
      out.push({ start: m.index, end: m.index + whole.length, value: applyScale(parseNumber(word), scale), unit: 'count' });
      continue;
    }
    const next = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(after);
    // "she had taken eight,": a count after its verb, its noun left to the words before.
    if (!next && !isArticle && !scale && /^[,.;:!?"”’]/.test(after) && COUNTING_VERB_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) {
      out.push({ start: m.index, end: m.index + whole.length, value: parseNumber(word), unit: 'count' });
      continue;
    }
    if (!next) continue;
    // "four or five buyers": two guesses at one count, read as one.
    const either = !isArticle && !scale ? EITHER_COUNT.exec(after) : null;
    if (either) {
      out.push({ start: m.index, end: m.index + whole.length + either[1].length, value: parseNumber(word), upper: parseNumber(either[2]), unit: 'count' });
      continue;
    }
    // "nine or more servings a day": the count with how far it is open.
    const open = !isArticle && !scale ? OPEN_COUNT.exec(after) : null;
    if (open) {
      out.push({ start: m.index, end: m.index + whole.length + open[0].length, value: parseNumber(word), unit: 'count' });
      continue;
    }
    // "three times the average", "three times faster": a multiple (rules/multiple.ts), not a count; "called nine
    // times", "shot seven times in the back" count what happened.
    if (/^times$/i.test(next[1]) && TIMES_COMPARED.test(after.slice(next[0].length))) continue;
    // "two other people", "seven other officers": the others are counted too.
    if (NOT_COUNTED.test(next[1]) && !(next[1].toLowerCase() === 'other' && !isArticle && OTHERS_COUNTED.test(after.slice(next[0].length)))) continue;
    const base = isArticle ? 1 : parseNumber(word);
    // "two dozen people" is 24 people, not two of something called "dozen" ("a dozen" alone is a vague amount).
    if (!isArticle && !scale && next[1].toLowerCase() === 'dozen' && base !== null) {
      out.push({ start: m.index, end: m.index + whole.length + next[0].length, value: base * VAGUE_AMOUNT_WORDS.dozen, unit: 'count' });
      continue;
    }
    out.push({ start: m.index, end: m.index + whole.length, value: applyScale(base, scale), unit: 'count' });
  }
  return out;
};
