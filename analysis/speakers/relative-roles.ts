// A role said by a relative clause after a name: "Jane Doe, who owns a bakery in Leeds," → "owner of a bakery in
// Leeds"; "said Doe, who represents the tenants" → "representative of the tenants"; and after a description set
// beside the name: "Jane Doe, a cheerful, tireless figure who heads the lab," → "head of the lab".
import { ROLE_VERBS } from '../../data/role-verbs';
import { ARTICLES, classifyPhrase } from './mentions';
import type { Registry } from './registry';
import type { Token } from './tokens';
import { speechVerbOfLower } from './verbs';

/** How many words of the verb's object make the role at most. */
const MAX_OBJECT_WORDS = 10;
/** How many words a description between the name and "who" may have ("an exuberantly bearded, jovial figure"). */
const MAX_DESCRIPTION_WORDS = 6;

/**
 * tokens[aFrom, aTo) ends with a person's name and tokens[bFrom, bTo) is "who <role verb> <object>": the person gets
 * the role. The object stops at a second verb joined by "and" ("who owns a shop and headed out").
 */
export function registerRelativeRole(
  text: string, tokens: readonly Token[], registry: Registry, paragraph: number,
  aFrom: number, aTo: number, bFrom: number, bTo: number,
): void {
  if (bTo - bFrom < 3 || tokens[bFrom].lower !== 'who') return;
  const role = roleOfClause(text, tokens, bFrom, bTo);
  if (!role) return;
  const name = nameAtEnd(text, tokens, aFrom, aTo);
  if (name) registry.giveRole(registry.fromName(name, paragraph), role, null);
}

/**
 * "Jane Doe, an exuberantly bearded, jovial figure who heads the lab": a relative clause after a description set
 * off beside the name (an article right after the comma, then words with no preposition, verb or name, commas
 * allowed) is said of the person, as one right after the name is.
 */
export function registerRoleAfterDescription(text: string, tokens: readonly Token[], registry: Registry, paragraph: number): void {
  for (let who = 3; who + 2 < tokens.length; who++) {
    if (tokens[who].lower !== 'who' || !ROLE_VERBS.has(tokens[who + 1].lower)) continue;
    const noun = tokens[who - 1];
    if (noun.kind !== 'word' || noun.capital || noun.possessive) continue;
    let k = who - 1;
    let words = 0;
    while (k > 0 && words < MAX_DESCRIPTION_WORDS) {
      const t = tokens[k];
      if (t.kind !== 'word' ? t.text !== ',' : (t.capital && !HYPHENED_MODIFIER.test(t.text)) || t.possessive || NOT_IN_DESCRIPTION.has(t.lower)) break;
      if (t.kind === 'word') words++;
      if (ARTICLES.has(t.lower)) break;
      k--;
    }
    if (!ARTICLES.has(tokens[k].lower) || tokens[k - 1]?.text !== ',') continue;
    let to = who + 2;
    while (to < tokens.length && tokens[to].kind === 'word') to++;
    const role = roleOfClause(text, tokens, who, to);
    const name = role && nameAtEnd(text, tokens, 0, k - 1);
    if (name) registry.giveRole(registry.fromName(name, paragraph), role, null);
  }
}
/** A capitalised word that only modifies a noun ("Oscar-winning", "Dickens-like"). */
const HYPHENED_MODIFIER = /-\p{Ll}+$/u;
/** Words that show the phrase before "who" is no description of the person named before it. */
const NOT_IN_DESCRIPTION = new Set([
  'of', 'at', 'for', 'from', 'in', 'with', 'on', 'to', 'by', 'and', 'or', 'but', 'that', 'which', 'who', 'is', 'was',
  'are', 'were', 'has', 'have', 'had', 'his', 'her', 'their', 'its',
]);

/** "who <role verb> <object>" from tokens[who] up to `to`: the role ("head of the lab"), or null. */
function roleOfClause(text: string, tokens: readonly Token[], who: number, to: number): string | null {
  const noun = ROLE_VERBS.get(tokens[who + 1].lower);
  if (!noun || to - who < 3) return null;
  let end = who + 2;
  while (end < to && end - who - 2 < MAX_OBJECT_WORDS && !(tokens[end].lower === 'and' && isPastVerb(tokens[end + 1]))) end++;
  if (end - who - 2 >= MAX_OBJECT_WORDS && end < to) return null;
  // A word before the sentence's full stop may carry it ("who represents Noel.").
  const object = text.slice(tokens[who + 2].start, tokens[end - 1].end).replace(/\.$/, '');
  return `${noun} of ${object}`;
}

/** A lower-case word in the past tense ("headed", "said"): the start of a second predicate. */
function isPastVerb(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && !t.capital && (t.lower.endsWith('ed') || t.lower === 'said' || t.lower === 'told');
}

/** Words after which a name opens a phrase of its own ("came from Jane Doe, who …"), not a role's ("member"). */
const BEFORE_A_NAME = new Set(['from', 'with', 'by', 'to', 'for', 'of', 'about', 'and', 'like']);

/** The person's name the segment ends with: the whole segment, or the capitalised words after its last lower-case word. */
function nameAtEnd(text: string, tokens: readonly Token[], from: number, to: number) {
  let start = to;
  while (start > from && tokens[start - 1].kind === 'word' && tokens[start - 1].capital) start--;
  // A word before the name may be a role written there ("council member Jane Doe, who represents ..."), which says
  // more than the clause: only a name opening its phrase, or right after a speech verb or a preposition, is read.
  const before = tokens[start - 1];
  if (start === to || (start > from && before.kind === 'word' && !speechVerbOfLower(before.lower) && !BEFORE_A_NAME.has(before.lower))) return null;
  const ref = classifyPhrase(text, tokens.slice(start, to));
  return ref?.type === 'name' && ref.kind === 'person' ? ref : null;
}
