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
  const narrative = narrativeOf(sentence, start);
  const [from, to] = clauseBounds(narrative, start, end);
  return narrative.slice(from, to);
}

const QUOTE_MARK = /["\u201C\u201D]/;

/**
 * The sentence with the words inside double quotation marks blanked (same length), for a time phrase outside them:
 * "“…key decisions, including emails…” in February", "“will become important,” according to a forecast in June" —
 * the quoted words' commas end no clause of the narrative, and their verbs give it no tense.
 */
function narrativeOf(sentence: string, at: number): string {
  if (!QUOTE_MARK.test(sentence)) return sentence;
  let out = '';
  let open = -1;
  let last = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (open < 0 && (c === '\u201C' || c === '"')) open = i;
    else if (open >= 0 && (c === '\u201D' || c === '"')) {
      if (open < at && at < i) return sentence; // the phrase is quoted: the quotation is its clause
      out += sentence.slice(last, open + 1) + ' '.repeat(i - open - 1);
      last = i;
      open = -1;
    }
  }
  return out + sentence.slice(last);
}

function clauseBounds(sentence: string, start: number, end: number): [number, number] {
  let from = 0;
  CLAUSE_STOPS.lastIndex = 0;
  for (let m = CLAUSE_STOPS.exec(sentence); m && m.index + m[0].length <= start; m = CLAUSE_STOPS.exec(sentence)) from = m.index + m[0].length;
  const stop = sentence.slice(end).search(CLAUSE_STOP);
  return [from, stop < 0 ? sentence.length : end + stop];
}
const CLAUSE_STOPS = new RegExp(CLAUSE_STOP.source, 'g');

export function looksAhead(clause: string): boolean {
  return FUTURE_CUES.test(clause);
}

export function looksBack(clause: string): boolean {
  return hasPastCue(clause) && !FUTURE_CUES.test(clause);
}

/** looksAhead and looksBack of one clause, the future cues asked once. */
export function tenseOf(clause: string): { ahead: boolean; back: boolean } {
  const ahead = FUTURE_CUES.test(clause);
  return { ahead, back: !ahead && hasPastCue(clause) };
}

/** An "-ed" word right after an article or a preposition qualifies a noun ("in limited release", "a planned strike"). */
const ADJECTIVE_SLOT = /\b(?:a|an|the|in|of|for|with|on|at|by|to|its|their|his|her|our|this|that)\s+$/i;

/** A past verb in the clause: one of PAST_CUES, an "-ed" word in an adjective's slot not counted. */
function hasPastCue(clause: string): boolean {
  if (!PAST_CUES.test(clause)) return false; // the usual clause: no cue at all, one test
  PAST_CUES_ALL.lastIndex = 0;
  for (let m = PAST_CUES_ALL.exec(clause); m; m = PAST_CUES_ALL.exec(clause)) {
    if (!/ed$/i.test(m[0]) || !ADJECTIVE_SLOT.test(clause.slice(Math.max(0, m.index - 8), m.index))) return true;
  }
  return false;
}

/** Before a time phrase that opens its sentence: a few words with no comma ("In", "Early in", "In the wake of"). */
const FRONTED_LEAD = /^\s*(?:[^\s,;]+\s+){0,5}$/;

/**
 * The tense of the clause around [start, end), or, when that clause has none and a comma closes it after a time
 * phrase that opens the sentence ("In January, his team published …"), of the clause after the comma: a time
 * phrase set off at the front takes the main clause's verb.
 */
export function tenseAt(said: string, start: number, end: number): { ahead: boolean; back: boolean } {
  const sentence = narrativeOf(said, start);
  const own = nearestTense(sentence, start, end);
  if (own.ahead || own.back || !FRONTED_LEAD.test(sentence.slice(0, start))) return own;
  // "In April, Jane Doe, the prefect, quashed …": past the appositions, the first clause with a tense is the main one.
  let at = end;
  for (let clauses = 0; clauses < MAX_CLAUSES_AFTER_FRONTED; clauses++) {
    const stop = sentence.slice(at).search(CLAUSE_STOP);
    // ("And in May — the same month she died — paramedics saved …": an aside between dashes, then the main clause.)
    const dash = stop >= 0 && /^ [–—] /.test(sentence.slice(at + stop, at + stop + 3));
    if (stop < 0 || (sentence[at + stop] !== ',' && !dash)) return own;
    at += stop + (dash ? 3 : 1);
    // The first verb of the main clause decides ("said Sinwar would not …" is told in the past).
    const next = nearestTense(sentence, at, at);
    if (next.ahead || next.back) return next;
  }
  return own;
}

/** Comma clauses looked through after a fronted time phrase: a name and its apposition, then the verb. */
const MAX_CLAUSES_AFTER_FRONTED = 3;

const PARTICIPLE_OPENING = /^\s*(?:(?:\p{Ll}+ed|led|made|driven|given|taken|brought)\s+by|including|such\s+as|among\s+them)\b/u;
const AFTER_BE = /\b(?:be|been|being)\s+$/i;
const FUTURE_CUES_ALL = new RegExp(FUTURE_CUES.source, 'gi');
const PAST_CUES_ALL = new RegExp(PAST_CUES.source, 'gi');

/**
 * The tense of the clause around [start, end); where it holds both a past and a future cue, the cue nearer the time
 * phrase decides ("who in November made headlines when he announced plans to sue" looks back).
 */
function nearestTense(sentence: string, start: number, end: number): { ahead: boolean; back: boolean } {
  const [from, to] = clauseBounds(sentence, start, end);
  const clause = sentence.slice(from, to);
  // "hits theatres on Dec. 31, followed by a wider release in January", "has won 15 games, including the final in
  // February": a participle or a list's "including" after a comma has no tense of its own; the clause it hangs on
  // gives it.
  if (from > 1 && PARTICIPLE_OPENING.test(clause)) {
    const [before] = clauseBounds(sentence, from - 2, from - 2);
    return tenseOf(sentence.slice(before, from - 1));
  }
  const tense = tenseOf(clause);
  if (!tense.ahead || !hasPastCue(clause)) return tense;
  const distance = (re: RegExp) => {
    let best = Infinity;
    re.lastIndex = 0;
    for (let m = re.exec(clause); m; m = re.exec(clause)) {
      // "will be loaded": a participle after "be" is no past verb.
      if (re === PAST_CUES_ALL && AFTER_BE.test(clause.slice(Math.max(0, m.index - 7), m.index))) continue;
      const at = from + m.index;
      best = Math.min(best, at >= end ? at - end : Math.max(0, start - (at + m[0].length)));
    }
    return best;
  };
  return distance(PAST_CUES_ALL) < distance(FUTURE_CUES_ALL) ? { ahead: false, back: true } : tense;
}
