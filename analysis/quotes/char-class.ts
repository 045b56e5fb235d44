// Character classes the quote rules share: what may stand on either side of an opening or a closing mark.
import { QUOTE_MARKS } from '../../data/quote-marks';

export const isQuoteMark = (ch: string | undefined): boolean => ch !== undefined && QUOTE_MARKS.has(ch);
// ASCII is answered by its code (the common case, no regex run); anything else by the Unicode class.
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(ch);
}
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /\p{L}/u.test(ch);
}
export function isDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 48 && code <= 57;
  return /\p{N}/u.test(ch);
}
export const isWordChar = (ch: string | undefined): boolean => isLetter(ch) || isDigit(ch);

/** What may come before an opening mark: nothing, a space, an opening bracket, a dash, a slash, another mark. */
export function isOpeningContextBefore(ch: string | undefined): boolean {
  return ch === undefined || isSpace(ch) || isQuoteMark(ch) || /[([{<\u2014\u2013\-/]/.test(ch);
}

/** What may come after a closing mark: nothing, a space, punctuation, a closing bracket, a dash, another mark. */
export function isClosingContextAfter(ch: string | undefined): boolean {
  return ch === undefined || isSpace(ch) || isQuoteMark(ch) || /[.,;:!?)\]}>\u2026\u2014\u2013\-/]/.test(ch);
}

/** Punctuation that cannot start quoted words, so a mark before it is closing ("…the moon".). */
export function isClosingPunctuation(ch: string | undefined): boolean {
  return ch !== undefined && /[,;:!?)\]}]/.test(ch);
}
