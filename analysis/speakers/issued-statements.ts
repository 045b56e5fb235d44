// "The club issued a statement …": the sentence's subject wrote the statement a later "the statement said",
// "the statement continued" stands for.
import { STATEMENT_ISSUING_VERBS, STATEMENT_NOUNS } from '../../data/speech-verbs';
import { STATEMENT_SUBJECTS } from '../../data/titles';
import type { Token } from './tokens';

const ISSUING = new Set<string>(STATEMENT_ISSUING_VERBS);
const STATEMENTS = new Set<string>([...STATEMENT_SUBJECTS, ...STATEMENT_NOUNS.filter((n) => !n.includes(' '))]);

/**
 * Where the sentence's own verb puts out a statement ("issued a statement", "put out a joint letter"): the verb's
 * token index and the index just past the statement noun; null when it does not.
 */
export function issuedStatement(tokens: readonly Token[]): { verbAt: number; to: number } | null {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    // Only the narrative's verb counts: after quoted words it would be some other clause's.
    if (t.kind === 'quote') return null;
    if (t.kind !== 'word' || !ISSUING.has(t.lower)) continue;
    // "issued a statement", "put out a brief statement", "released a joint letter"
    for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
      if (tokens[k].kind !== 'word') break;
      if (STATEMENTS.has(tokens[k].lower)) return { verbAt: i, to: k + 1 };
    }
    return null;
  }
  return null;
}
