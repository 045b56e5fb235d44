import type { StatisticUnit } from '../types';

/** A number expression found by one rule, before qualifiers, measures, sources and links are added. */
export interface NumberMention {
  /** Offsets into the paragraph text. */
  start: number;
  end: number;
  value: number | null;
  unit: StatisticUnit;
  currency?: string | null;
  /** The top of a range ("10-15%"): `value` holds the bottom. */
  upper?: number | null;
  /** A vague amount ("thousands", "a dozen"): shown, but its value is only a size. */
  vague?: boolean;
}

/** A rule reads one paragraph and returns the number expressions of its kind. */
export type MentionRule = (text: string) => NumberMention[];

/** A stretch of a paragraph that holds no statistic: a year, a date, a time, a name like "Radio 4". */
export interface BlockedSpan {
  start: number;
  end: number;
  why: string;
}

export type BlockRule = (text: string) => BlockedSpan[];

export { matchesOf } from '../document/matches';
