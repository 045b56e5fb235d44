// A short aside in brackets right after a name ("Rep. Jane Doe (D-Ohio), the ranking member, said", "Jane Doe
// (pictured) said") is no part of the sentence's phrases: read with it, the name's phrase ends at the bracket and the
// aside itself looks like the speaker. Every reader of a sentence's tokens cuts phrases at brackets, so the aside is
// dropped from the token list once, here.
import type { Token } from './tokens';

/** How many words an aside after a name may hold ("D-N.Y.", "not her real name"). */
const MAX_ASIDE_WORDS = 4;

/** The tokens without the bracketed asides that follow a capitalised word. */
export function withoutNameAsides(tokens: Token[]): Token[] {
  let kept: Token[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const close = k > 0 ? asideEnd(tokens, k) : -1;
    if (close < 0) {
      kept?.push(tokens[k]);
      continue;
    }
    kept ??= tokens.slice(0, k);
    k = close;
  }
  return kept ?? tokens;
}

/** Where the aside opening at `open` closes, or -1 when there is none: words only, after a name. */
function asideEnd(tokens: readonly Token[], open: number): number {
  if (tokens[open].text !== '(') return -1;
  const before = tokens[open - 1];
  if (before.kind !== 'word' || !before.capital || before.possessive) return -1;
  for (let k = open + 1; k < tokens.length && k <= open + MAX_ASIDE_WORDS + 1; k++) {
    if (tokens[k].text === ')') return k > open + 1 ? k : -1;
    if (tokens[k].kind !== 'word') return -1;
  }
  return -1;
}
