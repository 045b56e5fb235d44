// Two rules may date the same words ("by the end of 2020" and "2020"): the longer expression wins.
import type { TimeExpression } from '../expression';

export function dropOverlaps(found: TimeExpression[]): TimeExpression[] {
  const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TimeExpression[] = [];
  for (const e of byLength) if (!kept.some((k) => k.start < e.end && e.start < k.end)) kept.push(e);
  return kept.sort((a, b) => a.start - b.start);
}
