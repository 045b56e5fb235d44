// One paragraph → its number expressions: every rule proposes, the exclusions veto, the longest expression wins.
import type { BlockRule, BlockedSpan, MentionRule, NumberMention } from './mention';
import { findMoney } from './rules/money';
import { findPercentages } from './rules/percent';
import { findOdds } from './rules/odds';
import { findRatios } from './rules/ratio';
import { findFractions } from './rules/fraction';
import { findMeasures } from './rules/measure';
import { findVagueAmounts } from './rules/vague';
import { findCounts } from './rules/count';
import { blockDatesAndYears } from './exclusions/dates-and-years';
import { blockDurationsAndAges } from './exclusions/durations-and-ages';
import { blockNamesAndFurniture } from './exclusions/names-and-furniture';

/** In order of precedence when two rules claim the same characters. */
const RULES: MentionRule[] = [findMoney, findPercentages, findOdds, findRatios, findFractions, findMeasures, findVagueAmounts, findCounts];
const BLOCKS: BlockRule[] = [blockDatesAndYears, blockDurationsAndAges, blockNamesAndFurniture];

export function findMentions(text: string): NumberMention[] {
  const blocked = BLOCKS.flatMap((rule) => rule(text));
  const proposed = RULES.flatMap((rule, priority) => rule(text).map((m) => ({ m, priority })));
  // Longest first, then by rule precedence; keep what overlaps nothing kept before.
  proposed.sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.priority - b.priority);
  const kept: NumberMention[] = [];
  for (const { m } of proposed) {
    if (kept.some((k) => overlaps(k, m))) continue;
    if (blocked.some((b) => vetoes(b, m))) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * A blocked span vetoes a mention it overlaps, unless the mention's own sign says what it is: "£2019" is money
 * though it looks like a year, "Rs 500 crore" is money though it looks like a name ("Radio 4").
 */
function vetoes(block: BlockedSpan, m: NumberMention): boolean {
  if (!overlaps(block, m)) return false;
  if (m.unit === 'money' && (block.why === 'year' || block.why === 'name')) return false;
  return !(m.unit === 'percent' && block.why === 'year');
}
