// Reported speech without quotation marks: "Doe denied the council had been looking for a fight" →
// an `indirect` quote "the council had been looking for a fight" by Doe. Only reporting verbs, only a clause
// that no quotation interrupts (a quoted fragment inside is already its own quote).
import { LISTENER_VERBS, THING_TAKING_SPEECH_VERBS } from '../../data/speech-verbs';
import { isNumberWord } from './mentions';
import { WEEKDAYS } from '../../data/time-words';
import type { ResolvedEvent } from './choose';
import type { Token } from './tokens';

const TIME_ADVERBS = new Set([...WEEKDAYS, 'yesterday', 'today', 'tonight', 'recently', 'earlier', 'later', 'previously']);
const LISTENER_VERB_SET = new Set<string>(LISTENER_VERBS);
const TRAILING = new Set(['and', 'but', 'or', 'while', 'as', 'adding', 'saying']);
const MIN_WORDS = 4;
const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'the', 'a', 'an', 'our']);
const NOT_A_CLAUSE_START = new Set([
  'to', 'in', 'on', 'at', 'during', 'after', 'before', 'for', 'with', 'by', 'from', 'of', 'about', 'over', 'into',
  'through', 'under', 'as', 'while', 'when', 'but', 'and', 'or', 'than', 'like', 'such', 'aboard', 'outside',
  'inside', 'near', 'across', 'behind', 'beside', 'via', 'upon', 'among',
]);

const THING_TAKING_VERBS = new Set<string>(THING_TAKING_SPEECH_VERBS);
/** Reporting verbs whose words follow only "that": without it their object is a thing ("defended the walkout"). */
const OBJECT_ONLY_VERBS = new Set(['defend']);
/** Reporting verbs that as often take a thing as a clause ("reported a loss", "announced a deal", "denied the claims"). */
const OBJECT_PRONE_VERBS = new Set(['report', 'announce', 'reveal', 'disclose', 'confirm', 'post', 'signal', 'note', 'repeat', 'reiterate', 'promise', 'pledge', 'predict', 'deny']);
/** A finite verb somewhere in a clause: an auxiliary, a past tense in -ed, or a common irregular past. */
const FINITE_VERB = /^(?:is|was|were|are|be|been|had|has|have|will|would|could|can|may|might|should|must|did|does|do|\p{Ll}+ed|rose|fell|grew|won|lost|made|went|came|took|gave|got|saw|said|told|left|paid|sold|bought|kept|held|ran|began|became|found|thought|knew|meant|hit|cut|put|set)$/u;

function holdsFiniteVerb(tokens: readonly Token[], start: number): boolean {
  // A comma ends the search: "reports earnings on May 22, have more than doubled" is a thing, then the main verb.
  for (let i = start + 1; i < tokens.length && tokens[i].kind !== 'quote' && tokens[i].text !== '.' && tokens[i].text !== ','; i++) {
    if (tokens[i].kind === 'word' && !tokens[i].capital && FINITE_VERB.test(tokens[i].lower)) return true;
  }
  return false;
}

/**
 * "added 20 points and ten rebounds", "added a layer of managers": right after such a verb (no "that"), a count or an
 * indefinite article starts the thing added, not words said ("added the talks would resume" still reports).
 */
function addsAThing(verb: string, tokens: readonly Token[], start: number): boolean {
  if (!THING_TAKING_VERBS.has(verb) || tokens[start - 1]?.lower === 'that') return false;
  const first = tokens[start].lower;
  return first === 'a' || first === 'an' || /^\d/.test(first) || isNumberWord(first);
}

