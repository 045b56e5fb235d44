// Spans of time: "three years of talks", "over the past two years", "for four years", "the next two days",
// "within 28 days", "over a number of years", "for years". Entries of kind "duration", placed where the words
// allow: "past"/"last" ends at publication, "next"/"coming" starts there, "has been … for" ends there.
import { CARDINAL_WORD_SOURCE, wordToNumber } from '../../../data/number-words';
import type { DatePrecision } from '../../types';
import { cueWords, has, holdsAtCueWord, type CueScan } from '../cue-words';
import { addDays, isoAt, matchesOf, type TimeExpression, type TimeRule } from '../expression';

const UNIT = '(second|minute|hour|day|night|week|fortnight|month|year|decade|centur)(?:y|ies|s)?';
const DURATION = new RegExp(
  String.raw`\b(?:(?:for|over|during|within|throughout|in)\s+)?(?:(?:the|an?|another|further|fresh)\s+)?(?:(past|last|next|coming|previous|following|first|final)\s+)?(?<!\d[,.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|${CARDINAL_WORD_SOURCE}|a\s+few|several|a\s+couple\s+of|a\s+number\s+of|many)\s+(?:more\s+|long\s+)?${UNIT}(?![\p{L}-])(?!\s+(?:ago|later|earlier|before|after|old|from\s+now)\b)`,
  'giu',
);
const BARE_PLURAL = /\b(?:for|over|in)\s+(days|weeks|months|years|decades)\b(?!\s+(?:ago|later|earlier|before|after)\b)/gi;
const PERFECT_BEFORE = /\b(?:has|have|had)\s+(?:been\s+)?(?:\w+\s+){0,6}$/i;
/** The end of an amount ("28", "twenty-one", "a few", "a number of"), the units after it, and those "for days" takes. */
const AMOUNT_END = '(?:\\d|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|few|several|of|many)';
const SPAN_UNIT = '(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centur)';
const PLURAL_UNIT = '(?:day|week|month|year|decade)';
/**
 * What a match of either pattern holds, asked first (same flags, same letters): a unit after the end of an amount
 * ("28 days", "twenty-one years", "a few more weeks", "a number of years"), or "for/over/in" before a plural one.
 */
const SPAN_CUE = new RegExp(String.raw`${AMOUNT_END}\s+(?:more\s+|long\s+)?${SPAN_UNIT}|(?:for|over|in)\s+${PLURAL_UNIT}s`, 'iu');
/** What a match of SPAN_CUE holds, found for every rule in one scan: a unit after a space, so at a word start. */
const UNIT_WORDS = cueWords(['second', 'minute', 'hour', 'day', 'night', 'week', 'fortnight', 'month', 'year', 'decade', 'centur'].map((w) => `\\b${w}`));
/**
 * SPAN_CUE asked at the units' word starts only, what comes before the unit read backwards: no second scan of the
 * sentence. The scan of cue words folds case as plain "i" does, while SPAN_CUE (with "u") also reads "ſ" as "s" and
 * the Kelvin sign as "k": a sentence holding either is asked the whole way, as the scan may miss its unit.
 */
const SPAN_CUE_AT_UNIT = new RegExp(String.raw`(?<=${AMOUNT_END}\s+(?:more\s+|long\s+)?)${SPAN_UNIT}|(?<=(?:for|over|in)\s+)${PLURAL_UNIT}s`, 'iuy');
const FOLDS_INTO_A_UNIT = /[\u017f\u212a]/;

function mayHoldSpan(sentence: string, cues: CueScan | undefined): boolean {
  if (cues === undefined || FOLDS_INTO_A_UNIT.test(sentence)) return has(cues, UNIT_WORDS) && SPAN_CUE.test(sentence);
  return holdsAtCueWord(cues, UNIT_WORDS, SPAN_CUE_AT_UNIT, SPAN_CUE, sentence);
}
const DAYS: Record<string, number> = { second: 0, minute: 0, hour: 0, day: 1, night: 1, week: 7, fortnight: 14, month: 30.44, year: 365.25, decade: 3652.5, centur: 36525 };

export const durationRule: TimeRule = ({ sentence, offset, ref, cues }) => {
  const out: TimeExpression[] = [];
  if (!mayHoldSpan(sentence, cues)) return out;
  for (const m of matchesOf(DURATION, sentence)) {
    const [whole, direction, amount, unit] = m;
    const n = /^\d/.test(amount) ? Number(amount.replace(/,/g, '')) : wordToNumber(amount.replace(/\s+/g, ' '));
    const unitKey = unit.toLowerCase();
    const days = n === null ? null : n * (DAYS[unitKey] ?? 0);
    let span: [Date, Date] | null = null;
    const dir = (direction ?? '').toLowerCase();
    if (ref && days) {
      const backwards = /^(past|last|previous)$/.test(dir) || (/^for\b/i.test(whole) && PERFECT_BEFORE.test(sentence.slice(0, m.index)));
      const forwards = /^(next|coming|following)$/.test(dir);
      if (backwards) span = [addDays(ref, -Math.round(days)), ref];
      else if (forwards) span = [ref, addDays(ref, Math.round(days))];
    }
    const precision: DatePrecision = /year|decade|centur|month/.test(unitKey) ? 'month' : /hour|minute|second/.test(unitKey) ? 'time' : 'day';
    out.push({
      start: offset + m.index, end: offset + m.index + whole.length, date: null, precision: null, kind: 'duration', origin: 'duration',
      spanStart: span ? isoAt(span[0], precision) : null, spanEnd: span ? isoAt(span[1], precision) : null,
    });
  }
  for (const m of matchesOf(BARE_PLURAL, sentence)) {
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, date: null, precision: null, kind: 'duration', origin: 'duration', spanStart: null, spanEnd: null });
  }
  return out;
};
