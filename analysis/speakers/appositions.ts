// Roles the article gives people anywhere in a sentence, not only beside a speech verb:
//   "Jane Doe, the Foreign Secretary, ..."      name, description
//   "... from the mine's operator, Jane Doe, ..."  description, name
//   "... urged Prime Minister Jane Doe to ..."   title before a name
// They are registered so a later "Ms Doe said" or "the Foreign Secretary said" finds the role.
import { HONORIFICS } from '../../data/honorifics';
import { SUBJECT_PRONOUNS } from '../../data/pronouns';
import { COUNSEL_SIDES } from '../../data/role-verbs';
import { isGroupNoun, NAME_TITLES, ORGANISATION_NAME_CONNECTORS, ORGANISATION_WORDS, PLAIN_PERSON_NOUNS, RELATION_NOUNS, ROLE_MODIFIERS } from '../../data/titles';
import { WEEKDAYS } from '../../data/time-words';
import { ADJECTIVE_ENDING, agentNounApposition, appositiveRole, classifyPhrase, INDEFINITE_ARTICLES, isAsideToName, isBodyLabel, isRoleNoun, namesAJob, RELATIVES, withoutDot, type DescriptionRef, type NameRef, type Ref } from './mentions';
import type { Registry } from './registry';
import { registerFrontedAsRole } from './fronted-as-role';
import { registerRelativeRole, registerRoleAfterDescription } from './relative-roles';
import { registerIdentifiedAs, registerSharedRole } from './shared-roles';
import { nounAfterTownAndState } from './town-and-state';
import { tokenize, type Token } from './tokens';
import { speechVerbOfLower } from './verbs';

const STOP_BACK = new Set([
  'of', 'at', 'for', 'from', 'in', 'with', 'on', 'to', 'by', 'and', 'or', 'but', 'that', 'which', 'who', 'is', 'was',
  'are', 'were', 'has', 'have', 'had', 'said', 'says', 'told', 'as', 'than', 'about', 'against', 'between', 'after',
  // Prepositions of company or place end the phrase too ("worked alongside | longtime friend, Jane Doe").
  'alongside', 'beside', 'behind', 'like', 'among', 'including', 'into', 'under', 'through', 'toward', 'towards',
]);
/** Verbs that, right after a name and its comma, start the sentence's own predicate ("Jane Doe, is more hopeful"). */
const FINITE_AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'does', 'did']);
const DETERMINERS = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'our', 'another']);
/** Prepositions that join a role noun to whose or where the role is ("head of", "attorney on", "director at"). */
const ROLE_JOINS = new Set(['of', 'at', 'for', 'on', 'with', 'in']);

/**
 * The noun phrase at the end of the segment tokens[from, to): "bribes from the Chinese operator" → "the Chinese
 * operator". Returns where it starts.
 */
function tailPhraseStart(tokens: readonly Token[], from: number, to: number): number {
  let start = to;
  let verbLike = -1;
  let crossed = false;
  while (start > from && to - start < (crossed ? 10 : 7)) {
    const w = tokens[start - 1];
    // "the head of the union, Jane Doe", "the lead attorney on the case, Jane Doe": a preposition right after a role
    // noun belongs to the role's phrase.
    if (roleJoinBefore(tokens, from, start, crossed)) {
      crossed = true;
      start--;
      continue;
    }
    if (STOP_BACK.has(w.lower) && !(w.lower === 'and' && andInsideRolePhrase(tokens, from, start - 1, crossed))) break;
    if (verbLike < 0 && (w.lower.endsWith('ed') || w.lower.endsWith('ing')) && !w.capital) verbLike = start - 1;
    start--;
    if (DETERMINERS.has(w.lower) && !roleJoinBefore(tokens, from, start, crossed)) break;
  }
  // An -ing/-ed word is a modifier only inside a phrase that fills the segment ("shadow levelling up secretary");
  // elsewhere it is the verb before the phrase ("taking bribes from the operator"), as it is before a name
  // ("The thaw worried Jane Doe").
  if (verbLike >= 0 && start > from && !DETERMINERS.has(start < to ? tokens[start].lower : '')) return verbLike + 1;
  if (verbLike >= 0 && verbLike + 1 < to && allCapitalised(tokens, verbLike + 1, to)) return verbLike + 1;
  return start;
}