export function reportedSpeech(
  text: string,
  tokens: readonly Token[],
  event: ResolvedEvent,
  all: readonly ResolvedEvent[],
): { start: number; end: number; text: string } | null {
  const verb = event.verb;
  if (!verb && event.from === event.verbAt) return sourcedClause(text, tokens, event, all);
  if (!verb || !verb.reporting || verb.thought || event.from > event.verbAt) return null;
  let start = event.to;
  // "said Tuesday that ..." / "said Tuesday at the conference": a time adverbial is not what was said.
  while (tokens[start]?.kind === 'word' && TIME_ADVERBS.has(tokens[start].lower)) start++;
  // "told MPs that ...": the clause starts after "that" when an object comes first.
  const thatAt = indexOfThat(tokens, start, start + 7);
  const adverbialThat = ADVERBIAL_PREPOSITIONS.has(tokens[start]?.lower ?? '') ? thatAfterAdverbial(tokens, start) : -1;
  if (tokens[start]?.lower === 'that') start++;
  // "said in a statement that …", "said on Monday that …": the words said come after the adverbial's "that".
  else if (adverbialThat > 0) start = adverbialThat + 1;
  // "defended the plan on Tuesday": what is defended is a thing; only "defended … that …" reports words.
  else if (OBJECT_ONLY_VERBS.has(verb.base) && thatAt < 0) return null;
  // "reported first-quarter profit of $2 billion", "denied the allegations": without "that", a thing unless a verb
  // shows a clause ("denied the council had been looking for a fight").
  else if (OBJECT_PRONE_VERBS.has(verb.base) && thatAt < 0 && !holdsFiniteVerb(tokens, start)) return null;
  else if (LISTENER_VERB_SET.has(verb.base) && thatAt >= 0) start = thatAt + 1;
  else if (TELLING_VERBS.has(verb.base)) {
    const clause = afterListener(tokens, start);
    if (clause < 0) return null;
    start = clause;
  }
  // "repeating its stance that ...", "reiterated the claim that ...": the clause is after "that".
  else if (thatAt >= 0 && thatAt - start <= 4 && POSSESSIVES.has(tokens[start]?.lower ?? '')) start = thatAt + 1;
  let end = tokens.length;
  for (const other of all) if (other !== event && other.from >= start && other.from < end) end = other.from;
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    if (t.kind === 'quote') return null;
    if (t.kind === 'punct' && (t.text === ':' || t.text === ';' || t.text === '(')) { end = i; break; }
  }
  return clauseText(text, tokens, start, end, verb);
}

/**
 * The words a source phrase that opens or closes its sentence vouches for: "According to the ministry, the plan
 * was dropped." / "The plan was dropped, according to the ministry." (one in the middle, "The plan, according to
 * …, was", is left alone: where its clause ends is unclear).
 */
function sourcedClause(
  text: string,
  tokens: readonly Token[],
  event: ResolvedEvent,
  all: readonly ResolvedEvent[],
): { start: number; end: number; text: string } | null {
  let start: number;
  let end: number;
  if (event.verbAt === 0) {
    if (tokens[event.to]?.text !== ',') return null;
    start = event.to + 1;
    // "According to Jane Doe, 34, …": her age, not her words
    if (/^\d+$/.test(tokens[start]?.text ?? '') && tokens[start + 1]?.text === ',') start += 2;
    end = tokens.length;
    for (const other of all) if (other !== event && other.from >= start && other.from < end) end = other.from;
  } else {
    // What follows the source (an apposition, "who …") may not hold a quotation: "…, according to Doe, who said “…”"
    for (let i = event.to; i < tokens.length; i++) if (tokens[i].kind === 'quote') return null;
    if (tokens[event.verbAt - 1]?.text !== ',') return null;
    start = 0;
    end = event.verbAt - 1;
    for (const other of all) if (other !== event && other.from < end) return null;
  }
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    if (t.kind === 'quote') return null;
    if (t.kind !== 'punct' || (t.text !== ':' && t.text !== ';' && t.text !== '(')) continue;
    if (event.verbAt === 0) { end = i; break; }
    start = i + 1; // "Two things changed: the plan was dropped, according to …": the part next to the source
  }
  return clauseText(text, tokens, start, end, null);
}

