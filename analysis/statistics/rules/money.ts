// Amounts of money: "£1.2bn", "$3 million", "€40m", "US$5", "50p", "5,000 pounds", "M50 000" (maloti).
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, LETTER_CURRENCIES, SUBUNIT_CURRENCY_WORDS } from '../../../data/units';
import { hasWord } from '../cues';
import { matchesAt, matchesIn, type MentionRule, type NumberMention } from '../mention';
import { marksBeforeNumbers, numbersAndWordsBefore, signsBeforeNumbers } from '../starts';
import { NUMERAL_SOURCE, NUMBER_SOURCE, SCALE_SOURCE, applyScale, parseNumber, round } from '../numerals';

const escape = (s: string) => s.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&');
const SYMBOLS = Object.keys(CURRENCY_SYMBOLS).sort((a, b) => b.length - a.length).map(escape).join('|');
const WORDS = Object.keys(CURRENCY_WORDS).filter((w) => w !== 'p').sort((a, b) => b.length - a.length).join('|');
const RANGE_TAIL = String.raw`(?:\s?(?:-|–|to)\s?(?:${SYMBOLS})?(${NUMERAL_SOURCE}))?`;

// "£1.2bn", "$3 million", "£10-15m", "$600-million": tried only where a sign right before a number may begin (sticky).
const SYMBOL_FIRST = new RegExp(
  String.raw`(?<![\p{L}\d])(${SYMBOLS})\s?(${NUMERAL_SOURCE})${RANGE_TAIL}(?:[\s-]?(${SCALE_SOURCE}))?`,
  'yu',
);
const SIGN_LAST_CHARS = Object.keys(CURRENCY_SYMBOLS).map((sign) => sign.slice(-1)).join('');
const LONGEST_SIGN = Math.max(...Object.keys(CURRENCY_SYMBOLS).map((sign) => sign.length));
// "M50 000", "R2 billion": a letter sign only before a grouped or scaled amount. Tried only right before a number.
const LETTER_SIGNS = Object.keys(LETTER_CURRENCIES).join('');
const LETTER_FIRST = new RegExp(
  String.raw`(?<![\p{L}\d])([${LETTER_SIGNS}])(\d{1,3}(?:[ ,]\d{3})+(?![\d,])|\d+(?:\.\d+)?\s?(?:million|billion|bn|m)(?![\p{L}]))`,
  'yu',
);
// "5,000 pounds", "twenty dollars", "50p", "3 million euros": tried where a number begins (sticky).
const WORD_AFTER = new RegExp(
  String.raw`(?<![\p{L}\d.,])(${NUMBER_SOURCE})(?:\s?(${SCALE_SOURCE}))?\s(${WORDS})(?![\p{L}])|(?<![\p{L}\d.,])(\d+(?:\.\d+)?)p(?![\p{L}\d])`,
  'yiu',
);
// "4m/-", "10,000/-": East African and South Asian writing closes a sum of the local currency with "/-" (no decimals).
const SLASH_DASH = new RegExp(String.raw`(?<![\p{L}\d.,])(${NUMERAL_SOURCE})(?:\s?(${SCALE_SOURCE}))?\/-`, 'yiu');
// "tens of thousands of pounds", "millions of dollars": the size is a number word, at most two words after the
// start; tried only there (sticky).
const VAGUE = new RegExp(
  String.raw`(?<![\p{L}])(?:(tens|hundreds)\s+of\s+)?(hundreds|thousands|millions|billions)\s+of\s+(${WORDS})(?![\p{L}])`,
  'yiu',
);
const VAGUE_LEAD_WORDS = 2;
// "a billion dollars", "a half million pounds": one of a scale, then the currency word; tried at the word before the
// scale (sticky).
const ONE_OF_A_SCALE = new RegExp(String.raw`(?<![\p{L}])(a|an|one|a\s+half|half\s+a)\s(${SCALE_SOURCE})\s(${WORDS})(?![\p{L}])`, 'yiu');
const FROM_BEFORE = /\bfrom(?:\s+[\p{Ll}]+){0,2}\s+$/iu;

// The paragraph's own gate: a currency sign, a currency word or a pence amount somewhere in it. Read last: the
// patterns above, each tried only where it can start, cost less and seldom match.
const MAY_HOLD = new RegExp(String.raw`[£$€¥₹₦₩₽₺₱]|\b(?:Rs|KSh)\b|\dp\b|\b(?:${WORDS})\b|\b[RMKPE]\d`, 'i');
const VAGUE_SIZES = ['hundreds', 'thousands', 'millions', 'billions'];
const SCALES = ['thousand', 'million', 'billion', 'trillion'];

