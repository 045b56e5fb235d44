// The narrative tokens of one sentence: words and punctuation outside quotation marks, with every quoted span
// folded into one `quote` token. Attribution reads only these ("“We will win,” she said" → [quote , she said]).
import { SUBJECT_PRONOUNS } from '../../data/pronouns';
import type { Ref } from './mentions';
import { ABBREVIATIONS } from '../../data/abbreviations';
import { isSpace } from '../quotes/char-class';

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  kind: TokenKind;
  /** As printed; for a word, without a possessive ending ("Dale's" → "Dale"). */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Word written with a possessive ending ("Dale's", "the Conservatives’"). */
  possessive?: boolean;
  /** Plural possessive ("Workers’"): inside a name it stays ("the Dock Workers’ Union"). */
  pluralPossessive?: boolean;
  /** Word starting with a capital letter. */
  capital?: boolean;
  /** For a quote token: the index of its span in the caller's list. */
  quote?: number;
  /** Phrases starting at this token already read by classifyPhrase, with what they were read as. */
  phrases?: { tokens: readonly Token[]; ref: Ref | null }[];
}

export interface MaskedSpan {
  start: number;
  end: number;
  index: number;
}

const OPEN_MARKS = '"\'\u201C\u2018\u00AB\u201E\u201A\u2039';
const CLOSE_MARKS = '"\'\u201D\u2019\u00BB\u201C\u203A';
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-&]*/uy;

/**
 * Every token is built here with the same fields in the same order, so the passes that read tokens see one
 * object shape (fast property access) whatever the kind.
 */
function makeToken(
  kind: TokenKind, text: string, lower: string, start: number, end: number,
  possessive: boolean, pluralPossessive: boolean, capital: boolean, quote: number | undefined,
): Token {
  return { kind, text, lower, start, end, possessive, pluralPossessive, capital, quote, phrases: undefined };
}

/**
 * Tokenise text[from, to), folding each span (offsets of the quoted words) plus its marks into one token.
 * Linear in the length of the range; `spans` must be sorted by start.
 */
export function tokenize(text: string, from: number, to: number, spans: readonly MaskedSpan[] = []): Token[] {
  const out: Token[] = [];
  let si = 0;
  let i = from;
  // The next span and where its opening mark starts, worked out once per span.
  let span: MaskedSpan | undefined;
  let markStart = 0;
  // The closing bracket of an editor's name put in for a pronoun ("[Doe] said"): read as if unbracketed.
  let insertedNameEnd = -1;
  while (i < to) {
    while (si < spans.length && spans[si].end <= i) si++;
    if (spans[si] !== span) {
      span = spans[si];
      if (span) markStart = span.start > 0 && OPEN_MARKS.includes(text[span.start - 1]) ? span.start - 1 : span.start;
    }
    if (span) {
      if (i >= markStart && i < span.end + 1) {
        const markEnd = CLOSE_MARKS.includes(text[span.end] ?? '') ? span.end + 1 : span.end;
        out.push(makeToken('quote', text.slice(span.start, span.end), '', markStart, markEnd, false, false, false, span.index));
        i = Math.max(markEnd, i + 1);
        si++;
        continue;
      }
    }
    const code = text.charCodeAt(i);
    if (code === 32) { i++; continue; }
    const wordEnd = wordEndAt(text, i, code);
    if (wordEnd > i) {
      out.push(wordToken(text, i, wordEnd));
      i = wordEnd;
      continue;
    }
    if (code === 91 /* [ */ && (insertedNameEnd = insertedNameEndAt(text, i)) > 0) { i++; continue; }
    if (code === 93 /* ] */ && i === insertedNameEnd) { i++; continue; }
    if (isPunct(text, i, code)) {
      const mark = text[i];
      out.push(makeToken('punct', mark, mark, i, i + 1, false, false, false, undefined));
    }
    i++;
  }
  return out;
}

/** A name an editor put in brackets for a pronoun of the quoted words: capitalised words only ("[Doe]"). */
const INSERTED_NAME = /\[\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}\]/uy;

/**
 * Offset of the "]" closing an inserted name opening at `i`, else -1. Not at a sentence's start, where the
 * sentence splitter may not have cut ("… the striker. [Doe] said"): the bracket keeps the sentences apart there.
 */
function insertedNameEndAt(text: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && text.charCodeAt(k) === 32) k--;
  if (k < 0 || '.!?'.includes(text[k])) return -1;
  INSERTED_NAME.lastIndex = i;
  return INSERTED_NAME.test(text) ? INSERTED_NAME.lastIndex - 1 : -1;
}

/** The punctuation a token is made of: , ; : ( ) [ ] — – ! ? and a hyphen standing as a dash ("- "). */
function isPunct(text: string, i: number, code: number): boolean {
  switch (code) {
    case 44: case 59: case 58: case 40: case 41: case 91: case 93: case 0x2014: case 0x2013: case 33: case 63:
      return true;
    case 45: /* - */
      return isSpace(text[i + 1]);
    default:
      return false;
  }
}

const isAsciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * Where the word (WORD) starting at `i` ends, or `i` when none starts there. An ASCII word is scanned by char
 * code; anything non-ASCII in it goes to the Unicode regex, which stays the definition.
 */
