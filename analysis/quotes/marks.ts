// Mark scanning: every quotation mark in a paragraph with the side its context gives it.
import { QUOTE_MARKS, type QuoteFamily } from '../../data/quote-marks';
import { apostropheTest } from './apostrophe';
import { isClosingContextAfter, isClosingPunctuation, isOneOf, isOpeningContextBefore, isSpace } from './char-class';

/**
 * `open`/`close` when the context (or, failing that, the glyph) is sure; `either` for a straight mark in an
 * unclear spot (`said,"We`); `maybe-close` for a plural possessive that may end a single-quoted quote;
 * `maybe-open` for a right single mark at a word start, mostly an apostrophe.
 */
export type MarkRole = 'open' | 'close' | 'either' | 'maybe-close' | 'maybe-open';

export interface MarkToken {
  at: number;
  family: QuoteFamily;
  role: MarkRole;
  /** A second family the mark may close when none of its own is open: a doubled ’’ closes a ‘ too. */
  orFamily?: QuoteFamily;
  /** A straight mark whose side only its neighbours gave (` "and`): a stray space may have misled them. */
  sideFromSpacing?: boolean;
}

/** The quotation marks of one paragraph in order, apostrophes left out. One linear pass. */
export function scanMarks(text: string): MarkToken[] {
  const out: MarkToken[] = [];
  // The regex engine's own loop jumps to each candidate; letters and spaces are never looked at here.
  MARK_CANDIDATE.lastIndex = 0;
  while (MARK_CANDIDATE.test(text)) {
    const token = markAt(text, MARK_CANDIDATE.lastIndex - 1);
    if (token) out.push(token);
  }
  return out;
}

/** Every mark is " or ' or above U+00AA (one code unit each). */
const MARK_CANDIDATE = /["'\u00ab-\uffff]/g;

/** The mark at `i` with its role, or null when it is no quotation mark (an apostrophe, a stray character). */
export function markAt(text: string, i: number): MarkToken | null {
  const info = QUOTE_MARKS.get(text[i]);
  if (!info) return null;
  if (info.family === 'single' && isDoubledSingle(text, i)) return doubledSingleMark(text, i);
  if (info.family === 'single' && isDoubledSingle(text, i - 1)) return null; // the pair's second half
  if (info.family === 'single') {
    const test = apostropheTest(text, i);
    if (test === 'apostrophe') return null;
    if (test === 'maybe-close' || test === 'maybe-open') return { at: i, family: info.family, role: test };
  }
  const side = sideFromContext(text, i);
  if (side && info.side === 'either') return { at: i, family: info.family, role: side, sideFromSpacing: true };
  return { at: i, family: info.family, role: side ?? info.side };
}

/**
 * The side the neighbours give a mark: opening after a space and before a word (` "We`), closing after a
 * word and before a space or punctuation (`now,"`, `moon".`). Null when both or neither fit (`said,"We`).
 * Context beats the glyph, so a German „…“ or a mistyped ”…” still pairs.
 */
export function sideFromContext(text: string, i: number, width = 1): 'open' | 'close' | null {
  const before = text[i - 1];
  const after = text[i + width];
  const opens =
    isOpeningContextBefore(before) &&
    after !== undefined &&
    !isSpace(after) &&
    !isClosingPunctuation(after) &&
    !(after === '.' && text[i + 2] !== '.');
  const closes = before !== undefined && !isSpace(before) && !isOneOf(before, '([{') && isClosingContextAfter(after);
  if (opens === closes) return null;
  return opens ? 'open' : 'close';
}

/**
 * Two single marks in a row (’’, ‘‘, '') are a double quotation mark, as some wire systems print it
 * (“It was wrong,’’ she said). Between words they are two apostrophes' worth of noise, not a quote.
 */
function isDoubledSingle(text: string, i: number): boolean {
  if (i < 0 || text[i + 1] !== text[i] || text[i + 2] === text[i]) return false;
  return QUOTE_MARKS.get(text[i])?.family === 'single' && text[i - 1] !== text[i];
}

/** The pair at `i` as one double mark: a closer sits on its first half, an opener on its second half. */
function doubledSingleMark(text: string, i: number): MarkToken | null {
  const side = sideFromContext(text, i, 2) ?? QUOTE_MARKS.get(text[i])?.side;
  if (side === 'close') return { at: i, family: 'double', role: 'close', orFamily: 'single' };
  if (side === 'open') return { at: i + 1, family: 'double', role: 'open' };
  return { at: i, family: 'double', role: 'either' };
}
