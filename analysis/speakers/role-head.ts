// The head word of a role: what the person is, before any "of"/"at"/"for"/"in"/"with" phrase that says where or
// whose ("health secretary" → "secretary", "a Russia expert at the institute" → "expert", "an expert on the
// conflict" → "expert", "Sen." → "senator").
import { TITLE_ABBREVIATIONS } from '../../data/titles';

const PHRASE_STARTS = new Set(['of', 'at', 'for', 'in', 'with', 'on', 'to', 'from']);

/** The role's head word, lower case, abbreviated titles spelled out. */
export function roleHead(role: string): string {
  const lower = role.toLowerCase();
  const words = (lower.includes('.') ? lower.replace(/\./g, '') : lower).split(/\s+/);
  const cut = words.findIndex((w) => PHRASE_STARTS.has(w));
  const last = words[(cut > 0 ? cut : words.length) - 1];
  return TITLE_ABBREVIATIONS.get(last) ?? last;
}
