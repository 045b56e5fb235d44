// Where a pattern that begins a little before a number may begin: found from the number starts the cues hold, so
// the pattern is tried (sticky) at a handful of offsets instead of scanning the whole paragraph. Each list is
// ascending and holds every offset where the pattern can begin (a few more do no harm: the pattern still decides).
import type { NumberCues } from './cues';

// A paragraph tries each of a dozen patterns at a few offsets, most often at none: an empty list is not made anew
// each time, and a list equal to the number starts is the cues' own (callers only read them).
const NO_OFFSETS: readonly number[] = [];

const LETTER = /\p{L}/u;
const SPACE = /\s/;
// ASCII first: nearly every character of a page, and a comparison costs far less than a pattern.
const isSpaceAt = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c === 32 || (c < 128 ? c >= 9 && c <= 13 : SPACE.test(text[at]));
};
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
const isLetterAt = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c < 128 ? isAsciiLetter(c) : LETTER.test(text[at]);
};

/** What may follow a run of digits: one of these characters, or (`orSpace`) also white space. */
export interface NextCharacter {
  chars: string;
  orSpace?: boolean;
}

/**
 * The number starts whose run of digits is `shortest` to `longest` digits long and, when `next` is given, is followed
 * by one of its characters: where a pattern that begins with such a run ("4:30", "6/1", "2016") may match.
 */
export function digitRuns(text: string, cues: NumberCues, shortest: number, longest: number, next: string | NextCharacter = ''): readonly number[] {
  let out: number[] | null = null;
  const { numberStarts, digitEnds } = cues;
  const chars = typeof next === 'string' ? next : next.chars;
  const orSpace = typeof next !== 'string' && next.orSpace === true;
  for (let i = 0; i < numberStarts.length; i++) {
    const start = numberStarts[i], end = digitEnds[i];
    if (end < 0 || end - start < shortest || end - start > longest) continue;
    if (chars && (end >= text.length || !(chars.includes(text[end]) || (orSpace && isSpaceAt(text, end))))) continue;
    (out ??= []).push(start);
  }
  return out ?? NO_OFFSETS;
}

/** The offsets of `starts` (ascending) whose character is one of `firsts`: where a pattern must begin with one. */
export function startingWith(text: string, starts: readonly number[], firsts: string): readonly number[] {
  let out: number[] | null = null;
  for (const at of starts) if (firsts.includes(text[at])) (out ??= []).push(at);
  return out ?? NO_OFFSETS;
}

/** Two ascending lists of offsets as one (see `mergeAscending`). */
export function eitherOf(a: readonly number[], b: readonly number[]): readonly number[] {
  return a.length ? mergeAscending(a, b) : b;
}

/**
 * The number starts a pattern that reads a number and then a word may match at: every number word, and each run of
 * digits whose first character past the number (digits, "," ".", dashes and white space, which a range "10-15" or
 * "10 to 15" and the space before the word hold) passes `wordMayBegin`. The word is the pattern's: what fails the
 * test cannot begin it.
 */
export function numbersBeforeWord(text: string, cues: NumberCues, wordMayBegin: (text: string, at: number) => boolean): readonly number[] {
  const { numberStarts, digitEnds } = cues;
  let out: number[] | null = null;
  for (let i = 0; i < numberStarts.length; i++) {
    const start = numberStarts[i];
    if (digitEnds[i] >= 0) {
      let at = digitEnds[i];
      while (at < text.length && isNumeralOrGap(text, at)) at++;
      if (at >= text.length || !wordMayBegin(text, at)) {
        if (!out) out = numberStarts.slice(0, i); // the first start left out: copy the ones kept so far
        continue;
      }
    }
    out?.push(start);
  }
  return out ?? numberStarts;
}

// Digits, "," ".", the dashes of a range and white space.
const isNumeralOrGap = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 48 && c <= 57) || c === 44 || c === 46 || c === 45 || c === 32 || (c >= 9 && c <= 13);
  return c === 0x2013 || c === 0x2010 || c === 0x2011 || SPACE.test(text[at]);
};

/** Where a number's first digit follows one of `marks` ("(" in "(78)", "'" in "'98"): the mark's offset. */
export function marksBeforeNumbers(text: string, cues: NumberCues, marks: string): readonly number[] {
  let out: number[] | null = null;
  for (const start of cues.numberStarts) if (start > 0 && marks.includes(text[start - 1])) (out ??= []).push(start - 1);
  return out ?? NO_OFFSETS;
}

/**
 * The starts of the `count` words before each number, each word followed by white space and, right after the word,
 * an optional "." ("May 29", "No. 10", "aged between 18"): a pattern beginning with a word no letter precedes.
 */