function wordEndAt(text: string, i: number, code: number): number {
  if (code < 128) {
    if (!isAsciiAlnum(code)) return i;
    let j = i + 1;
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c >= 128) break;
      if (c === 44 /* , */ && isThousandsComma(text, j)) continue;
      if (!(isAsciiAlnum(c) || c === 39 /* ' */ || c === 46 /* . */ || c === 45 /* - */ || c === 38 /* & */)) return j;
      if (c === 46 && isSentenceRunOn(text, j)) return j;
    }
    if (j === text.length) return j;
  }
  WORD.lastIndex = i;
  return WORD.test(text) ? WORD.lastIndex : i;
}

/** The comma of "7,000" or "1,250,000": a digit before it and exactly three after, so no clause ends there. */
function isThousandsComma(text: string, comma: number): boolean {
  const isDigit = (k: number) => { const c = text.charCodeAt(k); return c >= 48 && c <= 57; };
  return isDigit(comma - 1) && isDigit(comma + 1) && isDigit(comma + 2) && isDigit(comma + 3) && !isDigit(comma + 4);
}

/**
 * "he said.Alweendo said …": a full stop with no space after it, between a lower-case word and a capitalised one,
 * ends the word (a missing space, not an abbreviation like "e.g." or "U.S." or a domain like "acme.com").
 */
function isSentenceRunOn(text: string, dot: number): boolean {
  const before = text.charCodeAt(dot - 1);
  const first = text.charCodeAt(dot + 1);
  const second = text.charCodeAt(dot + 2);
  return before >= 97 && before <= 122 && first >= 65 && first <= 90 && second >= 97 && second <= 122;
}

const PRONOUN_CONTRACTION = /^(i|you|he|she|it|we|they|who)['’](?:d|ll|ve|re|m)$/i;

/** Where a run of capitalised words from `from` ends: at the first token that is not one, or a possessive. */
export function capitalRunEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < tokens.length && tokens[end].kind === 'word' && tokens[end].capital && !tokens[end].possessive) end++;
  return end;
}

/** "She's", "they'll": a subject pronoun with its verb written onto it. */
export function isPronounWithVerb(text: string, t: Token): boolean {
  return SUBJECT_PRONOUNS.has(t.lower) && CONTRACTED_VERB.test(text.slice(t.start, t.end));
}
const CONTRACTED_VERB = /['’]\p{L}+$/u;

/**
 * The word token for text[start, rawEnd): offsets only until the one slice of the cleaned word, which drops a
 * sentence-final dot and a possessive ending.
 */
function wordToken(text: string, start: number, rawEnd: number): Token {
  let end = rawEnd;
  let last = text.charCodeAt(end - 1);
  // A sentence-final dot is not part of the word, unless the word is an abbreviation or an initial ("Gov.", "J.").
  if (last === 46 /* . */) {
    let bareEnd = end;
    while (bareEnd > start && text.charCodeAt(bareEnd - 1) === 46) bareEnd--;
    const bare = text.slice(start, bareEnd);
    // The regexes run only on the words they can match: one letter (two code units at most), or a dot inside.
    const kept = ABBREVIATIONS.has(bare.toLowerCase()) || (bare.length <= 2 && /^\p{Lu}$/u.test(bare))
      || (bare.includes('.') && /\.\p{L}$/u.test(bare));
    if (!kept) end = bareEnd;
    last = text.charCodeAt(end - 1);
  }
  let possessive = false;
  let pluralPossessive = false;
  if (last === 39 || last === 0x2019 || last === 115 /* s */) {
    // "'s" / "’s" ends a possessive; a bare mark after an "s" ends a plural one ("Workers’").
    const beforeLast = end - 2 >= start ? text.charCodeAt(end - 2) : NaN;
    const poss = last === 115 ? (isMark(beforeLast) ? 2 : 0) : beforeLast === 115 ? 1 : 0;
    if (poss) {
      // "She's", "it's": a subject pronoun has no possessive in 's; the ending is "is" or "has".
      possessive = !(poss === 2 && SUBJECT_PRONOUNS.has(text.slice(start, end - 2).toLowerCase()));
      pluralPossessive = poss === 1;
      end -= poss;
    }
    while (end > start && isTrailingMark(text.charCodeAt(end - 1))) end--;
  } else if (last === 45 /* - */) {
    while (end > start && text.charCodeAt(end - 1) === 45) end--;
  }
  if (text.charCodeAt(end - 1) === 46) end--;
  // "he’d", "they’ll", "I’m": the pronoun is the word a subject is read from; the verb's ending is dropped.
  // Only a word with an apostrophe can be one: most words are spared the slice and the regex.
  const contracted = !possessive && end - start <= 7 && hasApostrophe(text, start + 1, end - 1) ? PRONOUN_CONTRACTION.exec(text.slice(start, end)) : null;
  if (contracted) end = start + contracted[1].length;
  const clean = text.slice(start, end);
  return makeToken('word', clean, clean.toLowerCase(), start, rawEnd, possessive, pluralPossessive, startsWithCapital(clean), undefined);
}

/** Some character of text[from, to) is an apostrophe (' or ’). */
function hasApostrophe(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isMark(text.charCodeAt(k))) return true;
  return false;
}

/** The marks trimmed from a word's end: ' ’ - */
function isTrailingMark(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45;
}

function isMark(code: number): boolean {
  return code === 39 || code === 0x2019;
}

function startsWithCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = word[0] ?? '';
  return first !== first.toLowerCase();
}