/** The clause tokens[start, end) as reported words, or null where it cannot be one (too short, not a clause). */
function clauseText(
  text: string,
  tokens: readonly Token[],
  start: number,
  end: number,
  verb: ResolvedEvent['verb'],
): { start: number; end: number; text: string } | null {
  while (end > start && (tokens[end - 1].kind === 'punct' || TRAILING.has(tokens[end - 1].lower))) end--;
  // A clause starts with a word that can open one: not a preposition or "to" ("said to cheers", "promised to act").
  const first = tokens[start];
  if (first?.kind !== 'word' || NOT_A_CLAUSE_START.has(first.lower) || (!first.capital && first.lower.endsWith('ing') && !gerundModifiesSubject(tokens, start))) return null;
  if (verb && addsAThing(verb.base, tokens, start)) return null;
  let words = 0;
  for (let i = start; i < end; i++) if (tokens[i].kind === 'word') words++;
  if (words < MIN_WORDS) return null;
  const from = tokens[start].start;
  const to = tokens[end - 1].end;
  let textEnd = to;
  while (textEnd > from && TRAILING_STOPS.includes(text[textEnd - 1])) textEnd--;
  return { start: from, end: to, text: text.slice(from, textEnd) };
}

/** "said waiting times had fallen": an "-ing" word before a plural noun and its verb opens the clause's subject. */
function gerundModifiesSubject(tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at + 1];
  const verb = tokens[at + 2];
  return noun?.kind === 'word' && !noun.capital && /[^s]s$/.test(noun.lower) && verb?.kind === 'word' && FINITE_VERB.test(verb.lower);
}

/** Verbs whose listener comes before what was said, with no "to" or "of" between ("told reporters the plan was
 *  dead"); "urged", "accused" report the listener with what follows ("accused the chiefs of …"). */
const TELLING_VERBS = new Set(['tell', 'inform', 'assure', 'remind']);
const CLAUSE_OPENERS = new Set([...POSSESSIVES, 'i', 'he', 'she', 'it', 'we', 'they', 'you', 'there', 'this', 'that', 'these', 'those']);

/**
 * After "told" with no "that": where the clause begins past the listener ("told reporters the plan was dead"), -1
 * where a preposition follows the listener ("told Mashable in an interview" reports nothing), or `start` when
 * the listener's end is unclear ("told a few thousand teachers who …").
 */
function afterListener(tokens: readonly Token[], start: number): number {
  let i = start;
  if (POSSESSIVES.has(tokens[i]?.lower ?? '')) i++; // "the BBC", "his aides"
  if (tokens[i]?.kind !== 'word') return start;
  if (tokens[i].capital) while (tokens[i]?.kind === 'word' && tokens[i].capital) i++;
  else i++;
  const next = tokens[i];
  if (next?.kind !== 'word') return start;
  if (next.lower === 'to') return start; // "told him to stop": the listener and the instruction, reported together
  if (NOT_A_CLAUSE_START.has(next.lower)) return -1;
  return next.capital || CLAUSE_OPENERS.has(next.lower) ? i : start;
}

/** Stops trimmed from the end of a reported clause's text. */
const TRAILING_STOPS = '.,;:';

/** Prepositions that open an adverbial between a reporting verb and its "that" ("said in a statement that"). */
const ADVERBIAL_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'via', 'through', 'late', 'early', 'earlier', 'later']);
const ADVERBIAL_MAX_TOKENS = 10;

/**
 * The "that" closing an adverbial of words only that starts at `start` ("in a statement posted online that"), or -1:
 * a comma, quotation or other mark first means the words are not one adverbial before a clause.
 */
function thatAfterAdverbial(tokens: readonly Token[], start: number): number {
  for (let i = start + 1; i < start + ADVERBIAL_MAX_TOKENS && i < tokens.length; i++) {
    const t = tokens[i];
    // "wrote after consuming cocaine that had been cut": a verb inside makes "that" a relative pronoun ("during a
    // briefing", "on Monday morning" are nouns: no preposition right before them).
    if (t.kind !== 'word' || (!t.capital && t.lower.endsWith('ing') && NOT_A_CLAUSE_START.has(tokens[i - 1].lower))) return -1;
    if (t.lower === 'that') return ADVERBIAL_PREPOSITIONS.has(tokens[i - 1].lower) ? -1 : i;
  }
  return -1;
}

/** The first "that" among tokens[from, to), or -1. */
function indexOfThat(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to && i < tokens.length; i++) if (tokens[i].lower === 'that') return i;
  return -1;
}
