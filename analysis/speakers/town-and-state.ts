// "Jane Doe, a Rome, Ga., lawyer, said": an apposition that names a town and its state before its noun. The commas
// around the state would cut it into three segments; both readers of appositions (the registry's, forwards, and the
// speech event's subject, backwards) ask here whether the segments are one.
import { INDEFINITE_ARTICLES } from './mentions';
import { capitalRunEnd, type Token } from './tokens';

const MAX_TOWN_WORDS = 3;
const MAX_STATE_WORDS = 2;

/** Where the lower-case noun starts in "a Town, State, noun" opening at `article`, or -1 when no such phrase does. */
export function nounAfterTownAndState(tokens: readonly Token[], article: number): number {
  if (!INDEFINITE_ARTICLES.has(tokens[article]?.lower ?? '')) return -1;
  const townEnd = capitalisedRunEnd(tokens, article + 1, MAX_TOWN_WORDS);
  if (townEnd < 0 || tokens[townEnd]?.text !== ',') return -1;
  const stateEnd = capitalisedRunEnd(tokens, townEnd + 1, MAX_STATE_WORDS);
  if (stateEnd < 0 || tokens[stateEnd]?.text !== ',') return -1;
  const noun = tokens[stateEnd + 1];
  return noun?.kind === 'word' && !noun.capital ? stateEnd + 1 : -1;
}

/** The end of a run of one to `max` capitalised words starting at `from`, or -1. */
function capitalisedRunEnd(tokens: readonly Token[], from: number, max: number): number {
  const end = capitalRunEnd(tokens, from);
  return end > from && end - from <= max ? end : -1;
}
