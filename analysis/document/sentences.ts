import { ABBREVIATIONS } from '../../data/abbreviations';

export interface Sentence {
  paragraph: number;
  /** Index of the sentence within its paragraph. */
  index: number;
  start: number;
  end: number;
  text: string;
}

const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', '\u00BB', ')', ']']);
const STOP = /[.!?]/g;
const SENTENCE_OPENER = /[\p{Lu}\p{N}"'\u201C\u2018\u00AB\u201E(]/u;
const WORD_OR_DOT = /[\p{L}.]/u;

/**
 * Split one paragraph into sentences, in one linear pass.
 * A boundary is . ! ? (plus any closing quotes/brackets) followed by a space and an upper-case letter,
 * a digit or an opening quote, unless the word before the dot is a known abbreviation ("Mr.", "Gov.")
 * or a single initial ("J. Smith").
 */
export function splitSentences(text: string, paragraph = 0): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  // The regex engine finds the next stop far faster than a loop over every character; `test` builds no match.
  STOP.lastIndex = 0;
  while (STOP.test(text)) {
    const i = STOP.lastIndex - 1;
    const ch = text[i];
    let j = i + 1;
    while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < text.length && CLOSERS.has(text[j])) j++;
    if (j >= text.length) break;
    if (text[j] !== ' ') continue;
    const next = text[j + 1] ?? '';
    if (!SENTENCE_OPENER.test(next)) continue;
    if (ch === '.' && isAbbreviationBefore(text, i)) continue;
    pushSentence(out, text, start, j, paragraph);
    start = j + 1;
    STOP.lastIndex = j + 1;
  }
  pushSentence(out, text, start, text.length, paragraph);
  return out;
}

function isAbbreviationBefore(text: string, dot: number): boolean {
  let k = dot - 1;
  while (k >= 0 && WORD_OR_DOT.test(text[k])) k--;
  const word = text.slice(k + 1, dot);
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. K. Rowling"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "a.m"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function pushSentence(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  if (end > start) out.push({ paragraph, index: out.length, start, end, text: text.slice(start, end) });
}
