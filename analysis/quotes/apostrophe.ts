// The apostrophe test: a single mark that stands for dropped letters or a possessive opens or closes no quote.
import { ELIDED_WORDS } from '../../data/quote-marks';
import { isClosingContextAfter, isDigit, isLetter, isOpeningContextBefore, isWordChar } from './char-class';

const SINGLE_MARKS = new Set(["'", '\u2018', '\u2019', '\u201B']);

/**
 * What a single mark at `i` is, from its neighbours alone:
 * - `apostrophe`: inside a word ("don't", "the union's"), before a year ("'90s"), before an elided word
 *   ("rock 'n' roll", "'em").
 * - `maybe-open`: a right single mark at the start of a word, which is an apostrophe ("’Mamello", a name)
 *   unless sloppy typesetting used it to open a quote ("’We lost,’ she said"); the pairing decides.
 * - `maybe-close`: after a plural "s" ("the doctors' pay"), which is a possessive unless it ends a quote
 *   ("‘we back the doctors’"); the pairing decides from what follows.
 * - `mark`: a quotation mark.
 */
export function apostropheTest(text: string, i: number): 'apostrophe' | 'maybe-open' | 'maybe-close' | 'mark' {
  const before = text[i - 1];
  const after = text[i + 1];
  if (isWordChar(before) && isWordChar(after)) return 'apostrophe';
  if (isRockNRoll(text, i)) return 'apostrophe';
  if (isAbbreviationPossessive(text, i)) return 'apostrophe';
  if (isOpeningContextBefore(before) && isWordChar(after)) {
    if (/^\d\d(?!\d)/.test(text.slice(i + 1, i + 4))) return 'apostrophe'; // '90s, ’05
    if (ELIDED_WORDS.has(wordAfter(text, i + 1).toLowerCase())) return 'apostrophe';
    if (text[i] === '\u2019') return 'maybe-open';
  }
  if ((before === 's' || before === 'S') && isLetter(text[i - 2]) && !isLetter(after) && text[i] !== '\u2018') {
    return 'maybe-close';
  }
  return 'mark';
}

/** "the U.S.'s arsenal", "Acme Inc.'s board": a possessive 's after an abbreviation's full stop. */
function isAbbreviationPossessive(text: string, i: number): boolean {
  return text[i - 1] === '.' && isLetter(text[i - 2]) && (text[i + 1] === 's' || text[i + 1] === 'S') && !isWordChar(text[i + 2]);
}

/** "rock 'n' roll": the marks on both sides of a lone "n" are both apostrophes. */
function isRockNRoll(text: string, i: number): boolean {
  const opening = isN(text[i + 1]) && SINGLE_MARKS.has(text[i + 2]) && isOpeningContextBefore(text[i - 1]);
  const closing = isN(text[i - 1]) && SINGLE_MARKS.has(text[i - 2]) && isClosingContextAfter(text[i + 1]);
  return opening || closing;
}

function isN(ch: string | undefined): boolean {
  return ch === 'n' || ch === 'N';
}

/** The letters from `from` on, at most a short word's worth (the elided words are all short). */
function wordAfter(text: string, from: number): string {
  let end = from;
  while (end < text.length && end - from < 8 && isLetter(text[end])) end++;
  if (isLetter(text[end]) || isDigit(text[end])) return ''; // longer than any elided word
  return text.slice(from, end);
}
