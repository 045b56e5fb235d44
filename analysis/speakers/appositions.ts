// Roles the article gives people anywhere in a sentence, not only beside a speech verb:
//   "Jane Doe, the Foreign Secretary, ..."      name, description
//   "... from the mine's operator, Jane Doe, ..."  description, name
//   "... urged Prime Minister Jane Doe to ..."   title before a name
// They are registered so a later "Ms Doe said" or "the Foreign Secretary said" finds the role.
import { HONORIFICS } from '../../data/honorifics';
import { NAME_TITLES, ORGANISATION_WORDS, RELATION_NOUNS, ROLE_MODIFIERS } from '../../data/titles';
import { appositiveRole, classifyPhrase, isRoleNoun, withoutDot, type DescriptionRef, type NameRef } from './mentions';
import type { Registry } from './registry';
import type { Token } from './tokens';
import { speechVerbOfLower } from './verbs';

const STOP_BACK = new Set([
  'of', 'at', 'for', 'from', 'in', 'with', 'on', 'to', 'by', 'and', 'or', 'but', 'that', 'which', 'who', 'is', 'was',
  'are', 'were', 'has', 'have', 'had', 'said', 'says', 'told', 'as', 'than', 'about', 'against', 'between', 'after',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'our', 'another']);

/** Comma-separated segments of a token list (quotations and other punctuation also end a segment). */
function segments(tokens: readonly Token[]): { words: Token[]; closed: boolean }[] {
  const out: { words: Token[]; closed: boolean }[] = [];
  let cur: Token[] = [];
  for (const t of tokens) {
    if (t.kind === 'word') { cur.push(t); continue; }
    out.push({ words: cur, closed: t.text === ',' });
    cur = [];
  }
  out.push({ words: cur, closed: true });
  return out;
}

/** The noun phrase at the end of a segment: "bribes from the Chinese operator" → "the Chinese operator". */
function tailPhrase(words: readonly Token[]): Token[] {
  let from = words.length;
  let verbLike = -1;
  while (from > 0 && words.length - from < 7) {
    const w = words[from - 1];
    if (STOP_BACK.has(w.lower)) break;
    if (verbLike < 0 && (w.lower.endsWith('ed') || w.lower.endsWith('ing')) && !w.capital) verbLike = from - 1;
    from--;
    if (DETERMINERS.has(w.lower)) break;
  }
  // An -ing/-ed word is a modifier only inside a phrase that fills the segment ("shadow levelling up secretary");
  // elsewhere it is the verb before the phrase ("taking bribes from the operator").
  if (verbLike >= 0 && from > 0 && !DETERMINERS.has(words[from]?.lower ?? '')) return words.slice(verbLike + 1);
  return words.slice(from);
}

/** An inflected speech verb after the first word ("… the school told reporters"). */
function hasSpeechVerb(words: readonly Token[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const verb = !words[k].capital && speechVerbOfLower(words[k].lower);
    if (verb && !verb.bare && !verb.participle) return true;
  }
  return false;
}

function isPersonName(ref: ReturnType<typeof classifyPhrase>): ref is NameRef {
  return ref?.type === 'name' && ref.kind === 'person';
}

export function registerAppositions(text: string, tokens: readonly Token[], registry: Registry, paragraph: number): void {
  const segs = segments(tokens);
  for (let i = 0; i + 1 < segs.length; i++) {
    const a = segs[i];
    const b = segs[i + 1];
    if (!a.closed || !a.words.length || !b.words.length || b.words.length > 14) continue;
    // Cheap shape checks first: "Name, the/a ..." or "... role, Name,".
    const aLast = a.words[a.words.length - 1];
    const shapeA = DETERMINERS.has(b.words[0].lower) && aLast.capital;
    const shapeB = b.closed && b.words[0].capital && b.words.length <= 6;
    if (!shapeA && !shapeB) continue;
    const tail = tailPhrase(a.words);
    if (!tail.length) continue;
    const left = classifyPhrase(text, tail);
    // An apposition whose closing comma is missing runs into the sentence's verb ("Jane Doe, a teacher at the
    // school told reporters"): the speech event reads it; here it would take the verb into the role.
    if (hasSpeechVerb(b.words)) continue;
    const right = classifyPhrase(text, b.words);
    let name: NameRef | null = null;
    let desc: DescriptionRef | null = null;
    if (isPersonName(left) && right?.type === 'description' && DETERMINERS.has(b.words[0].lower)) {
      name = left; desc = right;
    } else if ((left?.type === 'description' || !left) && isPersonName(right) && b.closed) {
      // "the project's lead maintainer, Jane Doe,": beside a name, any noun heads a role.
      name = right; desc = left ?? appositiveRole(text, tail);
    }
    if (!name || !desc || desc.kind === 'group') continue;
    const e = registry.fromName(name, paragraph);
    registry.giveRole(e, desc.role, desc.org, !RELATION_NOUNS.has(desc.head));
    registry.alias(e, desc.text);
  }
  for (const t of tokens) if (t.kind === 'word' && t.capital) registry.touch(t.lower);
  registerOrganisations(text, tokens, registry, paragraph);
  // Titles before names inside a capitalised run: "Prime Minister Jane Doe", "Gov. John Roe", "Mr Roe".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || !t.capital) continue;
    const l = withoutDot(t.lower);
    if (!NAME_TITLES.has(l) && !HONORIFICS.has(l)) continue;
    let end = i + 1;
    // A title keeps its portfolio: "Secretary of State Jane Doe", "Commissioner for Trade John Roe".
    while (end < tokens.length && tokens[end].kind === 'word' && !tokens[end - 1].possessive
      && (tokens[end].capital || (PORTFOLIO_JOINS.has(tokens[end].lower) && tokens[end + 1]?.kind === 'word' && tokens[end + 1].capital))) end++;
    if (end - i < 2) continue;
    let start = i;
    while (start > 0 && tokens[start - 1].kind === 'word' && tokens[start - 1].capital && !tokens[start - 1].possessive) start--;
    const ref = classifyPhrase(text, tokens.slice(start, end));
    if (isPersonName(ref) && ref.words.length) registry.fromName(ref, paragraph);
    i = end - 1;
  }
}

