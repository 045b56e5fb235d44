// The commas of a short list closing an aside before a speech verb ("Doe, one of ten people who set what
// borrowers pay on mortgages, loans and other credit, said") are not the commas of an apposition. The phrase
// readers cut at commas, so the list's comma is dropped from the token list once, here: the aside then reads
// as one phrase after the name, and "said" finds its subject.
import type { Token } from './tokens';
import { speechVerbOfLower } from './verbs';

/** How many words the list's last item ("loans and other credit products") may hold. */
const MAX_LAST_ITEM = 6;
/** How many commas a list may hold ("seed, feed, fuel and other supplies" holds two). */
const MAX_LIST_COMMAS = 3;

/** The tokens without the commas inside a lower-case list that ends right before ", said". */
export function withoutListCommas(tokens: Token[]): Token[] {
  let drop: Set<number> | null = null;
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k].text !== ',' || tokens[k + 1].kind !== 'word' || !speechVerbOfLower(tokens[k + 1].lower)) continue;
    const commas = listCommasBefore(tokens, k);
    if (!commas) continue;
    drop ??= new Set();
    for (const c of commas) drop.add(c);
  }
  return drop ? tokens.filter((_, k) => !drop!.has(k)) : tokens;
}

/**
 * The commas inside the list that ends at the comma `end`, or null: its last item is a few lower-case words
 * joined by "and"/"or" ("loans and other credit products"); each earlier item is one lower-case word after a
 * lower-case word ("mortgages, loans …"), so a comma after a name or a phrase with an article is left alone.
 */
function listCommasBefore(tokens: readonly Token[], end: number): number[] | null {
  let k = end - 1;
  let joined = false;
  while (k >= 0 && isPlainWord(tokens[k]) && end - k <= MAX_LAST_ITEM) {
    if ((tokens[k].lower === 'and' || tokens[k].lower === 'or') && k < end - 1) joined = true;
    k--;
  }
  if (!joined || k < 1 || tokens[k].text !== ',' || (tokens[k + 1].lower === 'and' || tokens[k + 1].lower === 'or')) return null;
  const commas = [k];
  // An earlier item counts only when it too is one plain word between commas ("seed, feed, fuel and …").
  for (let c = k; commas.length < MAX_LIST_COMMAS && tokens[c - 2]?.text === ',' && isPlainWord(tokens[c - 1]) && isPlainWord(tokens[c - 3]); c -= 2) {
    commas.push(c - 2);
  }
  return isPlainWord(tokens[commas[commas.length - 1] - 1]) ? commas : null;
}

function isPlainWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.capital;
}
