// The units of time a paragraph writes ("days", "Years", "year-old"), found by one sweep over its words instead of
// a pattern tried at every character. UNIT_WORD is the definition; unitWordsIn finds exactly its matches.
import { TIME_UNITS } from '../../../data/units';

const UNITS = [...TIME_UNITS].sort((a, b) => b.length - a.length).join('|');
/** A unit of time as a whole word, with "-old" after it when written ("year-old"); case folded as `iu` folds. */
export const UNIT_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${UNITS})(?:[\u2010\u2011-]old)?(?![\p{L}])`, 'giu');

export interface UnitWord {
  index: number;
  text: string;
}

const LETTER = /\p{L}/u;

/** How many characters the letter at `at` takes (2 outside the BMP), or 0 when no letter is there. */
function letterWidth(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const width = c >= 0xd800 && c <= 0xdbff && at + 1 < text.length ? 2 : 1;
  return LETTER.test(text.slice(at, at + width)) ? width : 0;
}

/**
 * A character as the pattern's case folding reads it, as an ASCII lower-case code: a letter, "ſ" as "s", the
 * Kelvin sign as "k" (the only characters outside ASCII that fold into it); -1 for anything else.
 */
function foldedCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 97 && c <= 122) return c;
  if (c === 0x17f) return 115;
  if (c === 0x212a) return 107;
  return -1;
}

/** (length, first letter, last letter) of every unit: a word of another shape is no unit, with no string made. */
const SHAPES = new Set([...TIME_UNITS].map((u) => shape(u.length, u.charCodeAt(0), u.charCodeAt(u.length - 1))));
const LONGEST = Math.max(...[...TIME_UNITS].map((u) => u.length));
function shape(length: number, first: number, last: number): number {
  return (length * 128 + first) * 128 + last;
}

const isHyphen = (c: number) => c === 45 || c === 0x2010 || c === 0x2011;

/** "old" at `at`, in any case, with no letter after it. */
function oldAt(text: string, at: number): boolean {
  return foldedCode(text.charCodeAt(at)) === 111 && foldedCode(text.charCodeAt(at + 1)) === 108
    && foldedCode(text.charCodeAt(at + 2)) === 100 && letterWidth(text, at + 3) === 0;
}

/** Every match of UNIT_WORD in `text`, in order: each is a whole run of letters (a unit), "-old" included. */
export function unitWordsIn(text: string): UnitWord[] {
  const out: UnitWord[] = [];
  let i = 0;
  while (i < text.length) {
    const first = letterWidth(text, i);
    if (!first) { i++; continue; }
    // `i` starts a run of letters (no letter before it): find where it ends.
    let end = i + first;
    for (let w = letterWidth(text, end); w; w = letterWidth(text, end)) end += w;
    const length = end - i;
    if (length <= LONGEST && SHAPES.has(shape(length, foldedCode(text.charCodeAt(i)), foldedCode(text.charCodeAt(end - 1))))
      && TIME_UNITS.has(foldedWord(text, i, end))) {
      const to = isHyphen(text.charCodeAt(end)) && oldAt(text, end + 1) ? end + 4 : end;
      out.push({ index: i, text: text.slice(i, to) });
      i = to;
    } else i = end;
  }
  return out;
}

/** text[from, to) folded to ASCII lower case, or "" when a character does not fold into it. */
function foldedWord(text: string, from: number, to: number): string {
  let word = '';
  for (let k = from; k < to; k++) {
    const code = foldedCode(text.charCodeAt(k));
    if (code < 0) return '';
    word += String.fromCharCode(code);
  }
  return word;
}