/** "the head of the search and rescue agency": an "and" at `at` joining two lower-case words of the body a role noun
 *  a few words before it belongs to. */
function andInsideRolePhrase(tokens: readonly Token[], from: number, at: number, crossed: boolean): boolean {
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  if (crossed || !before || !after || before.kind !== 'word' || after.kind !== 'word' || before.capital || after.capital || DETERMINERS.has(before.lower)) return false;
  for (let k = at - 1; k >= Math.max(from + 2, at - 4); k--) if (roleJoinBefore(tokens, from, k, false)) return true;
  return false;
}

/** A preposition right before `at` that joins a role noun before it to the phrase after ("head | of the union"), when
 *  the scan back has crossed none yet. */
function roleJoinBefore(tokens: readonly Token[], from: number, at: number, crossed: boolean): boolean {
  if (crossed || at - 2 < from || !ROLE_JOINS.has(tokens[at - 1].lower)) return false;
  const role = tokens[at - 2];
  return role.kind === 'word' && !role.capital && isRoleNoun(roleWord(role.lower));
}

/** Every token of tokens[from, to) is a capitalised word. */
function allCapitalised(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].kind !== 'word' || !tokens[k].capital) return false;
  return true;
}

/** An inflected speech verb after the first word of tokens[from, to) ("… the school told reporters"). */
function hasSpeechVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const verb = !tokens[k].capital && speechVerbOfLower(tokens[k].lower);
    if (verb && !verb.bare && !verb.participle) return true;
  }
  return false;
}

/** Where an apposition naming a town and its state before its noun ends ("a Rome, Ga., lawyer who …"): at the
 *  punctuation after the noun phrase or where a relative clause starts; -1 when tokens[from] opens no such phrase. */
function placeInsideApposition(tokens: readonly Token[], from: number): number {
  let end = nounAfterTownAndState(tokens, from);
  if (end < 0) return -1;
  while (end < tokens.length && tokens[end].kind === 'word' && !RELATIVES.has(tokens[end].lower)) end++;
  return end;
}

function isPersonName(ref: ReturnType<typeof classifyPhrase>): ref is NameRef {
  return ref?.type === 'name' && ref.kind === 'person';
}

export function registerAppositions(text: string, tokens: readonly Token[], registry: Registry, paragraph: number): void {
  // Comma-separated segments: runs of words, each ended by a punctuation or quotation token (closed when that is a
  // comma, or a dash, which sets off an apposition as a comma does: "Jane Doe — a surgeon — said") or by the end
  // (closed). Each segment is read with the one after it, by offsets: no list per segment.
  let aFrom = -1;
  let aTo = -1;
  let aClosed = false;
  let from = 0;
  for (let k = 0; k <= tokens.length; k++) {
    if (k < tokens.length && tokens[k].kind === 'word') continue;
    // "Jane Doe, a Rome, Ga., lawyer, said": a town and its state inside the apposition are part of it.
    const placeEnd = aFrom >= 0 ? placeInsideApposition(tokens, from) : -1;
    if (placeEnd > k) k = placeEnd;
    const closed = k === tokens.length || tokens[k].text === ',' || tokens[k].text === '—' || tokens[k].text === '–';
    // "Jane Doe, PhD, a professor at Acme": degrees after a name stand aside; the description is the name's.
    if (aFrom >= 0 && closed && k < tokens.length && isAsideToName(tokens.slice(from, k))) { from = k + 1; continue; }
    if (aFrom >= 0) registerPair(text, tokens, registry, paragraph, aFrom, aTo, aClosed, from, k, closed);
    if (aFrom >= 0 && aClosed) registerRelativeRole(text, tokens, registry, paragraph, aFrom, aTo, from, k);
    if (aFrom >= 0 && aClosed) registerSharedRole(text, tokens, registry, paragraph, aFrom, aTo, from, k);
    aFrom = from; aTo = k; aClosed = closed;
    from = k + 1;
  }
  registerRoleAfterDescription(text, tokens, registry, paragraph);
  registerFrontedAsRole(text, tokens, registry, paragraph);
  registerIdentifiedAs(text, tokens, registry, paragraph);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word' || !tokens[i].capital) continue;
    registry.touch(tokens[i].lower);
    registry.touchOrganisation(tokens, i);
  }
  registerSharedRoles(text, tokens, registry, paragraph);
  registerOrganisations(text, tokens, registry, paragraph);
  registerTitledNames(text, tokens, registry, paragraph);
}

