// Links between numbers of one sentence: changes ("fallen from 6/1 to 5/2", "a 13.5% increase", "rose by 3%")
// and comparisons ("57% support … was 44% at the start of the year", "up from 40%", "compared with 12").
import type { Statistic } from '../types';

const FROM_TO = /\bfrom\s*$/i;
const TO_BETWEEN = /^\s*(?:to|down to|up to)\s*$/i;
const CHANGE_AFTER = /^\s*(?:-\s*|\s)?(?:increase|increases|rise|rises|fall|falls|drop|drops|cut|cuts|decline|declines|jump|jumps|boost|reduction|hike|growth|gain|loss|uplift|pay rise|rise in|fall in)\b/i;
const CHANGE_BEFORE = /\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|increased|increasing|decreased|decreasing|dropped|dropping|grew|grown|growing|jumped|climbed|soared|slumped|plunged|declined|boosted|boosting|cut|raised|lowered|up|down)\s+(?:by\s+)?(?:more than\s+|about\s+|nearly\s+|almost\s+|around\s+)?$/i;
const COMPARED_BETWEEN = /\b(?:compared (?:with|to)|than|up from|down from|against|versus|vs\.?|from)\b/i;
// "57% support it … was 44% in May": a past value only when "was" stands right before the number; "two dozen were
// hurt and 300 …" compares nothing.
const WAS_JUST_BEFORE = /\b(?:was|were|had been)\s+(?:(?:about|around|nearly|almost|just|only|roughly|more than|less than|under|over)\s+)?$/i;

/**
 * Fill `comparison` on the statistics of one sentence (in text order: `stats` from `first` on), reading the sentence
 * between them.
 */
export function linkComparisons(sentence: string, offset: number, stats: Statistic[], first = 0): void {
  for (let i = first; i < stats.length; i++) {
    const s = stats[i];
    const before = sentence.slice(0, s.start - offset);
    const after = sentence.slice(s.end - offset, s.end - offset + 30);
    const next = stats[i + 1];
    if (next && next.unit === s.unit && FROM_TO.test(before)) {
      const between = sentence.slice(s.end - offset, next.start - offset);
      if (TO_BETWEEN.test(between)) {
        const text = sentence.slice(before.search(/\bfrom\s*$/i), next.end - offset);
        s.comparison = { kind: 'change', otherId: next.id, text };
        next.comparison = { kind: 'change', otherId: s.id, text };
        i++;
        continue;
      }
    }
    if (CHANGE_AFTER.test(after) || CHANGE_BEFORE.test(before)) {
      const m = CHANGE_AFTER.exec(after);
      const text = m ? sentence.slice(s.start - offset, s.end - offset + m[0].length).trim() : sentence.slice(s.start - offset, s.end - offset);
      s.comparison ??= { kind: 'change', otherId: null, text };
      continue;
    }
    const prev = i > first ? stats[i - 1] : undefined;
    if (prev && prev.unit === s.unit && !s.comparison) {
      const between = sentence.slice(prev.end - offset, s.start - offset);
      if ((COMPARED_BETWEEN.test(between) || WAS_JUST_BEFORE.test(between)) && between.length < 120) {
        const text = sentence.slice(prev.start - offset, s.end - offset);
        s.comparison = { kind: 'comparison', otherId: prev.id, text };
        prev.comparison ??= { kind: 'comparison', otherId: s.id, text };
      }
    }
  }
}
