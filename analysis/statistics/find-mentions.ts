// One paragraph → its number expressions: every rule proposes, the exclusions veto, the longest expression wins.
import type { BlockRule, MentionRule, NumberMention } from './mention';
import { findMoney } from './rules/money';
import { findPercentages } from './rules/percent';
import { findOdds } from './rules/odds';
import { findRatios } from './rules/ratio';
import { findMultiples } from './rules/multiple';
import { findFractions } from './rules/fraction';
import { findMeasures, findUnitsCountedByArticle } from './rules/measure';
import { findVagueAmounts } from './rules/vague';
import { findCounts } from './rules/count';
import { readCues } from './cues';
import { blockDatesAndYears } from './exclusions/dates-and-years';
import { blockDurationsAndAges } from './exclusions/durations-and-ages';
import { blockNamesAndFurniture } from './exclusions/names-and-furniture';

/** In order of precedence when two rules claim the same characters. */
export const MENTION_RULES: MentionRule[] = [findMoney, findPercentages, findOdds, findRatios, findMultiples, findFractions, findMeasures, findVagueAmounts, findCounts];
export const BLOCK_RULES: BlockRule[] = [blockDatesAndYears, blockDurationsAndAges, blockNamesAndFurniture];

export function findMentions(text: string): NumberMention[] {
  const cues = readCues(text);
  // No digit and no number word (most paragraphs): only "a foot of snow" may still be there.
  if (!cues.numberStarts.length) return findUnitsCountedByArticle(text);
  const proposed: { m: NumberMention; priority: number }[] = [];
  MENTION_RULES.forEach((rule, priority) => {
    for (const m of rule(text, cues)) proposed.push({ m, priority });
  });
  if (!proposed.length) return []; // the exclusions only veto: without a proposal they have nothing to do
  // Weights of blocked spans: 1 = a year, 2 = a name ("Radio 4"), 3 = anything else blocked.
  const blocked = new SpanMarks(text.length, proposed.length);
  const proposals = proposed.map(({ m }) => m).sort((a, b) => a.start - b.start);
  for (const rule of BLOCK_RULES) {
    for (const b of rule(text, cues, proposals)) blocked.add(b.start, b.end, b.why === 'year' ? 1 : b.why === 'name' ? 2 : 3);
  }
  // Longest first, then by rule precedence; keep what overlaps nothing kept before.
  if (proposed.length > 1) proposed.sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.priority - b.priority);
  const taken = new SpanMarks(text.length, proposed.length);
  const kept: NumberMention[] = [];
  for (const { m } of proposed) {
    if (taken.marks(m, false) || blocked.marks(m, true)) continue;
    taken.add(m.start, m.end, 1);
    kept.push(m);
  }
  return kept.length > 1 ? kept.sort((a, b) => a.start - b.start) : kept;
}

/**
 * Weighted spans of a paragraph, asked whether they mark a mention. A paragraph holds a few mentions: its spans are
 * then compared with each mention. One with very many (a table read as a paragraph) marks its characters instead,
 * so that asking stays linear; where spans pile up on a character, the heaviest counts, which gives the same
 * answers because a heavier span vetoes whatever a lighter one does.
 */
class SpanMarks {
  private readonly spans: { start: number; end: number; weight: number }[] = [];
  private readonly perCharacter: Uint8Array | null;

  constructor(length: number, mentions: number) {
    this.perCharacter = mentions > 32 ? new Uint8Array(length) : null;
  }

  add(start: number, end: number, weight: number): void {
    if (!this.perCharacter) this.spans.push({ start, end, weight });
    else for (let i = start; i < end; i++) if (this.perCharacter[i] < weight) this.perCharacter[i] = weight;
  }

  /** Whether a span overlaps `m`: any span, or with `byVeto` only one whose weight vetoes it. */
  marks(m: NumberMention, byVeto: boolean): boolean {
    const marks = this.perCharacter;
    if (!marks) {
      for (const s of this.spans) if (Math.max(s.start, m.start) < Math.min(s.end, m.end) && (!byVeto || vetoes(s.weight, m))) return true;
      return false;
    }
    for (let i = m.start; i < m.end; i++) if (marks[i] && (!byVeto || vetoes(marks[i], m))) return true;
    return false;
  }
}

/**
 * A blocked span vetoes a mention it overlaps, unless the mention's own sign says what it is: "£2019" is money
 * though it looks like a year, "Rs 500 crore" is money though it looks like a name ("Radio 4").
 */
function vetoes(code: number, m: NumberMention): boolean {
  if (m.unit === 'money' && code <= 2) return false;
  return !(m.unit === 'percent' && code === 1);
}