/**
 * registerTitledNames for the words of text[from, to) (a quotation), tokenised only when some capitalised word in
 * it may be a title or honorific: most quotations hold none, and tokenising them all was the costly part.
 */
export function registerTitledNamesIn(text: string, from: number, to: number, registry: Registry, paragraph: number): void {
  if (mayHoldTitle(text, from, to)) registerTitledNames(text, tokenize(text, from, to), registry, paragraph);
}

const TITLE_WORDS: readonly string[] = [...NAME_TITLES, ...HONORIFICS.keys()];

/**
 * The title words and honorifics spelled as a trie over char codes: node `n`'s child for code `c` is
 * TITLE_TRIE.get(n * 128 + c), node 0 the root. Walking it spells no string and hashes only small integers.
 * Only ASCII is spelled (mayHoldTitle answers "maybe" at anything else), so a code outside ASCII marks no word.
 */
const TITLE_TRIE = new Map<number, number>();
const TITLE_TRIE_WORD_ENDS = new Set<number>();
for (const word of TITLE_WORDS) {
  let node = 0;
  for (let k = 0; k < word.length && node >= 0; k++) {
    const code = word.charCodeAt(k);
    if (code >= 128) { node = -1; break; }
    let child = TITLE_TRIE.get(node * 128 + code);
    if (child === undefined) {
      child = TITLE_TRIE.size + 1;
      TITLE_TRIE.set(node * 128 + code, child);
    }
    node = child;
  }
  if (node > 0) TITLE_TRIE_WORD_ENDS.add(node);
}

/**
 * False only when no word of text[from, to) can be a capitalised title: no capital there starts letters whose
 * lower case spells a title or honorific (a token's text is such a run, cut short at most). Any other capital
 * letter, one outside ASCII, says maybe.
 */
function mayHoldTitle(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) {
      const ch = text[i];
      if (ch !== ch.toLowerCase()) return true;
      continue;
    }
    if (code < 65 || code > 90) continue;
    let node = 0;
    for (let j = i; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c >= 128) return true;
      const next = TITLE_TRIE.get(node * 128 + (c >= 65 && c <= 90 ? c + 32 : c));
      if (next === undefined) break;
      if (TITLE_TRIE_WORD_ENDS.has(next)) return true;
      node = next;
    }
  }
  return false;
}

/**
 * Titles before names inside a capitalised run: "Prime Minister Jane Doe", "Gov. John Roe", "Mr Roe". Read in
 * quotations too: "“… Prime Minister Jane Doe has kept her word”" still says what she is.
 */
