// The subject of a clause someone else reports: in "Prosecutors said Vasek told an officer ..." the one who told
// is Vasek, and in "A clerk who took the call recalled that he said ..." the one who said is "he", not the clerk.
import { LISTENER_VERBS, STATEMENT_VERB_FORMS } from '../../data/speech-verbs';
import type { Token } from './tokens';
import { speechVerbOfLower } from './verbs';

const LISTENER_VERB_SET = new Set<string>(LISTENER_VERBS);
/** Verbs by which a document or a finding opens a clause ("papers show", "records revealed"). */
const CLAUSE_SHOWING_VERBS: ReadonlySet<string> = new Set([...STATEMENT_VERB_FORMS, 'reveal', 'reveals', 'revealed']);

/** Words before a verb form that make it a noun or an infinitive, never a clause's verb ("the claims", "to say"). */
const NOT_BEFORE_A_VERB = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'to', 'who', 'which', 'that', 'whose']);

/**
 * Where the reported clause starts inside the words before a verb: just past the last reporting (or thinking) verb
 * with its own subject before it, and past a "that" after it. -1 when the words hold no such verb. The verb that
 * ends the words is the speaker's own, so it is not looked at.
 */
export function reportedClauseStart(words: readonly Token[]): number {
  for (let k = words.length - 2; k >= 1; k--) {
    const w = words[k];
    if (w.capital || NOT_BEFORE_A_VERB.has(words[k - 1].lower) || words[k - 1].possessive) continue;
    // "Papers show Jane Doe warned …", "Records reveal that Doe said …": what a document shows is a clause too.
    if (CLAUSE_SHOWING_VERBS.has(w.lower)) {
      const start = words[k + 1]?.lower === 'that' ? k + 2 : k + 1;
      return start < words.length ? start : -1;
    }
    const verb = speechVerbOfLower(w.lower, words[k + 1]?.lower);
    if (!verb || verb.participle || !(verb.reporting || verb.thought)) continue;
    let start = k + verb.words;
    // "told the court that Brandt said": the listener comes first, the clause after "that"; with no "that"
    // ("told police Brandt said") where the listener ends cannot be read, so nothing is cut.
    if (LISTENER_VERB_SET.has(verb.base)) {
      const that = words.findIndex((t, i) => i >= start && t.lower === 'that');
      if (that < 0) return -1;
      start = that;
    }
    if (words[start]?.lower === 'that') start++;
    return start < words.length ? start : -1;
  }
  return -1;
}
