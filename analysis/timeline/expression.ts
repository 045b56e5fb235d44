import { wordToNumber } from '../../data/number-words';
import type { DatePrecision } from '../types';
import type { CueScan } from './cue-words';

/** A time expression found in one paragraph, before it becomes a timeline entry. */
export interface TimeExpression {
  /** Offsets into the paragraph text. */
  start: number;
  end: number;
  /** The moment it names, in local time components, or null when it cannot be placed. */
  date: Date | null;
  precision: DatePrecision | null;
  kind: 'point' | 'duration';
  spanStart?: string | null;
  spanEnd?: string | null;
  /** Which rule found it (for debugging and for overlap precedence). */
  origin: string;
  /** True when only a month (no year) was written: "in April". Lets a nearby year claim it. */
  monthOnly?: boolean;
  /** True when only a year was written: "their 2020 session". */
  yearOnly?: boolean;
  /** A month or a day written without its year, the year placed from the publication date by tense ("in May"). */
  yearPlaced?: { looksAhead: boolean };
  /** Months a span counts from the date its sentence gave before it ("a year earlier": -12), before it is dated. */
  countedMonths?: number;
  /** A time of day with no day of its own ("At 9:30 a.m."), dated for now on the publication day. */
  timeOnly?: boolean;
  /** The year printed with a month, a day or a season ("in September 1986", "the spring of 1986"). */
  writtenYear?: number;
}

/** What a rule sees: the sentence, where it sits in its paragraph, and the publication date to resolve against. */
export interface RuleContext {
  sentence: string;
  /** Offset of the sentence in its paragraph. */
  offset: number;
  /** Publication date (local components), or null when the page gives none. */
  ref: Date | null;
  british: boolean;
  /** The last day-precise date told before this sentence, for "It came a day after…". */
  anchor?: Date | null;
  /** What cueWordsIn found in the sentence (every word, when left out): a rule whose words are absent finds nothing. */
  cues?: CueScan;
}

export type TimeRule = (ctx: RuleContext) => TimeExpression[];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** ISO text to the given precision: "2016", "2016-04", "2016-04-25", "2016-04-25T08:00". */
export function isoAt(date: Date, precision: DatePrecision): string {
  const y = pad(date.getFullYear(), 4);
  if (precision === 'year') return y;
  const m = `${y}-${pad(date.getMonth() + 1)}`;
  if (precision === 'month') return m;
  const d = `${m}-${pad(date.getDate())}`;
  if (precision === 'day') return d;
  return `${d}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** How many units a span counts: "a", "one" and "the" are one, then digits or a number word ("two weeks"). */
export function spanCount(word: string): number {
  if (/^(?:a|an|one|the)$/i.test(word)) return 1;
  return /^\d/.test(word) ? Number(word) : wordToNumber(word) ?? 1;
}

export function addDays(date: Date, days: number): Date {
  const d = new Date(date.getTime());
  d.setDate(d.getDate() + days);
  return d;
}

export function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getFullYear(), date.getMonth() + months, 1, 12);
  return d;
}

export { matchesAt, matchesOf } from '../document/matches';