export function registerTitledNames(text: string, tokens: readonly Token[], registry: Registry, paragraph: number): void {
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

/** "Name, the/a role" or "role, Name," for the segment tokens[aFrom, aTo) and the one after it, tokens[bFrom, bTo). */
function registerPair(
  text: string, tokens: readonly Token[], registry: Registry, paragraph: number,
  aFrom: number, aTo: number, aClosed: boolean, bFrom: number, bTo: number, bClosed: boolean,
): void {
  const bLength = bTo - bFrom;
  if (!aClosed || aTo === aFrom || !bLength || bLength > 14) return;
  if (bLength === 1 && bClosed && COUNSEL_SIDES.has(tokens[bFrom].lower)) {
    const counsel = classifyPhrase(text, tokens.slice(tailPhraseStart(tokens, aFrom, aTo), aTo));
    if (isPersonName(counsel)) registry.giveRole(registry.fromName(counsel, paragraph), `${tokens[bFrom].lower} counsel`, null, true);
    return;
  }
  // Cheap shape checks first: "Name, the/a ...", "Name, chairman of ...," or "... role, Name,".
  const bFirst = tokens[bFrom];
  const shapeA = DETERMINERS.has(bFirst.lower) && tokens[aTo - 1].capital;
  // ("Jane Doe, is more hopeful": a verb after the comma starts the sentence's own clause, no apposition.)
  const bare = !shapeA && bClosed && !bFirst.capital && tokens[aTo - 1].capital && !FINITE_AUXILIARIES.has(bFirst.lower);
  const shapeB = bClosed && bFirst.capital && bLength <= 6;
  // "Jane Doe, Kestrel County Health Department public information officer,": the body's name, then the job;
  // "Jane Doe, Head of Sales at Acme Travel,": a job written in capitals, then the body.
  const bodyThenJob = !shapeA && bClosed && bFirst.capital && tokens[aTo - 1].capital
    && (!tokens[bTo - 1].capital || isRoleNoun(bFirst.lower));
  if (!shapeA && !bare && !shapeB && !bodyThenJob) return;
  const tailStart = tailPhraseStart(tokens, aFrom, aTo);
  if (tailStart === aTo) return;
  // An apposition whose closing comma is missing runs into the sentence's verb ("Jane Doe, a teacher at the
  // school told reporters"): the speech event reads it; here it would take the verb into the role.
  if (hasSpeechVerb(tokens, bFrom, bTo)) return;
  const tail = tokens.slice(tailStart, aTo);
  if (shapeA && bClosed && INDEFINITE_ARTICLES.has(bFirst.lower)) {
    // "the Centre for Economic Policy Research, a London-based think tank,": what an organisation is.
    // ("Dagens Nyheter, a Swedish newspaper,": a name a person could have is a body's when a body is what it is.)
    const body = classifyPhrase(text, tokens.slice(capitalisedNameStart(tokens, aFrom, aTo), aTo));
    const what = body?.type === 'name' ? bodyDescription(text, tokens, bFrom + 1, bTo) : null;
    if (what && body?.type === 'name' && !body.honorific && !body.title) {
      const e = registry.fromName(body.kind === 'organisation' ? body : { ...body, kind: 'organisation' }, paragraph);
      if (e.kind === 'organisation') registry.giveRole(e, what, null);
      return;
    }
  }
  const left = oneOfGroup(tokens, aFrom, tailStart) ? oneOfRole(text, tokens, aFrom, tailStart, aTo) : classifyPhrase(text, tail);
  const right = classifyPhrase(text, tokens.slice(bFrom, bTo)) ?? (shapeA ? leadingRole(text, tokens, bFrom, bTo) : null)
    ?? (shapeA && bClosed ? agentNounApposition(text, tokens.slice(bFrom, bTo)) : null);
  let name: NameRef | null = null;
  let desc: DescriptionRef | null = null;
  if (isPersonName(left) && right?.type === 'description' && DETERMINERS.has(bFirst.lower)) {
    name = left; desc = right;
  } else if ((bare || bodyThenJob) && isPersonName(left) && right?.type === 'description' && namesAJob(right.head)) {
    // Without an article only a job reads as an apposition ("Jane Doe, senior trader at Acme, said"): other
    // words after a name and a comma as often start the sentence's own clause.
    name = left; desc = right;
  } else if ((left?.type === 'description' || !left) && isPersonName(right) && bClosed) {
    // "the project's lead maintainer, Jane Doe,": beside a name, any noun heads a role.
    name = right; desc = left ?? appositiveRole(text, tail);
  }
  // A plain word for a person ("the man who found the child, Jane Doe") is no role of theirs.
  if (!name || !desc || desc.kind === 'group' || PLAIN_PERSON_NOUNS.has(desc.head)) return;
  const relativeOf = name === right && desc.role === desc.head && RELATION_NOUNS.has(desc.head) ? relativeNamedBefore(text, tokens, registry, aFrom, tailStart) : null;
  const e = registry.fromName(name, paragraph);
  registry.giveRole(e, relativeOf ? `${desc.role} of ${relativeOf}` : desc.role, desc.org, namesAJob(desc.head));
  registry.alias(e, desc.text);
}

/** Words after which a description of a body goes on about something else ("a charity that …", "a group which …"). */
const DESCRIPTION_ENDS = new Set(['that', 'which', 'who', 'whose', 'where', 'and', 'but']);
const BODY_DESCRIPTION_WORDS = 8;

/** "a London-based think tank", "a coalition of climate groups": a phrase for a kind of body, or null. */
function bodyDescription(text: string, tokens: readonly Token[], from: number, to: number): string | null {
  let end = from;
  while (end < to && tokens[end].kind === 'word' && !DESCRIPTION_ENDS.has(tokens[end].lower)) end++;
  if (end === from || end - from > BODY_DESCRIPTION_WORDS) return null;
  // The head is the noun before the first preposition, else the last word ("a union member" is a member, not a
  // union; "a volunteer with the medic council" is a volunteer; "a senior adviser to the Sanders campaign" an adviser).
  const prepositionAt = tokens.slice(from, end).findIndex((t) => ROLE_JOINS.has(t.lower) || t.lower === 'from' || t.lower === 'to' || t.lower === 'based');
  if (prepositionAt === 0) return null;
  const headAt = prepositionAt > 0 ? from + prepositionAt - 1 : end - 1;
  return isBodyLabel(tokens.slice(from, headAt + 1)) ? text.slice(tokens[from].start, tokens[end - 1].end).replace(/[.!?]$/, '') : null;
}

/** Where the capitalised name ending at `to` starts, lower-case joining words inside it ("Centre for Economic Policy
 *  Research", "Bank of the West") included. */
function capitalisedNameStart(tokens: readonly Token[], from: number, to: number): number {
  let start = to;
  while (start > from) {
    const prev = tokens[start - 1];
    if (prev.kind === 'word' && prev.capital && !prev.possessive) start--;
    else if (start - 2 >= from && ORGANISATION_NAME_CONNECTORS.has(prev.lower) && tokens[start - 2].capital && start < to) start--;
    else break;
  }
  while (start < to && !tokens[start].capital) start++;
  return start;
}

/** "one of the organisers, Jane Doe,": the scan back stopped at "the organisers", a group, after "one of". */
function oneOfGroup(tokens: readonly Token[], aFrom: number, tailStart: number): boolean {
  return tailStart - 2 >= aFrom && tokens[tailStart - 1].lower === 'of' && tokens[tailStart - 2].lower === 'one';
}

/** The person "one of the Ys" describes: the short segment as a whole when it reads as one person's roles ("Author
 *  and one of the organisers"), else from "one" on ("He met one of the organisers"). */
function oneOfRole(text: string, tokens: readonly Token[], aFrom: number, tailStart: number, aTo: number): Ref | null {
  const whole = tailStart - aFrom <= 6 ? classifyPhrase(text, tokens.slice(aFrom, aTo)) : null;
  return whole?.type === 'description' && whole.kind === 'person' ? whole : classifyPhrase(text, tokens.slice(tailStart - 2, aTo));
}

/** Words that join a person to the relative named after them ("Jane Doe and her son, X", "John Roe with his wife, Y"). */
const ALONGSIDE = new Set(['and', 'with']);
const OWNER_GENDER = new Map<string, 'm' | 'f'>([['his', 'm'], ['her', 'f']]);

/**
 * "Jane Doe and her son, Tom Doe,": a relation noun after "his"/"her" whose owner is the known person named just
 * before, joined by "and"/"with", is that person's relative: the full name the article gave them ("Jane Doe"), for
 * "son of Jane Doe". Null when the owner is no person's name, a lone word not met before, or of the other gender.
 */
function relativeNamedBefore(text: string, tokens: readonly Token[], registry: Registry, aFrom: number, tailStart: number): string | null {
  const gender = OWNER_GENDER.get(tokens[tailStart].lower);
  const join = tailStart - 1;
  if (!gender || join <= aFrom || !ALONGSIDE.has(tokens[join].lower)) return null;
  let start = join;
  while (start > aFrom && tokens[start - 1].kind === 'word' && tokens[start - 1].capital && !tokens[start - 1].possessive) start--;
  if (start === join) return null;
  const ref = classifyPhrase(text, tokens.slice(start, join));
  if (!isPersonName(ref) || (ref.gender && ref.gender !== gender)) return null;
  const owner = registry.knownPerson(ref);
  if (owner) return owner.gender && owner.gender !== gender ? null : owner.nameWords.join(' ');
  // Met here for the first time: a full name stands on its own ("Tom Hill and his brother, Sam Hill").
  return ref.words.length >= 2 ? ref.words.join(' ') : null;
}

/**
 * "Jane Doe, a young Welsh director fresh off a hit series,": a description whose head noun is followed by words
 * that do not read as one phrase is the noun phrase up to that head ("young Welsh director").
 */
function leadingRole(text: string, tokens: readonly Token[], from: number, to: number): DescriptionRef | null {
  let headEnd = -1;
  for (let k = from + 1; k < to && k - from <= ROLE_BEFORE_WORDS && headEnd < 0; k++) {
    const w = tokens[k];
    if (w.kind !== 'word' || w.possessive || FUNCTION_WORDS.has(w.lower) || STOP_BACK.has(w.lower)) break;
    if (!w.capital && isRoleNoun(roleWord(w.lower))) headEnd = k + 1;
  }
  // A compound keeps its last noun ("a star player").
  while (headEnd > 0 && headEnd < to && tokens[headEnd].kind === 'word' && !tokens[headEnd].capital && isRoleNoun(roleWord(tokens[headEnd].lower))) headEnd++;
  if (headEnd < 0 || headEnd >= to || tokens[headEnd].kind !== 'word' || tokens[headEnd].capital) return null;
  const ref = classifyPhrase(text, tokens.slice(from, headEnd));
  return ref?.type === 'description' && ref.kind === 'person' ? ref : null;
}

/** Organisations named anywhere ("... the Kestrel Bay Port Authority ..."), so "the authority" can find them later. */
function registerOrganisations(text: string, tokens: readonly Token[], registry: Registry, paragraph: number): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word' || !tokens[i].capital) continue;
    // "Members of the Dock Workers Union voted": a group of a body opening a sentence is no part of its name.
    if (i + 2 < tokens.length && tokens[i + 1].lower === 'of' && (isGroupNoun(tokens[i].lower) || isRoleNoun(tokens[i].lower))) {
      const after = tokens[i + 2].lower === 'the' ? i + 3 : i + 2;
      if (tokens[after]?.kind === 'word' && tokens[after].capital) i = after;
    }
    let end = i + 1;
    // "St Mary’s Hospital", "Queen’s University": a possessive inside a body's name, before the body's word.
    while (end < tokens.length && tokens[end].kind === 'word' && (tokens[end].capital || (ORGANISATION_NAME_CONNECTORS.has(tokens[end].lower) && tokens[end + 1]?.capital))
      && (!tokens[end - 1].possessive || (tokens[end].capital && (tokens[end - 1].pluralPossessive || ORGANISATION_WORDS.has(tokens[end].lower))))) end++;
    if (end - i < 2) continue; // one capitalised word names no organisation and no full name
    // The run is listed only when it is read.
    if (ORGANISATION_WORDS.has(withoutFinalMark(tokens[end - 1].lower))) {
      const ref = classifyPhrase(text, tokens.slice(i, end));
      if (ref?.type === 'name' && ref.kind === 'organisation') registry.fromName(ref, paragraph);
    } else if (i > 0 && tokens[i - 1].kind === 'word' && !thingRelativeAt(tokens, end)) {
      // A full name in passing ("... met Jane Doe on ...") lets a later "Doe said" find her whole name, with the
      // role written before it ("... a fireside chat with Acme founder and co-CEO Jane Doe"). A person's name
      // stops at "of" ("ranger Jane Doe of Kestrel Bay").
      const nameEnd = personNameEnd(tokens, i, end);
      if (nameEnd - i > 3 || possessiveBefore(tokens, i, nameEnd - 1)) { i = end - 1; continue; }
      // "investment banking giant Goldman Sachs", "carmaker General Motors", "newspaper Dagens Nyheter": a label
      // before the name says it is a body.
      if (isBodyLabel(tokens.slice(Math.max(0, i - 2), i))) {
        const named = classifyPhrase(text, tokens.slice(i, end));
        // ("school board President Jane Doe": a titled person after the body's word is a person.)
        if (named?.type === 'name' && !named.title && !named.honorific) {
          // The label, with the words that qualify it, is what the body is ("newspaper", "banking giant").
          const labelled = classifyPhrase(text, tokens.slice(labelStart(tokens, i), end));
          const withLabel = labelled?.type === 'name' && labelled.kind === 'organisation' && labelled.title ? labelled : null;
          registry.fromName(withLabel ?? { ...named, kind: 'organisation' }, paragraph);
        }
        i = end - 1;
        continue;
      }
      const ref = classifyPhrase(text, tokens.slice(roleBefore(tokens, i), nameEnd));
      if (ref?.type === 'name' && ref.kind === 'person' && ref.words.length >= 2) registry.fromName(ref, paragraph);
    }
    i = end - 1;
  }
}

