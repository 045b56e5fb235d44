// Whether the clause around a time word looks ahead or back, to place "in April" or "on Friday" without a year.
import { FUTURE_CUES, PAST_CUES } from '../../data/time-words';

/** The clause holding [start, end): from the last comma, semicolon or dash before it to the next one after. */
export function clauseAround(sentence: string, start: number, end: number): string {
  const before = sentence.slice(0, start);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' – '), before.lastIndexOf(' — '));
  const after = sentence.slice(end);
  const stop = after.search(/[,;]| – | — /);
  return sentence.slice(cut + 1, stop < 0 ? sentence.length : end + stop);
}

export function looksAhead(clause: string): boolean {
  return FUTURE_CUES.test(clause);
}

export function looksBack(clause: string): boolean {
  return PAST_CUES.test(clause) && !FUTURE_CUES.test(clause);
}

/** looksAhead and looksBack of one clause, the future cues asked once. */
export function tenseOf(clause: string): { ahead: boolean; back: boolean } {
  const ahead = FUTURE_CUES.test(clause);
  return { ahead, back: !ahead && PAST_CUES.test(clause) };
}
