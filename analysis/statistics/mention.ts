import type { StatisticUnit } from '../types';
import { matchesAt, matchesOf } from '../document/matches';
import type { NumberCues } from './cues';

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

/** A rule reads one paragraph, with its cues read once for all rules, and returns the number expressions of its kind. */
export type MentionRule = (text: string, cues: NumberCues) => NumberMention[];

/** A stretch of a paragraph that holds no statistic: a year, a date, a time, a name like "Radio 4". */
export interface BlockedSpan {
  start: number;
  end: number;
  why: string;
}

/**
 * A block rule reads one paragraph. A blocked span matters only where it overlaps a proposed mention: given the
 * proposals (ascending by start), a rule may leave out spans that overlap none.
 */
export type BlockRule = (text: string, cues: NumberCues, proposals?: readonly Span[]) => BlockedSpan[];

export interface Span {
  start: number;
  end: number;
}

/**
 * Every match of a pattern in the paragraph. A sticky (`y`) pattern is one whose every match begins with the first
 * digit or the word of a number: it is tried only there (`cues.numberStarts`). A global one is tried everywhere.
 */
export function matchesIn(re: RegExp, text: string, cues: NumberCues): RegExpExecArray[] {
  return re.sticky ? matchesAt(re, text, cues.numberStarts) : matchesOf(re, text);
}

/**
 * A pattern of an exclusion and what it blocks. A sticky pattern that begins a little before a number says where it
 * may begin (see `starts.ts`); without that it is tried at the number starts.
 */
export type BlockPattern = readonly [RegExp, string, ((text: string, cues: NumberCues) => readonly number[])?];

/** A sticky pattern of a rule and where it is tried: every offset where it can match, and few others. */
export type StickyPattern = readonly [RegExp, (text: string, cues: NumberCues) => readonly number[]];

/** Each match of each pattern as a blocked span, added to `out`. */
export function blockPatterns(patterns: readonly BlockPattern[], text: string, cues: NumberCues, out: BlockedSpan[]): BlockedSpan[] {
  for (const [re, why, startsOf] of patterns) {
    const found = startsOf ? matchesAt(re, text, startsOf(text, cues)) : matchesIn(re, text, cues);
    for (const m of found) out.push({ start: m.index, end: m.index + m[0].length, why });
  }
  return out;
}

export { matchesAt, matchesOf };
