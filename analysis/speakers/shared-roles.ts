// Roles the article gives two or more people at once, or names a person by:
//   "Both college football analysts on ESPN, Jane Doe and John Roe, …"  → each an "college football analyst", at ESPN
//   "Police identified the surfer as 50-year-old Jane Doe of Morro Bay"  → Jane Doe, "surfer"
import { PLAIN_PERSON_NOUNS, singular } from '../../data/titles';
import { classifyPhrase, isRoleNoun, type NameRef } from './mentions';
import type { Registry } from './registry';
import type { Token } from './tokens';

/** Words before a plural role that count the people it covers ("Both analysts", "The two lawyers"). */
const COUNTING_WORDS = new Set(['both', 'two', 'three']);
/** Where the role is held, after its noun: "analysts on ESPN", "lawyers at Finch and Gale", "researchers with Acme". */
const WORKPLACE_AFTER = new Set(['at', 'on', 'with', 'for', 'of']);
const IDENTIFYING_VERBS = new Set(['identified', 'named']);
const MAX_ROLE_WORDS = 4;

/**
 * tokens[aFrom, aTo) is a plural role ("Both college football analysts on ESPN") and tokens[bFrom, bTo) names two
 * or more people joined by "and": each of them gets the role in the singular, and where it is held.
 */
export function registerSharedRole(
  text: string, tokens: readonly Token[], registry: Registry, paragraph: number,
  aFrom: number, aTo: number, bFrom: number, bTo: number,
): void {
  // The phrase opens with its count, at the sentence's start or after a dash ("Both analysts", "The two lawyers"):
  // elsewhere a plural is part of a longer clause ("The mayor met angry lawyers, A and B").
  let from = aFrom;
  if (tokens[from]?.lower === 'the') from++;
  if (!COUNTING_WORDS.has(tokens[from]?.lower ?? '')) return;
  while (from < aTo && COUNTING_WORDS.has(tokens[from].lower)) from++;
  let head = from;
  while (head < aTo && tokens[head].kind === 'word' && !tokens[head].capital && !WORKPLACE_AFTER.has(tokens[head].lower)) head++;
  if (head === from || head - from > MAX_ROLE_WORDS) return;
  const headWord = tokens[head - 1].lower;
  const one = singular(headWord);
  if (one === headWord || !isRoleNoun(one)) return;
  const org = workplaceAfter(text, tokens, head, aTo);
  if (org === undefined) return;
  const people = namesJoinedByAnd(text, tokens, bFrom, bTo);
  if (people.length < 2) return;
  const role = `${text.slice(tokens[from].start, tokens[head - 1].start)}${one}`;
  for (const person of people) registry.giveRole(registry.fromName(person, paragraph), role, org);
}

/** "on ESPN": the capitalised words after a workplace preposition up to `to`; null with none; undefined for other words. */
function workplaceAfter(text: string, tokens: readonly Token[], at: number, to: number): string | null | undefined {
  if (at === to) return null;
  if (!WORKPLACE_AFTER.has(tokens[at].lower) || at + 1 === to) return undefined;
  let k = at + 1;
  if (tokens[k].lower === 'the') k++;
  for (let i = k; i < to; i++) if (tokens[i].kind !== 'word' || !tokens[i].capital) return undefined;
  return k < to ? text.slice(tokens[k].start, tokens[to - 1].end) : undefined;
}

/**
 * "Jane Doe and John Roe are paid …": the names opening tokens[from, to), joined by "and" (commas allowed before it);
 * none when a part is no person's name.
 */
function namesJoinedByAnd(text: string, tokens: readonly Token[], from: number, segmentEnd: number): NameRef[] {
  let to = from;
  while (to < segmentEnd && tokens[to].kind === 'word' && (tokens[to].capital || (tokens[to].lower === 'and' && tokens[to + 1]?.capital))) to++;
  const out: NameRef[] = [];
  let start = from;
  for (let k = from; k <= to; k++) {
    if (k < to && tokens[k].lower !== 'and' && tokens[k].text !== ',') continue;
    if (k > start) {
      const ref = classifyPhrase(text, tokens.slice(start, k));
      if (ref?.type !== 'name' || ref.kind !== 'person' || ref.words.length < 2) return [];
      out.push(ref);
    }
    start = k + 1;
  }
  return out;
}

/** "identified the surfer as 50-year-old Jane Doe": the person named gets the noun as role (a bare "the man" says nothing). */
export function registerIdentifiedAs(text: string, tokens: readonly Token[], registry: Registry, paragraph: number): void {
  for (let k = 0; k + 4 < tokens.length; k++) {
    if (!IDENTIFYING_VERBS.has(tokens[k].lower) || (tokens[k + 1].lower !== 'the' && tokens[k + 1].lower !== 'a')) continue;
    let as = k + 2;
    while (as < tokens.length && as - k - 2 < MAX_ROLE_WORDS && tokens[as].kind === 'word' && !tokens[as].capital && tokens[as].lower !== 'as') as++;
    if (tokens[as]?.lower !== 'as' || as === k + 2) continue;
    const noun = tokens[as - 1].lower;
    // The construction itself says the noun describes the person ("the surfer", "the shooter"): no role list needed.
    if (PLAIN_PERSON_NOUNS.has(noun) || noun === 'body') continue; // "identified the man as …", "the body as …"
    let nameFrom = as + 1;
    if (nameFrom < tokens.length && /^\d+-year-old$/i.test(tokens[nameFrom].text)) nameFrom++;
    let nameTo = nameFrom;
    while (nameTo < tokens.length && tokens[nameTo].kind === 'word' && tokens[nameTo].capital) nameTo++;
    if (nameTo - nameFrom < 2) continue;
    const ref = classifyPhrase(text, tokens.slice(nameFrom, nameTo));
    if (ref?.type !== 'name' || ref.kind !== 'person') continue;
    registry.giveRole(registry.fromName(ref, paragraph), text.slice(tokens[k + 2].start, tokens[as - 1].end), null);
  }
}