export const findMoney: MentionRule = (text, cues) => {
  // Signs and letters stand before digits: without a digit they have no amount.
  const symbolFirst = cues.digit ? matchesAt(SYMBOL_FIRST, text, signsBeforeNumbers(text, cues, SIGN_LAST_CHARS, LONGEST_SIGN)) : [];
  const letterFirst = cues.digit ? matchesAt(LETTER_FIRST, text, marksBeforeNumbers(text, cues, LETTER_SIGNS)) : [];
  const wordAfter = matchesIn(WORD_AFTER, text, cues);
  const slashDash = cues.digit && text.includes('/-') ? matchesIn(SLASH_DASH, text, cues) : [];
  const vague = hasWord(cues, VAGUE_SIZES) ? matchesAt(VAGUE, text, numbersAndWordsBefore(text, cues, VAGUE_LEAD_WORDS)) : [];
  const oneOfAScale = hasWord(cues, SCALES) ? matchesAt(ONE_OF_A_SCALE, text, numbersAndWordsBefore(text, cues, 2)) : [];
  const out: NumberMention[] = [];
  for (const m of slashDash) out.push({ start: m.index, end: m.index + m[0].length, value: applyScale(parseNumber(m[1]), m[2]), unit: 'money' });
  if (!symbolFirst.length && !letterFirst.length && !wordAfter.length && !vague.length && !oneOfAScale.length) return out;
  if (!MAY_HOLD.test(text)) return out;
  for (const m of symbolFirst) {
    const value = applyScale(parseNumber(m[2]), m[4]);
    const upper = m[3] ? applyScale(parseNumber(m[3]), m[4]) : null;
    const currency = CURRENCY_SYMBOLS[m[1]];
    // "from $154,000 to $220,000" is a change between two sums, each a statistic, as is "$24 to $28", where each
    // sum has its sign; "$10-15m" is one range.
    const twoSums = m[3] !== undefined && (FROM_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) || m[0].lastIndexOf(m[1]) > 0);
    const toAt = twoSums ? m[0].search(/\sto\s/) : -1;
    if (toAt > 0) {
      const second = m[0].indexOf(m[3], toAt);
      out.push({ start: m.index, end: m.index + toAt, value: parseNumber(m[2]), unit: 'money', currency });
      out.push({ start: m.index + m[0].lastIndexOf(m[1], second), end: m.index + m[0].length, value: upper, unit: 'money', currency });
    } else out.push({ start: m.index, end: m.index + m[0].length, value, upper, unit: 'money', currency });
  }
  for (const m of letterFirst) {
    const scaled = /(million|billion|bn|m)$/.exec(m[2]);
    const value = applyScale(parseNumber(m[2].replace(/\s?(million|billion|bn|m)$/, '')), scaled?.[1]);
    out.push({ start: m.index, end: m.index + m[0].length, value, unit: 'money', currency: LETTER_CURRENCIES[m[1]] });
  }
  for (const m of wordAfter) {
    const word = (m[3] ?? 'p').toLowerCase();
    let value = m[4] ? parseNumber(m[4]) : applyScale(parseNumber(m[1]), m[2]);
    if (value !== null && SUBUNIT_CURRENCY_WORDS.has(word)) value = round(value / 100);
    out.push({ start: m.index, end: m.index + m[0].length, value, unit: 'money', currency: CURRENCY_WORDS[word] });
  }
  for (const m of oneOfAScale) {
    const part = /half/i.test(m[1]) ? 0.5 : 1;
    out.push({ start: m.index, end: m.index + m[0].length, value: applyScale(part, m[2]), unit: 'money', currency: CURRENCY_WORDS[m[3].toLowerCase()] });
  }
  for (const m of vague) {
    const base = { hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 }[m[2].toLowerCase()] ?? null;
    const times = !m[1] ? 1 : /^tens$/i.test(m[1]) ? 10 : 100; // "tens of thousands" = 10 × 1,000
    const value = base === null ? null : base * times;
    out.push({ start: m.index, end: m.index + m[0].length, value, unit: 'money', currency: CURRENCY_WORDS[m[3].toLowerCase()], vague: true });
  }
  return out;
};