/** Where the lower-case words before a capitalised name at `at` start: a label and up to two words qualifying it. */
function labelStart(tokens: readonly Token[], at: number): number {
  let start = at;
  while (start > 0 && at - start < 3 && tokens[start - 1].kind === 'word' && !tokens[start - 1].capital && !STOP_BACK.has(tokens[start - 1].lower)
    && !DETERMINERS.has(tokens[start - 1].lower)) start--;
  return start;
}

/** A "which" opens a relative clause at `at` ("Acme Widgets, which makes ..."): what it follows is no person. */
function thingRelativeAt(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at]?.text === ',' ? tokens[at + 1] : tokens[at];
  return next?.kind === 'word' && next.lower === 'which';
}

/**
 * Where a person's name in the capitalised run tokens[from, to) ends: before an "of" that joins a place to it, or a
 * day of the week ("said coach Tom Hill Tuesday").
 */
function personNameEnd(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 2; k < to; k++) if (tokens[k].lower === 'of' || WEEKDAYS.includes(tokens[k].lower)) return k;
  return to;
}

/** Some token of tokens[from, to) is written possessive. */
function possessiveBefore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].possessive) return true;
  return false;
}

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
  // "She also accused Acme of …": a role noun that is also a past tense, after its subject, is the verb.
  if (last.lower.endsWith('ed') && nameAt >= 2 && isSubjectBeforeVerb(tokens[nameAt - 2])) return nameAt;
  let start = nameAt - 1;
  while (start > 0 && nameAt - start < ROLE_BEFORE_WORDS) {
    const w = tokens[start - 1];
    if (w.kind !== 'word' || w.possessive) break;
    const joinsRoles = w.lower === 'and' && start >= 2 && tokens[start - 2].kind === 'word' && isRoleNoun(roleWord(tokens[start - 2].lower));
    if (!(w.capital ? !FUNCTION_WORDS.has(w.lower) : joinsRoles || isRoleModifier(w.lower) || ORGANISATION_WORDS.has(w.lower)
      || namesBodysField(tokens, start - 1))) break;
    start--;
  }
  return start;
}

