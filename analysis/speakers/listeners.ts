// The one spoken to answers next: after "Judge X told the defendant to stand", "He replied, “…”" is the
// defendant's, and after "Defense lawyer A asked Dr B whether …", "“…,” she replied" is B's. Narrow on purpose: only
// a verb of answering with a pronoun for its subject, right after (or in the same sentence as) the telling or
// asking, and only when the pronoun can mean the one spoken to. "X asked Y …. “…,” X said" stays X's, and so does
// "“…,” he said": saying is no answer.
import { LISTENER_VERBS } from '../../data/speech-verbs';
import { classifyPhrase, type DescriptionRef, type NameRef, type Ref } from './mentions';
import { pronounFits, type Entity, type Registry } from './registry';
import { resolveRef } from './resolve';
import type { Token } from './tokens';
import type { SpeechEvent } from './events';

/** Verbs whose object is the one spoken to ("told the defendant", "asked Dr Lee", "pressed"). */
const ADDRESSING = new Set<string>([...LISTENER_VERBS, 'ask', 'question', 'challenge']);
/** Verbs of answering: their subject answers whoever was just spoken to. */
const ANSWERING = new Set(['reply', 'respond', 'answer', 'retort']);
/** Words that end the phrase naming the one spoken to ("told the defendant | to stand", "asked Lee | whether"). */
const PHRASE_END = new Set([
  'to', 'that', 'whether', 'if', 'about', 'what', 'why', 'how', 'when', 'where', 'who', 'which', 'of', 'for', 'on',
  'in', 'at', 'during', 'after', 'before', 'not', 'and', 'but', 'or', 'over', 'with', 'by', 'he', 'she', 'they', 'it',
  'we', 'i', 'you', 'this', 'last', 'again', 'repeatedly',
]);
/** Words the phrase may hold ("the presiding judge's clerk", "Dr Ann Lee"). */
const MAX_WORDS = 6;

/** The one an event's verb addresses: a person named or described right after it. */
export interface Listener {
  ref: NameRef | DescriptionRef;
  paragraph: number;
}

/** The person the event's verb speaks to ("told the defendant to …"), or null. */
export function listenerOf(text: string, tokens: readonly Token[], e: SpeechEvent, paragraph: number): Listener | null {
  if (!e.verb || !ADDRESSING.has(e.verb.base) || e.verb.participle || e.from > e.verbAt) return null;
  const words: Token[] = [];
  for (let k = e.verbAt + e.verb.words; k < tokens.length && words.length <= MAX_WORDS; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || PHRASE_END.has(t.lower)) break;
    words.push(t);
  }
  if (!words.length || words.length > MAX_WORDS) return null;
  const ref: Ref | null = classifyPhrase(text, words);
  if (ref?.type === 'name' && ref.kind === 'person') return { ref, paragraph };
  if (ref?.type === 'description' && ref.kind === 'person') return { ref, paragraph };
  return null;
}

/**
 * Whether the event answers with a pronoun for its subject, the pronoun opening its clause ("He replied, …",
 * "“…,” she replied", "…, and she answered: …"). After words of its own ("Asked about the emails, he replied",
 * "When the reporter pressed, she replied") the sentence has said who is answering whom.
 */
export function answersWithPronoun(tokens: readonly Token[], e: SpeechEvent): boolean {
  if (!e.verb || !ANSWERING.has(e.verb.base) || e.shared || e.subject?.type !== 'pronoun') return false;
  // The subject phrase may open with its coordinator ("and she").
  const first = tokens[e.from];
  if (first?.lower === 'and' || first?.lower === 'but') return e.from === 0 || tokens[e.from - 1].text === ',';
  for (let k = 0; k < e.from; k++) if (tokens[k].kind === 'word') return false;
  return true;
}

/** The one spoken to, as the speaker of an answer whose pronoun can mean them; else null. */
export function answerer(registry: Registry, listener: Listener, e: SpeechEvent): Entity | null {
  if (e.subject?.type !== 'pronoun') return null;
  const entity = resolveRef(registry, listener.ref, null, listener.paragraph);
  if (!entity || !pronounFits(entity, e.subject)) return null;
  entity.gender ??= e.subject.target === 'male' ? 'm' : 'f';
  return entity;
}