export function wordsBeforeNumbers(text: string, cues: NumberCues, count = 1): readonly number[] {
  // Exclusions ask again about the same paragraph: each count's last answer is kept.
  const last = lastWordsBefore.get(count);
  if (last && last.cues === cues && last.text === text) return last.offsets;
  const out: number[] = [];
  for (const start of cues.numberStarts) {
    const first = out.length;
    let end = start;
    for (let n = 0; n < count; n++) {
      let k = end;
      if (k < 1 || !isSpaceAt(text, k - 1)) break;
      while (k > 0 && isSpaceAt(text, k - 1)) k--;
      if (k > 0 && text[k - 1] === '.') k--;
      let word = k;
      while (word > 0 && isLetterAt(text, word - 1)) word--;
      if (word === k) break;
      out.push(word);
      end = word;
    }
    reverseFrom(out, first); // read backwards from the number: put in text order
  }
  const offsets = out.length ? ascending(out) : NO_OFFSETS;
  lastWordsBefore.set(count, { text, cues, offsets });
  return offsets;
}

/**
 * Each number start and the starts of the `count` words before it (see `wordsBeforeNumbers`), ascending: where a
 * pattern may begin whose size word is a number word and whose lead is up to `count` words ("a couple of hundred").
 */
export function numbersAndWordsBefore(text: string, cues: NumberCues, count: number): readonly number[] {
  return mergeAscending(cues.numberStarts, wordsBeforeNumbers(text, cues, count));
}

/**
 * Each number start and the offset `lead` characters before it, ascending, repeats kept: where a pattern may begin
 * whose match starts at a number or at a short word just before one ("a hundred").
 */
export function numbersAndOffsetsBefore(cues: NumberCues, lead: number): number[] {
  const starts = cues.numberStarts;
  const out: number[] = [];
  // Two ascending lists (the starts moved back by `lead`, and the starts) merged in one sweep.
  for (let i = 0, j = 0; i < starts.length || j < starts.length; ) {
    if (j >= starts.length || (i < starts.length && starts[i] - lead <= starts[j])) out.push(starts[i++] - lead);
    else out.push(starts[j++]);
  }
  return out;
}

/** Two ascending lists as one, without repeats. */
function mergeAscending(a: readonly number[], b: readonly number[]): readonly number[] {
  if (!b.length) return a;
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (!out.length || out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

const lastWordsBefore = new Map<number, { text: string; cues: NumberCues; offsets: readonly number[] }>();

/**
 * Where a capitalised name right before a number may begin ("Radio 4", "AT&T 5"): in the letters and "&" before the
 * number's white space (and optional "."), each capital that no letter or digit precedes. Read by code point, as the
 * name's pattern reads (a letter outside the BMP is two characters).
 */
export function namesBeforeNumbers(text: string, cues: NumberCues): readonly number[] {
  const out: number[] = [];
  for (const start of cues.numberStarts) {
    let k = start - 1;
    if (k < 1 || !isSpaceAt(text, k)) continue;
    if (text[k - 1] === '.') k--;
    for (let p = k; p > 0; ) {
      if (!isNamePartBefore(text, p)) break;
      p -= isLowSurrogate(text.charCodeAt(p - 1)) && p > 1 && isHighSurrogate(text.charCodeAt(p - 2)) ? 2 : 1;
      if (isNameStartAt(text, p)) out.push(p);
    }
  }
  return out.length ? ascending(out) : NO_OFFSETS;
}

const NAME_PART_BEFORE = /(?<=[\p{L}&])/uy;
const NAME_START = /(?<![\p{L}\d])\p{Lu}/uy;
// The two patterns above, answered by char code for ASCII (nearly every character a name walk meets): a letter or
// "&" before `at`; a capital at `at` that no letter or digit precedes. Anything else asks the pattern.
function isNamePartBefore(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (c < 128) return c === 38 || isAsciiLetter(c);
  NAME_PART_BEFORE.lastIndex = at;
  return NAME_PART_BEFORE.test(text);
}
function isNameStartAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128 && !(c >= 65 && c <= 90)) return false;
  const before = at > 0 ? text.charCodeAt(at - 1) : 32;
  if (c < 128 && before < 128) return !isAsciiLetter(before) && !(before >= 48 && before <= 57);
  NAME_START.lastIndex = at;
  return NAME_START.test(text);
}
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * Where a currency sign of up to `longest` characters right before a number (or one space before it) may begin
 * ("£5", "US$ 5", "KSh500"): every offset up to `longest` back from the sign's last character.
 */
export function signsBeforeNumbers(text: string, cues: NumberCues, lastChars: string, longest: number): readonly number[] {
  const out: number[] = [];
  for (const start of cues.numberStarts) {
    for (let end = start - 1; end >= start - 2; end--) {
      if (end < 0 || !lastChars.includes(text[end])) continue;
      if (end === start - 2 && !isSpaceAt(text, start - 1)) continue;
      for (let at = Math.max(0, end - longest + 1); at <= end; at++) out.push(at);
    }
  }
  return out.length ? ascending(out) : NO_OFFSETS;
}

function reverseFrom(offsets: number[], from: number): void {
  for (let i = from, j = offsets.length - 1; i < j; i++, j--) [offsets[i], offsets[j]] = [offsets[j], offsets[i]];
}

function ascending(offsets: number[]): number[] {
  let sorted = true;
  for (let i = 1; i < offsets.length && sorted; i++) sorted = offsets[i - 1] < offsets[i];
  if (sorted) return offsets; // nearly always: the number starts are
  offsets.sort((a, b) => a - b);
  return offsets.filter((at, i) => i === 0 || at !== offsets[i - 1]);
}
