// A role said by a relative clause after a name: "Jane Doe, who owns a bakery in Leeds," → "owner of a bakery in
// Leeds"; "said Doe, who represents the tenants" → "representative of the tenants".
import { ROLE_VERBS } from '../../data/role-verbs';
import { classifyPhrase } from './mentions';
import type { Registry } from './registry';
import type { Token } from './tokens';
import { speechVerbOfLower } from './verbs';

/** How many words of the verb's object make the role at most. */
const MAX_OBJECT_WORDS = 10;

/**
 * tokens[aFrom, aTo) ends with a person's name and tokens[bFrom, bTo) is "who <role verb> <object>": the person gets
 * the role. The object stops at a second verb joined by "and" ("who owns a shop and headed out").
 */
export function registerRelativeRole(
  text: string, tokens: readonly Token[], registry: Registry, paragraph: number,
  aFrom: number, aTo: number, bFrom: number, bTo: number,
): void {
  if (bTo - bFrom < 3 || tokens[bFrom].lower !== 'who') return;
  const noun = ROLE_VERBS.get(tokens[bFrom + 1].lower);
  if (!noun) return;
  let end = bFrom + 2;
  while (end < bTo && end - bFrom - 2 < MAX_OBJECT_WORDS && !(tokens[end].lower === 'and' && isPastVerb(tokens[end + 1]))) end++;
  if (end - bFrom - 2 >= MAX_OBJECT_WORDS && end < bTo) return;
  const name = nameAtEnd(text, tokens, aFrom, aTo);
  if (!name) return;
  // A word before the sentence's full stop may carry it ("who represents Noel.").
  const object = text.slice(tokens[bFrom + 2].start, tokens[end - 1].end).replace(/\.$/, '');
  registry.giveRole(registry.fromName(name, paragraph), `${noun} of ${object}`, null);
}

/** A lower-case word in the past tense ("headed", "said"): the start of a second predicate. */
function isPastVerb(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && !t.capital && (t.lower.endsWith('ed') || t.lower === 'said' || t.lower === 'told');
}

/** The person's name the segment ends with: the whole segment, or the capitalised words after its last lower-case word. */
function nameAtEnd(text: string, tokens: readonly Token[], from: number, to: number) {
  let start = to;
  while (start > from && tokens[start - 1].kind === 'word' && tokens[start - 1].capital) start--;
  // A word before the name may be a role written there ("council member Jane Doe, who represents ..."), which says
  // more than the clause: only a name opening its phrase or right after a speech verb is read.
  const before = tokens[start - 1];
  if (start === to || (start > from && before.kind === 'word' && !speechVerbOfLower(before.lower))) return null;
  const ref = classifyPhrase(text, tokens.slice(start, to));
  return ref?.type === 'name' && ref.kind === 'person' ? ref : null;
}
