// Whether the clause around a time word looks ahead or back, to place "in April" or "on Friday" without a year.
import { FUTURE_CUES, PAST_CUES } from '../../data/time-words';

/** Where a clause ends after a time phrase: a comma (not one inside "14,000"), semicolon or dash, or "that" opening what was said. */
const CLAUSE_STOP = /,(?!\d)|;| – | — | that /;

/**
 * The clause holding [start, end): from the last clause stop (CLAUSE_STOP) before it to the next one after.
 * "that" opens what was said, whose tense is its own: "said on Monday that the plant will close" is a past Monday,
 * "said that the plant will close on Friday" a coming Friday.
 */
export function clauseAround(sentence: string, start: number, end: number): string {
  let from = 0;
  CLAUSE_STOPS.lastIndex = 0;
  for (let m = CLAUSE_STOPS.exec(sentence); m && m.index + m[0].length <= start; m = CLAUSE_STOPS.exec(sentence)) from = m.index + m[0].length;
  const stop = sentence.slice(end).search(CLAUSE_STOP);
  return sentence.slice(from, stop < 0 ? sentence.length : end + stop);
}
const CLAUSE_STOPS = new RegExp(CLAUSE_STOP.source, 'g');

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

/** Before a time phrase that opens its sentence: a few words with no comma ("In", "Early in", "In the wake of"). */
const FRONTED_LEAD = /^\s*(?:[^\s,;]+\s+){0,5}$/;

/**
 * The tense of the clause around [start, end), or, when that clause has none and a comma closes it after a time
 * phrase that opens the sentence ("In January, his team published …"), of the clause after the comma: a time
 * phrase set off at the front takes the main clause's verb.
 */
export function tenseAt(sentence: string, start: number, end: number): { ahead: boolean; back: boolean } {
  const own = tenseOf(clauseAround(sentence, start, end));
  if (own.ahead || own.back) return own;
  const stop = sentence.slice(end).search(CLAUSE_STOP);
  if (stop < 0 || sentence[end + stop] !== ',' || !FRONTED_LEAD.test(sentence.slice(0, start))) return own;
  const next = end + stop + 1;
  return tenseOf(clauseAround(sentence, next, next));
}
