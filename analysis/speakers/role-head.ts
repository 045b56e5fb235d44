// The head word of a role: what the person is, before any "of"/"at"/"for"/"in"/"with" phrase that says where or
// whose ("health secretary" → "secretary", "a Russia expert at the institute" → "expert", "an expert on the
// conflict" → "expert", "Sen." → "senator").
import { singular, TITLE_ABBREVIATIONS } from '../../data/titles';

const PHRASE_STARTS = new Set(['of', 'at', 'for', 'in', 'with', 'on', 'to', 'from']);

/** The role's head word, lower case, abbreviated titles spelled out. */
export function roleHead(role: string): string {
  const lower = role.toLowerCase();
  const words = (lower.includes('.') ? lower.replace(/\./g, '') : lower).split(/\s+/);
  // "one of the organisers" is an organiser.
  if (words[0] === 'one' && words[1] === 'of' && words.length > 2) return singular(roleHead(words.slice(2).join(' ')));
  const cut = words.findIndex((w) => PHRASE_STARTS.has(w));
  const last = words[(cut > 0 ? cut : words.length) - 1];
  return TITLE_ABBREVIATIONS.get(last) ?? last;
}
