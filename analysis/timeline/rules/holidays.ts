// Holidays chrono-node does not know: "on Christmas Day", "by Easter", "over Good Friday", "Thanksgiving".
// The year is the nearest one the clause's tense allows, as for a month without a year.
import { EASTER_HOLIDAYS, FIXED_HOLIDAYS } from '../../../data/time-words';
import { cueWords, cueWordStarts, has, type CueScan } from '../cue-words';
import { addDays, matchesAt, matchesOf, type TimeExpression, type TimeRule } from '../expression';
import { placeMonth } from '../refiners/place-month';
import { clauseAround, looksAhead, looksBack } from '../tense';

const HOLIDAY_NAMES = [...Object.keys(FIXED_HOLIDAYS), ...Object.keys(EASTER_HOLIDAYS), 'thanksgiving', 'thanksgiving day'];
const NAMES = [...HOLIDAY_NAMES]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/'/g, "['’]").replace(/ /g, '\\s+'))
  .join('|');
const HOLIDAY = new RegExp(String.raw`\b(${NAMES})\b(?:\s+(\d{4}))?`, 'gi');
/** What every match starts with: the first word of a holiday's name. */
const HOLIDAY_WORDS = cueWords(HOLIDAY_NAMES.map((n) => `\\b${n.split(/[\s']/)[0]}`));
/** HOLIDAY tried only where one of those words starts. */
const HOLIDAY_AT_WORD = new RegExp(HOLIDAY.source, 'iy');

/** Easter Sunday of a year (the Gregorian computus). */
export function easterSunday(year: number): Date {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(year, month - 1, day, 12);
}

function dayIn(name: string, year: number): Date {
  if (name in FIXED_HOLIDAYS) return new Date(year, FIXED_HOLIDAYS[name][0] - 1, FIXED_HOLIDAYS[name][1], 12);
  if (name in EASTER_HOLIDAYS) return addDays(easterSunday(year), EASTER_HOLIDAYS[name]);
  const first = new Date(year, 10, 1, 12); // US Thanksgiving: the fourth Thursday of November
  return addDays(first, ((4 - first.getDay() + 7) % 7) + 21);
}

function holidaysIn(sentence: string, cues: CueScan | undefined): RegExpExecArray[] {
  if (cues === undefined) return matchesOf(HOLIDAY, sentence);
  return has(cues, HOLIDAY_WORDS) ? matchesAt(HOLIDAY_AT_WORD, sentence, cueWordStarts(cues, HOLIDAY_WORDS)) : [];
}

/** A determiner (and perhaps an adjective) before a holiday's name that qualifies a noun: "a lighted Christmas tree". */
const DETERMINER_BEFORE = /(?:^|\s)(?:a|an|the|this|that|these|those|their|his|her|its|our|my|your)\s+(?:\p{Ll}+\s+)?$/u;
const LOWER_WORD_AFTER = /^\s+(\p{Ll}+)/u;
/** Nouns after a holiday's name that still name the time: "the Christmas holiday", "the Easter weekend". */
const TIME_NOUNS_AFTER = new Set(['day', 'eve', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'week', 'holiday', 'holidays', 'break', 'season', 'period', 'recess']);

/** After a holiday's name: a time noun perhaps, then which year ("weekend last year", " this year"). */
const YEAR_AFTER = new RegExp(String.raw`^(?:\s+(?:${[...TIME_NOUNS_AFTER].join('|')}))?\s+(last|next|this)\s+year\b`, 'i');

/** "a Christmas tree", "the Easter eggs", "their Thanksgiving dinner": the holiday names a kind of thing, not a date. */
function modifiesNoun(sentence: string, start: number, end: number): boolean {
  const next = LOWER_WORD_AFTER.exec(sentence.slice(end, end + 30))?.[1];
  return next !== undefined && !TIME_NOUNS_AFTER.has(next) && DETERMINER_BEFORE.test(sentence.slice(Math.max(0, start - 30), start));
}

const CAPITAL_WORD_AFTER = /^\s+(\p{Lu}\p{Ll}+)/u;
const POSSESSIVE_NAME_BEFORE = /\p{Lu}[\p{L}.&-]*['’]s\s+$/u;

/** "Macy's Thanksgiving Day Parade", "the Easter Rising", "Christmas-tree-style lights": a name or a compound, no date.
 *  A capital after the holiday makes a name only after "the"; after "on" it opens the next phrase. */
function partOfAName(sentence: string, start: number, end: number): boolean {
  if (/^[-\u2010\u2011]\p{L}/u.test(sentence.slice(end, end + 2))) return true;
  const before = sentence.slice(Math.max(0, start - 30), start);
  if (POSSESSIVE_NAME_BEFORE.test(before)) return true;
  // ("On Thanksgiving Day President Obama …": after "on" the capital opens the next phrase, not the name.)
  const next = CAPITAL_WORD_AFTER.exec(sentence.slice(end, end + 30))?.[1];
  return next !== undefined && !TIME_NOUNS_AFTER.has(next.toLowerCase()) && /(?:^|\s)the\s+$/i.test(before);
}

export const holidayRule: TimeRule = ({ sentence, offset, ref, cues }) =>
  holidaysIn(sentence, cues).flatMap((m): TimeExpression[] => {
    if (!/^\p{Lu}/u.test(m[1])) return []; // "christmas" in lower case is rarely the day itself
    if (modifiesNoun(sentence, m.index, m.index + m[0].length) || partOfAName(sentence, m.index, m.index + m[0].length)) return [];
    const name = m[1].toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    const base = { start: offset + m.index, end: offset + m.index + m[0].length, kind: 'point' as const, origin: 'holiday' };
    let year = m[2] ? Number(m[2]) : null;
    // "Thanksgiving weekend last year", "Easter next year": the year named right after the holiday.
    const named = !m[2] && ref ? YEAR_AFTER.exec(sentence.slice(m.index + m[0].length, m.index + m[0].length + 30)) : null;
    if (named && ref) {
      year = ref.getFullYear() + (named[1].toLowerCase() === 'last' ? -1 : named[1].toLowerCase() === 'next' ? 1 : 0);
      const end = m.index + m[0].length + named[0].length;
      return [{ ...base, end: offset + end, date: dayIn(name, year), precision: 'day' }];
    }
    if (year === null && ref) {
      const clause = clauseAround(sentence, m.index, m.index + m[0].length);
      const thisYear = dayIn(name, ref.getFullYear());
      // "a settlement by Easter", "shut until Christmas": a deadline looks ahead whatever the verb's tense.
      const deadline = /\b(?:by|until|till|ahead of|before)\s+$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index));
      const ahead = deadline || looksAhead(clause);
      const guess = placeMonth(thisYear.getMonth(), thisYear.getDate(), ref, ahead, !deadline && looksBack(clause));
      year = guess.getFullYear();
    }
    return year === null ? [{ ...base, date: null, precision: null }] : [{ ...base, date: dayIn(name, year), precision: 'day' }];
  });
