// What a paragraph holds that number rules start from, read once per paragraph: its digits and its number words.
// A rule skips a paragraph that lacks what it needs; a rule that begins at a number tries only where one begins.
import { FRACTION_WORDS, MULTIPLE_WORDS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS, VAGUE_AMOUNT_WORDS } from '../../data/number-words';

export interface NumberCues {
  /** The paragraph holds a digit. */
  digit: boolean;
  /**
   * The number words at word starts, lower-cased, each the longest the lexicons know there ("seventy" in
   * "seventy-five", "tenths"): a word a rule needs shows as one that starts with it (see `hasWord`).
   */
  words: string[];
  /** Where a number may begin, ascending: each digit after a non-digit, each number word. */
  numberStarts: number[];
  /**
   * For each of `numberStarts`: where its run of digits ends, or -1 for a number word. A pattern that needs a run
   * of a given length, or a given character after it ("6/1", "4:30"), is tried only at the runs that have it.
   */
  digitEnds: number[];
}

const NUMBER_WORDS = [UNIT_WORDS, TENS_WORDS, FRACTION_WORDS, VAGUE_AMOUNT_WORDS, SCALE_WORDS, MULTIPLE_WORDS]
  .flatMap((lexicon) => Object.keys(lexicon))
  .filter((word) => word.length > 2) // "k", "bn": scale words only after digits, which count already
  .sort((a, b) => b.length - a.length) // the longest word at each start
  .join('|');
// The rules fold case with `iu`, which also reads "ſ" as "s" and the Kelvin sign as "k": text holding either
// (hardly ever) is read with that folding. The same scan that finds the cues notices them.
const FOLDING = /[ſ\u212A]/;
// The rules take a word that no letter precedes. Found here: a word after no ASCII letter (a few more places, never
// fewer), as `\b` (fast) or after a digit or "_" (which `\b` does not see).
const CUE = new RegExp(String.raw`\d+|\b(?:${NUMBER_WORDS})|_(?:${NUMBER_WORDS})|${FOLDING.source}`, 'gi');
const WORD_AT = new RegExp(String.raw`(?:${NUMBER_WORDS})`, 'yi');
const CUE_FOLDED = new RegExp(String.raw`\d+|(?<![A-Za-z])(?:${NUMBER_WORDS})`, 'giu');

const NONE: NumberCues = { digit: false, words: [], numberStarts: [], digitEnds: [] };

/** The cues of one paragraph; a paragraph with none holds no number expression. */
export function readCues(text: string): NumberCues {
  CUE.lastIndex = 0;
  let m = CUE.exec(text);
  if (!m) return NONE; // most paragraphs
  const cues: NumberCues = { digit: false, words: [], numberStarts: [], digitEnds: [] };
  for (; m; m = CUE.exec(text)) {
    const c = m[0].charCodeAt(0);
    if (c >= 48 && c <= 57) {
      cues.digit = true;
      cues.numberStarts.push(m.index);
      cues.digitEnds.push(m.index + m[0].length);
      WORD_AT.lastIndex = m.index + m[0].length; // "5million": a word right after digits
      const word = WORD_AT.exec(text);
      if (word) addWord(cues, word.index, word[0]);
    } else if (c === 95) addWord(cues, m.index + 1, m[0].slice(1)); // "_seven"
    else if (c === 0x17f || c === 0x212a) return readFoldedCues(text);
    else addWord(cues, m.index, m[0]);
  }
  return cues;
}

function readFoldedCues(text: string): NumberCues {
  const cues: NumberCues = { digit: false, words: [], numberStarts: [], digitEnds: [] };
  CUE_FOLDED.lastIndex = 0;
  for (let m = CUE_FOLDED.exec(text); m; m = CUE_FOLDED.exec(text)) {
    if (m[0].charCodeAt(0) <= 57) {
      cues.digit = true;
      cues.numberStarts.push(m.index);
      cues.digitEnds.push(m.index + m[0].length);
    } else addWord(cues, m.index, m[0]);
  }
  return cues.numberStarts.length ? cues : NONE;
}

function addWord(cues: NumberCues, at: number, word: string): void {
  cues.numberStarts.push(at);
  cues.digitEnds.push(-1);
  cues.words.push(word.toLowerCase().replace(/ſ/g, 's'));
}

/** Whether the paragraph holds one of `words` at a word start (its recorded word begins with it). */
export function hasWord(cues: NumberCues, words: readonly string[]): boolean {
  let known = STARTS_ONE_OF.get(words);
  if (!known) STARTS_ONE_OF.set(words, (known = new Map()));
  for (const found of cues.words) {
    let starts = known.get(found);
    if (starts === undefined) known.set(found, (starts = words.some((word) => found.startsWith(word))));
    if (starts) return true;
  }
  return false;
}

// Per list a rule asks about (each a module constant): the answer for each number word met so far. The words come
// from the lexicons, so each table stays as small as they are, and a paragraph's question costs a look-up per word.
const STARTS_ONE_OF = new WeakMap<readonly string[], Map<string, boolean>>();