/** A subject pronoun or an adverb before a verb ("she accused", "also accused", "publicly accused"). */
function isSubjectBeforeVerb(t: Token): boolean {
  return t.kind === 'word' && (SUBJECT_PRONOUNS.has(t.lower) || (!t.capital && (t.lower.endsWith('ly') || t.lower === 'also' || t.lower === 'then')));
}

/**
 * "conservation" in "Kestrel conservation department ranger Jane Doe": a noun of an activity before a lower-case
 * body word ("department", "board") says what the body does, when the phrase opens the sentence or follows a place,
 * a determiner or a possessive ("Investors met bank chairman Sam Cole": "met" is no field).
 */
function namesBodysField(tokens: readonly Token[], at: number): boolean {
  const w = tokens[at];
  const body = tokens[at + 1];
  if (!body || body.capital || !ORGANISATION_WORDS.has(body.lower) || !FIELD_NOUN.test(w.text)) return false;
  const before = tokens[at - 1];
  return !before || before.kind !== 'word' || Boolean(before.possessive) || DETERMINERS.has(before.lower)
    || (Boolean(before.capital) && !FUNCTION_WORDS.has(before.lower));
}
/** A lower-case noun of an activity, known by its ending ("conservation", "enforcement", "security"), never a verb ("met"). */
const FIELD_NOUN = /^\p{Ll}{2,}(?:tion|sion|ment|ance|ence|ity|ics|ure)$/u;

