// The narrative tokens of one sentence: words and punctuation outside quotation marks, with every quoted span
// folded into one `quote` token. Attribution reads only these ("“We will win,” she said" → [quote , she said]).
import { ABBREVIATIONS } from '../../data/abbreviations';

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
}

export interface MaskedSpan {
  start: number;
  end: number;
  index: number;
}

const OPEN_MARKS = '"\'\u201C\u2018\u00AB\u201E\u201A\u2039';
const CLOSE_MARKS = '"\'\u201D\u2019\u00BB\u201C\u203A';
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-&]*/uy;
const PUNCT = /[,;:()\[\]—–!?]|-(?=\s)/y;

/**
 * Tokenise text[from, to), folding each span (offsets of the quoted words) plus its marks into one token.
 * Linear in the length of the range; `spans` must be sorted by start.
 */
export function tokenize(text: string, from: number, to: number, spans: readonly MaskedSpan[] = []): Token[] {
  const out: Token[] = [];
  let si = 0;
  let i = from;
  while (i < to) {
    while (si < spans.length && spans[si].end <= i) si++;
    const span = spans[si];
    if (span) {
      const markStart = span.start > 0 && OPEN_MARKS.includes(text[span.start - 1]) ? span.start - 1 : span.start;
      if (i >= markStart && i < span.end + 1) {
        const markEnd = CLOSE_MARKS.includes(text[span.end] ?? '') ? span.end + 1 : span.end;
        out.push({ kind: 'quote', text: text.slice(span.start, span.end), lower: '', start: markStart, end: markEnd, quote: span.index });
        i = Math.max(markEnd, i + 1);
        si++;
        continue;
      }
    }
    if (text.charCodeAt(i) === 32) { i++; continue; }
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    if (word) {
      out.push(wordToken(word[0], i));
      i += word[0].length;
      continue;
    }
    PUNCT.lastIndex = i;
    const punct = PUNCT.exec(text);
    if (punct) out.push({ kind: 'punct', text: punct[0], lower: punct[0], start: i, end: i + punct[0].length });
    i++;
  }
  return out;
}

function wordToken(raw: string, start: number): Token {
  let text = raw;
  let last = text.charCodeAt(text.length - 1);
  // A sentence-final dot is not part of the word, unless the word is an abbreviation or an initial ("Gov.", "J.").
  if (last === 46 /* . */) {
    const bare = text.replace(/\.+$/, '');
    if (!(ABBREVIATIONS.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare) || /\.\p{L}$/u.test(bare))) text = bare;
    last = text.charCodeAt(text.length - 1);
  }
  let possessive = false;
  let pluralPossessive = false;
  if (last === 39 || last === 0x2019 || last === 115 /* s */) {
    const poss = /(['’]s|(?<=s)['’])$/u.exec(text);
    if (poss) {
      possessive = true;
      pluralPossessive = poss[0].length === 1;
      text = text.slice(0, -poss[0].length);
    }
    text = text.replace(/['’-]+$/u, '');
  } else if (last === 45 /* - */) text = text.replace(/-+$/, '');
  const clean = text.charCodeAt(text.length - 1) === 46 ? text.slice(0, -1) : text;
  const first = clean[0] ?? '';
  return {
    kind: 'word',
    text: clean,
    lower: clean.toLowerCase(),
    start,
    end: start + raw.length,
    possessive,
    pluralPossessive,
    capital: first !== first.toLowerCase(),
  };
}
