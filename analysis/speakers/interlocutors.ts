// Someone the writer met and quotes without a name: "WIRED spoke to one mother, who knew ...", "We interviewed a
// voter outside the hall." The "she said" that follows is theirs, not the last named speaker's: they come into
// focus. Only when the writer (or their outlet) did the meeting: after "Doe met a farmer", "he said" is still Doe.
import { CONVERSATION_VERBS_PAST } from '../../data/speech-verbs';
import { classifyPhrase, type DescriptionRef } from './mentions';
import type { Token } from './tokens';

const CONVERSATION = new Set<string>(CONVERSATION_VERBS_PAST);
const LINKS = new Set(['to', 'with', 'from']);
const INDEFINITE = new Set(['one', 'a', 'an', 'another']);
const WRITER = new Set(['i', 'we']);
/** Words that end the description of the person met ("one mother, who", "a voter outside the hall who"). */
const PHRASE_END = new Set(['who', 'whose', 'whom', 'that', 'which', 'and', 'but', 'about', 'after', 'before', 'on', 'last', 'this']);
const MAX_WORDS = 6;
/** Adverbs between the writer and the verb ("We also spoke to ..."). */
const ADVERBS = new Set(['also', 'later', 'then', 'recently', 'separately', 'first', 'once', 'have', 'has', 'had']);

/** The unnamed person the writer spoke to in this sentence, as a description, or null. */
export function writerInterlocutor(text: string, tokens: readonly Token[]): DescriptionRef | null {
  for (let v = 1; v < tokens.length; v++) {
    const verb = tokens[v];
    if (verb.kind !== 'word' || verb.capital || !CONVERSATION.has(verb.lower)) continue;
    if (!byWriter(text, tokens, v)) continue;
    let k = v + 1;
    if (LINKS.has(tokens[k]?.lower ?? '')) k++;
    if (!INDEFINITE.has(tokens[k]?.lower ?? '')) continue;
    const words: Token[] = [];
    while (k < tokens.length && tokens[k].kind === 'word' && !PHRASE_END.has(tokens[k].lower) && words.length <= MAX_WORDS) words.push(tokens[k++]);
    const ref = classifyPhrase(text, words);
    if (ref?.type === 'description' && ref.kind === 'person' && !ref.definite) return ref;
  }
  return null;
}

/** The verb at `v` has the writer for its subject: "I", "we", or an outlet's name ("WIRED spoke to ..."). */
function byWriter(text: string, tokens: readonly Token[], v: number): boolean {
  let end = v;
  while (end > 0 && ADVERBS.has(tokens[end - 1].lower)) end--;
  let from = end;
  while (from > 0 && tokens[from - 1].kind === 'word') from--;
  const subject = tokens.slice(from, end);
  if (subject.length === 1 && WRITER.has(subject[0].lower)) return true;
  const ref = subject.length ? classifyPhrase(text, subject) : null;
  return ref?.type === 'name' && ref.kind === 'organisation';
}
