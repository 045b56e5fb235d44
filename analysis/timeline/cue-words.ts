// One scan of a sentence for the words every date parser and rule of the pass starts from. Each parser or rule
// registers the words any match of its pattern must hold (one of them), and gets a bit; one alternation regex,
// run once over the sentence, says which bits occur, so a parser or rule whose words are absent is not asked at
// all. The words are a necessary condition, never a guess: a bit may be set where its rule then finds nothing,
// but never missing where the rule would find something (tests/unit/timeline check this against the patterns).
//
// A word is written in lower case, as a prefix of what the text holds ("sep" stands for "Sept." and "September");
// "\\b" in front asks for a word start; "\\d" is a run of digits, found where the run starts (no word holds a digit,
// so a run is one find). A group may also say what must follow each of its words
// (a regex source, as a lookahead): "oct" counts in "Oct. 5", not in "doctor".

interface CueGroup {
  words: readonly string[];
  followedBy?: string;
}

const groups: CueGroup[] = [];
interface Scanner {
  pattern: RegExp;
  /** The bits a word found stands for at a word start, and inside a word (where only words without "\\b" match). */
  atWordStart: Map<string, number>;
  insideWord: Map<string, number>;
  digitBits: number;
}
let scanner: Scanner | null = null;

/** Registers the words of one parser or rule: the bit cueWordsIn sets where one of them occurs. */
export function cueWords(words: readonly string[], followedBy?: string): number {
  if (groups.length >= 31) throw new Error('cue-words: more than 31 groups of cue words');
  groups.push({ words, followedBy });
  scanner = null;
  return 1 << (groups.length - 1);
}

/** What one scan of a text found: the bits whose words occur, and where each word found starts. */
export interface CueScan {
  /** Every bit whose words occur (a superset: a bit may be set where its words only look alike). */
  bits: number;
  /** Flat pairs: the start of a word found, then the bits of every word that may start there. */
  starts: number[];
}

/** Every bit whose words occur in the text, and where. */
export function cueWordsIn(text: string): CueScan {
  const { pattern, atWordStart, insideWord, digitBits } = (scanner ??= buildScanner());
  let bits = 0;
  const starts: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const found = m[0];
    const code = found.charCodeAt(0);
    const bitsOf = m.index > 0 && isWordChar(text.charCodeAt(m.index - 1)) ? insideWord : atWordStart;
    const digits = code >= 48 && code <= 57;
    const here = digits ? digitBits : bitsOf.get(found.toLowerCase()) ?? 0;
    bits |= here;
    starts.push(m.index, here);
    // Words may overlap ("tonight" holds "night"): the next one may start one character on; nothing starts inside
    // a run of digits.
    pattern.lastIndex = digits ? m.index + found.length : m.index + 1;
  }
  return { bits, starts };
}

/** Whether the scan found one of the words of `bits` (any, when there was no scan). */
export function has(scan: CueScan | undefined, bits: number): boolean {
  return scan === undefined || (scan.bits & bits) !== 0;
}

/**
 * Whether a sticky pattern matches at a start of one of the words of `bits`: for a pattern whose every match
 * starts with one of them, the same answer as a test across the text, at the cost of a few tries.
 */
export function matchesAtCueWord(sticky: RegExp, text: string, scan: CueScan, bits: number): boolean {
  const { starts } = scan;
  for (let i = 0; i < starts.length; i += 2) {
    if ((starts[i + 1] & bits) === 0) continue;
    sticky.lastIndex = starts[i];
    if (sticky.test(text)) return true;
  }
  return false;
}

/**
 * Whether a pattern matches in the text, asked only at the starts of the words of `bits` when the text was scanned:
 * `sticky` is the pattern with the "y" flag, every match of which starts at one of those words; `anywhere` is the
 * same pattern unanchored, asked when there was no scan. A few short tries instead of a scan of the whole text.
 */
export function holdsAtCueWord(scan: CueScan | undefined, bits: number, sticky: RegExp, anywhere: RegExp, text: string): boolean {
  if (scan === undefined) return anywhere.test(text);
  return (scan.bits & bits) !== 0 && matchesAtCueWord(sticky, text, scan, bits);
}

/** The starts of the words of `bits` the scan found, in text order (for matchesAt). */
export function cueWordStarts(scan: CueScan, bits: number): number[] {
  const out: number[] = [];
  const { starts } = scan;
  for (let i = 0; i < starts.length; i += 2) if ((starts[i + 1] & bits) !== 0) out.push(starts[i]);
  return out;
}

