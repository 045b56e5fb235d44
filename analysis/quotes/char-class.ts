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
/** One character among `chars` (a string lookup, no regex run per mark). */
export function isOneOf(ch: string, chars: string): boolean {
  return ch.length === 1 && chars.includes(ch);
}
export const isWordChar = (ch: string | undefined): boolean => isLetter(ch) || isDigit(ch);

/** What may come before an opening mark: nothing, a space, an opening bracket, a dash, a slash, another mark. */
export function isOpeningContextBefore(ch: string | undefined): boolean {
  return ch === undefined || isSpace(ch) || isQuoteMark(ch) || isOneOf(ch, '([{<\u2014\u2013-/');
}

/** What may come after a closing mark: nothing, a space, punctuation, a closing bracket, a dash, another mark. */
export function isClosingContextAfter(ch: string | undefined): boolean {
  return ch === undefined || isSpace(ch) || isQuoteMark(ch) || isOneOf(ch, '.,;:!?)]}>\u2026\u2014\u2013-/');
}

/** Punctuation that cannot start quoted words, so a mark before it is closing ("…the moon".). */
export function isClosingPunctuation(ch: string | undefined): boolean {
  return ch !== undefined && isOneOf(ch, ',;:!?)]}');
}

// The same classes for one UTF-16 code unit, for loops that walk a text by char code. A surrogate is no letter
// here: a text holding one (a letter outside the BMP) must be read by the Unicode regex instead.
const LETTER = /\p{L}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** \p{L} for one BMP code unit: ASCII by range, the General Punctuation block (dashes, curly marks) at once. */
export function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0x2000 && code <= 0x206f) return false;
  return LETTER.test(String.fromCharCode(code));
}

/** [\p{L}\p{N}] for one BMP code unit. */
export function isAlnumCode(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  if (code >= 0x2000 && code <= 0x206f) return false;
  return LETTER_OR_NUMBER.test(String.fromCharCode(code));
}

/** A surrogate code unit anywhere: the text has characters outside the BMP. */
export function hasSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return true;
  }
  return false;
}

/**
 * `text` ends with one of `enders` followed by any run of `closers`: the test /[enders][closers]*$/ makes, read
 * backwards from the end instead of over the whole text. The two sets must share no character.
 */
export function endsWithOneOf(text: string, enders: string, closers = ''): boolean {
  let k = text.length;
  if (closers) while (k > 0 && closers.includes(text[k - 1])) k--;
  return k > 0 && enders.includes(text[k - 1]);
}