/**
 * A plural role written before two full names joined by "and" ("songwriters Jane Doe and Ann Roe", "British actors
 * X and Y") is each one's role, in the singular. A singular role there may be the first one's alone: left out.
 */
function registerSharedRoles(text: string, tokens: readonly Token[], registry: Registry, paragraph: number): void {
  for (let i = 0; i + 5 < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.possessive) continue;
    // The two names first: few words have one after them, and every word is a candidate plural.
    const firstEnd = fullNameEnd(tokens, i + 1);
    if (firstEnd < 0 || tokens[firstEnd]?.lower !== 'and') continue;
    const one = singularRole(t.lower);
    if (!one) continue;
    const secondEnd = fullNameEnd(tokens, firstEnd + 1);
    if (secondEnd < 0) continue;
    let start = i;
    while (start > 0 && i - start < ROLE_BEFORE_WORDS - 1) {
      const w = tokens[start - 1];
      if (w.kind !== 'word' || w.possessive || DETERMINERS.has(w.lower) || !(w.capital ? !FUNCTION_WORDS.has(w.lower) : isRoleModifier(w.lower))) break;
      start--;
    }
    const role = start < i ? `${text.slice(tokens[start].start, tokens[i - 1].end)} ${one}` : one;
    for (const [from, to] of [[i + 1, firstEnd], [firstEnd + 1, secondEnd]]) {
      const ref = classifyPhrase(text, tokens.slice(from, to));
      if (isPersonName(ref) && ref.words.length >= 2) registry.giveRole(registry.fromName(ref, paragraph), role, null);
    }
    i = secondEnd - 1;
  }
}