/** What \\b counts as a word character (no "u" flag): a letter of A to Z, a digit or "_". */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function buildScanner(): Scanner {
  /** Each literal word (without its "\\b") and whether every group asks it at a word start; the bits it stands for. */
  const boundaryOnly = new Map<string, boolean>();
  const ownBits = new Map<string, number>();
  const ownBitsInside = new Map<string, number>();
  /** What must follow each literal: every group's condition, or none when one group asks none. */
  const follows = new Map<string, string[] | null>();
  let digitBits = 0;
  groups.forEach(({ words, followedBy }, i) => {
    for (const word of words) {
      if (word === '\\d') {
        digitBits |= 1 << i;
        continue;
      }
      const literal = word.startsWith('\\b') ? word.slice(2) : word;
      boundaryOnly.set(literal, (boundaryOnly.get(literal) ?? true) && word.startsWith('\\b'));
      ownBits.set(literal, (ownBits.get(literal) ?? 0) | (1 << i));
      const known = follows.get(literal);
      follows.set(literal, known === null || followedBy === undefined ? null : [...(known ?? []), followedBy]);
      if (!word.startsWith('\\b')) ownBitsInside.set(literal, (ownBitsInside.get(literal) ?? 0) | (1 << i));
    }
  });
  // The match at a position is one word; any other word that may match there is a prefix of it or starts with it
  // ("st" and "start"), so a word found lends the bits of every such word; inside a word, only of the words asked
  // anywhere ("day" in "Monday" stands for "(day|week)s after", not for a count of days). A scan then resumes one
  // character on.
  const literals = [...boundaryOnly.keys()];
  const atWordStart = lentBits(literals, ownBits);
  const insideWord = lentBits(literals, ownBitsInside);
  // As a tree of shared prefixes: the regex then tries a handful of first letters at each position, not every word.
  const endOf = (literal: string) => {
    const conditions = follows.get(literal);
    return conditions ? `(?=${conditions.join('|')})` : '';
  };
  const alternatives = [
    `\\b(?:${prefixTree(literals.filter((l) => boundaryOnly.get(l)), endOf)})`,
    prefixTree(literals.filter((l) => !boundaryOnly.get(l)), endOf),
  ];
  if (digitBits) alternatives.push('\\d+');
  return { pattern: new RegExp(alternatives.join('|'), 'gi'), atWordStart, insideWord, digitBits };
}

/** For each literal, the bits of every word that is a prefix of it or starts with it (only those share its first letter). */
function lentBits(literals: string[], own: Map<string, number>): Map<string, number> {
  const byFirst = new Map<string, { word: string; bits: number }[]>();
  for (const [word, bits] of own) {
    const list = byFirst.get(word[0]);
    if (list) list.push({ word, bits });
    else byFirst.set(word[0], [{ word, bits }]);
  }
  const out = new Map<string, number>();
  for (const literal of literals) {
    let bits = 0;
    for (const other of byFirst.get(literal[0]) ?? []) {
      if (literal.startsWith(other.word) || other.word.startsWith(literal)) bits |= other.bits;
    }
    out.set(literal, bits);
  }
  return out;
}

/** One character as a regex matches it literally: a letter, a digit or a space as it is, anything else escaped. */
function escape(c: string): string {
  const code = c.charCodeAt(0);
  const plain = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 32;
  return plain ? c : `\\${c}`;
}

/**
 * A regex source matching the longest of the words at a position, each followed by what endOf asks:
 * "after|afternoon|ago" → "a(?:fter(?:noon|)|go)". `depth` letters are shared by all the words given.
 */
function prefixTree(words: string[], endOf: (word: string) => string, depth = 0): string {
  if (words.length === 0) return '(?!)';
  const byNext = new Map<string, string[]>();
  let ending: string | null = null;
  for (const w of words) {
    if (w.length === depth) {
      ending = w;
      continue;
    }
    const group = byNext.get(w[depth]) ?? [];
    group.push(w);
    byNext.set(w[depth], group);
  }
  // The word that ends here is the last branch: the longer words are tried before it.
  const branches = [...byNext].map(([next, group]) => escape(next) + prefixTree(group, endOf, depth + 1));
  if (ending !== null) branches.push(endOf(ending));
  return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
}