/** Organisations named anywhere ("... the Kestrel Bay Port Authority ..."), so "the authority" can find them later. */
function registerOrganisations(text: string, tokens: readonly Token[], registry: Registry, paragraph: number): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word' || !tokens[i].capital) continue;
    let end = i + 1;
    while (end < tokens.length && tokens[end].kind === 'word' && (tokens[end].capital || (CONNECTORS.has(tokens[end].lower) && tokens[end + 1]?.capital)) && !tokens[end - 1].possessive) end++;
    if (end - i < 2) continue; // one capitalised word names no organisation and no full name
    const run = tokens.slice(i, end);
    const last = run[run.length - 1];
    if (run.length >= 2 && ORGANISATION_WORDS.has(withoutFinalMark(last.lower))) {
      const ref = classifyPhrase(text, run);
      if (ref?.type === 'name' && ref.kind === 'organisation') registry.fromName(ref, paragraph);
    } else if (i > 0 && run.length >= 2 && run.length <= 3 && run.every((t) => !t.possessive || t === last) && tokens[i - 1].kind === 'word') {
      // A full name in passing ("... met Jane Doe on ...") lets a later "Doe said" find her whole name, with the
      // role written before it ("... a fireside chat with Acme founder and co-CEO Jane Doe").
      const ref = classifyPhrase(text, tokens.slice(roleBefore(tokens, i), end));
      if (ref?.type === 'name' && ref.kind === 'person' && ref.words.length >= 2) registry.fromName(ref, paragraph);
    }
    i = end - 1;
  }
}
const CONNECTORS = new Set(['of', 'and', 'for', 'the', '&']);

/** How many words a role written before a name may have ("former White House Russia adviser"). */
const ROLE_BEFORE_WORDS = 6;

/**
 * Where the role written right before the name at `nameAt` starts ("singer Jane Doe", "Acme founder and co-CEO
 * Jane Doe", "former White House Russia adviser Jane Doe"), or `nameAt` when there is none. The word before the
 * name must be a role noun; before it, modifiers, organisation words and "and" joining two roles. A verb, an
 * article, a preposition or punctuation ends it ("thanked singer Jane Doe" → "singer").
 */
function roleBefore(tokens: readonly Token[], nameAt: number): number {
  const last = tokens[nameAt - 1];
  if (last?.kind !== 'word' || last.capital || last.possessive || !isRoleNoun(roleWord(last.lower))) return nameAt;
  let start = nameAt - 1;
  while (start > 0 && nameAt - start < ROLE_BEFORE_WORDS) {
    const w = tokens[start - 1];
    if (w.kind !== 'word' || w.possessive) break;
    const joinsRoles = w.lower === 'and' && start >= 2 && tokens[start - 2].kind === 'word' && isRoleNoun(roleWord(tokens[start - 2].lower));
    if (!(w.capital ? !FUNCTION_WORDS.has(w.lower) : joinsRoles || isRoleModifier(w.lower))) break;
    start--;
  }
  return start;
}

/** A role noun under a prefix ("co-ceo" → "ceo", "ex-captain" → "captain"). */
function roleWord(lower: string): string {
  const m = /^(?:co|ex|vice|deputy)-(.+)$/.exec(lower);
  return m && !isRoleNoun(lower) ? m[1] : lower;
}

/** A lower-case word that qualifies a role: a listed modifier, a role noun, or an adjective by its ending. */
function isRoleModifier(lower: string): boolean {
  return ROLE_MODIFIERS.has(lower) || isRoleNoun(roleWord(lower)) || (lower.length > 5 && ADJECTIVE_ENDING.test(lower));
}
/** "defensive", "political", "economic", "military": endings of adjectives, not of verbs ("reveal", "arrive"). */
const ADJECTIVE_ENDING = /(?:[st]ive|[^e]al|[^a]ic|ary)$/;
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'but', 'and', 'or', 'so', 'yet', 'then', 'when', 'while', 'as', 'if', 'in', 'on', 'at', 'of', 'for', 'by', 'with']);
const PORTFOLIO_JOINS = new Set(['of', 'for']);

/** A word without one final apostrophe ("workers’" → "workers"). */
function withoutFinalMark(lower: string): string {
  const last = lower.charCodeAt(lower.length - 1);
  return last === 39 || last === 0x2019 ? lower.slice(0, -1) : lower;
}