/** The singular of a plural role noun ("songwriters" → "songwriter", "co-writers" → "co-writer"), else null. */
function singularRole(lower: string): string | null {
  const one = lower.endsWith('ies') ? lower.slice(0, -3) + 'y' : lower.endsWith('men') ? lower.slice(0, -3) + 'man'
    : lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
  return one !== lower && isRoleNoun(roleWord(one)) ? one : null;
}

/** Where a full name of two or three capitalised words starting at `from` ends (a possessive closes it), or -1. */
function fullNameEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < tokens.length && end - from < 3 && tokens[end].kind === 'word' && tokens[end].capital && !FUNCTION_WORDS.has(tokens[end].lower)) {
    end++;
    if (tokens[end - 1].possessive) break;
  }
  const closed = end >= tokens.length || tokens[end].kind !== 'word' || !tokens[end].capital;
  return end - from >= 2 && closed ? end : -1;
}

/** A role noun under a prefix ("co-ceo" → "ceo", "ex-captain" → "captain"). */
function roleWord(lower: string): string {
  if (!lower.includes('-')) return lower;
  const m = /^(?:co|ex|vice|deputy)-(.+)$/.exec(lower);
  return m && !isRoleNoun(lower) ? m[1] : lower;
}

/** A lower-case word that qualifies a role: a listed modifier, a role noun, or an adjective by its ending. */
function isRoleModifier(lower: string): boolean {
  return ROLE_MODIFIERS.has(lower) || isRoleNoun(roleWord(lower)) || (lower.length > 5 && ADJECTIVE_ENDING.test(lower));
}
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'but', 'and', 'or', 'so', 'yet', 'then', 'when', 'while', 'as', 'if', 'in', 'on', 'at', 'of', 'for', 'by', 'with']);
const PORTFOLIO_JOINS = new Set(['of', 'for']);

/** A word without one final apostrophe ("workers’" → "workers"). */
function withoutFinalMark(lower: string): string {
  const last = lower.charCodeAt(lower.length - 1);
  return last === 39 || last === 0x2019 ? lower.slice(0, -1) : lower;
}
