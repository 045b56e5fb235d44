// A sentence's tokens as the phrase readers take them: words, marks and punctuation (tokens.ts), without the
// bracketed asides after names (asides.ts), the commas inside firms' names (name-commas.ts) and the commas of a
// short list closing an aside before "said" (list-commas.ts). Attribution and nested quotations read the same.
import { withoutNameAsides } from './asides';
import { withoutListCommas } from './list-commas';
import { withoutNameCommas } from './name-commas';
import { tokenize, type MaskedSpan, type Token } from './tokens';

export function phraseTokens(text: string, from: number, to: number, masked: readonly MaskedSpan[]): Token[] {
  return withoutListCommas(withoutNameCommas(text, withoutNameAsides(tokenize(text, from, to, masked))));
}
