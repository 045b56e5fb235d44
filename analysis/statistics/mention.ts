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

/** Every match of a global regex, as a list (a tiny helper so rules stay one loop each). */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
