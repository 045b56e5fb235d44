// Measurements: "200 metres", "5km", "30C", "12 tonnes", "70mph".
import { ARTICLE_COUNTED_UNITS, MEASURE_UNITS } from '../../../data/units';
import { matchesAt, matchesOf, type MentionRule, type NumberMention, type StickyPattern } from '../mention';
import { numbersBeforeWord } from '../starts';
import { applyScale, NUMBER_SOURCE, NUMERAL_SOURCE, parseNumber, SCALE_WORD_SOURCE } from '../numerals';

// "m" (metres or million?) and "pound" (weight or money?) are left to the money and count rules.
const WORDS = Object.keys(MEASURE_UNITS)
  .filter((u) => !['m', 'pound', 'C', 'F', 'g'].includes(u))
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[/.]/g, '\\$&'))
  .join('|');
// Tried where a number begins (sticky).
// "2 million tons": a scale word may stand between the number and its unit. "a 300-pound cover": joined to the
// number by a hyphen, "pound" is a weight (money is "300 pounds" or "£300"), but for what money buys ("a 20-pound note").
const MEASURE = new RegExp(
  String.raw`(?<![\p{L}\d.,])(${NUMBER_SOURCE})(?:\s(${SCALE_WORD_SOURCE}))?(?:(?:-to-|\s?(?:-|–|to)\s?)(${NUMERAL_SOURCE}))?(?:[\s\u2010\u2011-]?(${WORDS})|[\u2010\u2011-](pound)(?!\s+(?:notes?|coins?|fines?|fees?|bills?|vouchers?|tickets?)(?![\p{L}])))(?![\p{L}\d])`,
  'yiu',
);
// Begins at a number's first digit or at the minus sign before it: tried only there (sticky).
const DEGREES = new RegExp(String.raw`(?<![\p{L}\d.,])(-?${NUMERAL_SOURCE})\s?(°[CF]?|C|F)(?![\p{L}\d])`, 'yu');

// The first two letters of each unit, and of "to" (a range, "10 to 15 km"), lower-cased: the word after a number
// begins with one of them or the number measures nothing. Other than ASCII (a folded "ſ", "°C") is always tried.
const UNIT_OPENINGS = new Set(['to', 'po', ...WORDS.split('|').map((unit) => unit.replace(/\\/g, '').slice(0, 2).toLowerCase())]);
const mayBeUnit = (text: string, at: number) => {
  const a = text.charCodeAt(at), b = text.charCodeAt(at + 1);
  return a >= 128 || b >= 128 || UNIT_OPENINGS.has(text.slice(at, at + 2).toLowerCase());
};
// Every degree sign or letter ends a match, and no letter or digit follows it.
const MAY_HOLD_DEGREES = /[°CF](?![\p{L}\d])/u;

export const MEASURE_PATTERNS = {
  units: [MEASURE, (text, cues) => numbersBeforeWord(text, cues, mayBeUnit)],
  degrees: [DEGREES, (text, cues) => (cues.digit && MAY_HOLD_DEGREES.test(text) ? numberOrMinusStarts(text, cues.numberStarts) : [])],
} satisfies Record<string, StickyPattern>;

const { units, degrees } = MEASURE_PATTERNS;

// "a foot of snow", "more than a mile away", "nearly a gallon": one unit, counted by "a", where the words around it
// measure ("of" and a noun, "away", a qualifier before it); "put a foot wrong" and "a mile-long queue" are not.
const ARTICLE_UNIT_WORD = new RegExp(String.raw`\ban?\s(?:${ARTICLE_COUNTED_UNITS.join('|')})\b`, 'i');
const ARTICLE_UNIT = new RegExp(
  String.raw`(?<=\b(?:up\s+to|more\s+than|less\s+than|nearly|almost|about|around|over|under|at\s+least|roughly|only|just)\s+)(an?)\s(${ARTICLE_COUNTED_UNITS.join('|')})(?![\p{L}\d\u2010\u2011-])|(?<![\p{L}\d])(an?)\s(${ARTICLE_COUNTED_UNITS.join('|')})(?=\s+(?:of\s+\p{Ll}|away|long|tall|high|deep|wide)\b)`,
  'giu',
);

export function findUnitsCountedByArticle(text: string): NumberMention[] {
  if (!ARTICLE_UNIT_WORD.test(text)) return [];
  return matchesOf(ARTICLE_UNIT, text).map((m) => {
    const unit = (m[2] ?? m[4]).toLowerCase();
    return { start: m.index, end: m.index + m[0].length, value: 1, unit: 'measure' as const, currency: MEASURE_UNITS[unit] ?? unit };
  });
}

export const findMeasures: MentionRule = (text, cues) => [
  ...findUnitsCountedByArticle(text),
  ...matchesAt(units[0], text, units[1](text, cues)).map((m) => {
    const [, number, scale, upper, unitWord, pound] = m;
    const unit = unitWord ?? pound;
    return {
      start: m.index,
      end: m.index + m[0].length,
      value: applyScale(parseNumber(number), scale),
      upper: upper ? applyScale(parseNumber(upper), scale) : null,
      unit: 'measure' as const,
      currency: MEASURE_UNITS[unit.toLowerCase()] ?? MEASURE_UNITS[unit] ?? unit,
    };
  }),
  ...matchesAt(degrees[0], text, degrees[1](text, cues)).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    value: parseNumber(m[1].replace(/^-/, '')) === null ? null : Number(m[1].replace(/[,\s]/g, '')),
    unit: 'measure' as const,
    currency: m[2] === 'F' || m[2] === '°F' ? '°F' : '°C',
  })),
];

/** Each number start, preceded by the offset of a minus sign glued to it ("-5C"): ascending. */
function numberOrMinusStarts(text: string, starts: readonly number[]): readonly number[] {
  let minus = false;
  for (const start of starts) if (start > 0 && text[start - 1] === '-') minus = true;
  if (!minus) return starts; // nearly always
  const out: number[] = [];
  for (const start of starts) {
    if (start > 0 && text[start - 1] === '-') out.push(start - 1);
    out.push(start);
  }
  return out;
}
