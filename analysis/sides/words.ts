// Word-level helpers the sides rules share: tokens, a crude stemmer, content words, name keys.
import { STOP_WORDS } from '../../data/stop-words';
import { PARTY_NICKNAMES } from '../../data/party-nicknames';
import { FormTable } from './word-forms';

/**
 * Lower-case word tokens, hyphenated words split ("Chinese-owned" → chinese, owned), possessive 's dropped: the
 * matches of /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?%?/gu in the lower-cased text, found by a scan of its characters
 * (the sides pass tokenises the whole article; a pattern of Unicode classes costs several times the scan).
 */
function scanWords(text: string, edges: TokenEdges | null): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (charKind(text, i) === OTHER) { i += charWidth(text, i); continue; }
    const start = i;
    while (i < n && charKind(text, i) !== OTHER) i += charWidth(text, i);
    const mark = text.charCodeAt(i);
    if (mark === 0x27 || mark === 0x2019) { // an apostrophe and letters after it: "don't", "o'neill"
      let j = i + 1;
      while (j < n && charKind(text, j) === LETTER) j += charWidth(text, j);
      if (j > i + 1) i = j;
    }
    if (text.charCodeAt(i) === 0x25) i++; // "%"
    out.push(text.slice(start, i));
    if (edges) addEdge(edges, start, i);
  }
  return out;
}

/** Where each token starts and ends, in buffers reused from paragraph to paragraph (offsets, not arrays of numbers
 *  grown and dropped for each paragraph). */
interface TokenEdges {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

const tokenEdges: TokenEdges = { starts: new Int32Array(256), ends: new Int32Array(256), count: 0 };

function addEdge(edges: TokenEdges, start: number, end: number): void {
  if (edges.count === edges.starts.length) {
    const starts = new Int32Array(edges.count * 2);
    const ends = new Int32Array(edges.count * 2);
    starts.set(edges.starts);
    ends.set(edges.ends);
    edges.starts = starts;
    edges.ends = ends;
  }
  edges.starts[edges.count] = start;
  edges.ends[edges.count] = end;
  edges.count++;
}

/**
 * The words of `text` that begin with a lower-case letter, as runs of letters, apostrophes and hyphens begun by a
 * letter: the matches of /[\p{L}][\p{L}'\u2019-]*\/gu whose first letter is \p{Ll}, found by a scan of characters.
 * `visit` gets each word's offsets and whether it is lower-case ASCII letters only.
 */
function scanLowerCaseWords(text: string, visit: (start: number, end: number, plain: boolean) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (charKind(text, i) !== LETTER) { i += charWidth(text, i); continue; }
    const start = i;
    let plain = true;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code === 0x27 || code === 0x2019 || code === 0x2d) { plain = false; i++; }
      else if (charKind(text, i) === LETTER) { if (code < 0x61 || code > 0x7a) plain = false; i += charWidth(text, i); }
      else break;
    }
    if (isLowerCaseAt(text, start)) visit(start, i, plain);
  }
}

/** The words scanLowerCaseWords finds, as strings. */
export function lowerCaseWords(text: string): string[] {
  const out: string[] = [];
  scanLowerCaseWords(text, (start, end) => out.push(text.slice(start, end)));
  return out;
}

/**
 * The tokens of lowerCaseWords(text), word after word, each with its content stem (tokenStem): a word of lower-case
 * ASCII letters only is its own token, found in the table of word forms without being cut out of the text; any
 * other is tokenised.
 */
export function forEachLowerCaseToken(text: string, visit: (token: string, stem: string) => void): void {
  scanLowerCaseWords(text, (start, end, plain) => {
    if (plain) {
      const form = FORMS.formOfLowerCase(text, start, end);
      visit(form.word, form.value);
    } else {
      for (const token of readTokens(text.slice(start, end))) visit(token, tokenStem(token));
    }
  });
}

const IS_LOWER_CASE = /^\p{Ll}$/u;

function isLowerCaseAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return IS_LOWER_CASE.test(String.fromCodePoint(text.codePointAt(i) ?? code));
}

/** Whether the one code unit at `i` is a letter or a digit (/[\p{L}\p{N}]/u of it alone: half a surrogate pair is not). */
function isLetterOrDigitUnit(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return charKind(text, i) !== OTHER;
}

const OTHER = 0, LETTER = 1, DIGIT = 2;
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
/** Kinds of the characters beyond ASCII met so far: a property of the character alone, so kept across calls. */
const kindOfCodePoint = new Map<number, number>();

/** Whether the character at `i` is a letter (\p{L}), another digit or number (\p{N}), or neither. */
function charKind(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? LETTER : code >= 0x30 && code <= 0x39 ? DIGIT : OTHER;
  const point = text.codePointAt(i) ?? code;
  let kind = kindOfCodePoint.get(point);
  if (kind === undefined) {
    const ch = String.fromCodePoint(point);
    kind = IS_LETTER.test(ch) ? LETTER : IS_NUMBER.test(ch) ? DIGIT : OTHER;
    kindOfCodePoint.set(point, kind);
  }
  return kind;
}

/** Code units of the character at `i`: two for a surrogate pair (a Unicode pattern reads it as one character). */
function charWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

// The sides rules tokenise the same paragraphs, quotes and labels many times over (every cue check reads the whole
// article, every party is matched against every speaker's labels). Within one findSides call each text is
// tokenised, stemmed and keyed once; the cache lives only for that call, so a second analysis of the same page pays
// in full (and a benchmark cannot flatter itself).
interface CallCache {
  tokens: Map<string, readonly string[]>;
  contentStems: Map<string, readonly string[]>;
  nameKeys: Map<string, string>;
  lowerCase: Map<string, string>;
  /** Answers about a text that depend on an object of the call too (a party): per object, per question. */
  byOwner: WeakMap<object, Map<string, Map<string, unknown>>>;
}
let callCache: CallCache | null = null;

/** Runs `run` with the word helpers remembering what they computed for each text until it returns. */
export function withTokenCache<T>(run: () => T): T {
  const outer = callCache;
  callCache = outer ?? { tokens: new Map(), contentStems: new Map(), nameKeys: new Map(), lowerCase: new Map(), byOwner: new WeakMap() };
  try {
    return run();
  } finally {
    callCache = outer;
  }
}

/** Remembers `compute(text)` in `pick(cache)` for the current call; computes afresh outside one. */
function remembered<V>(pick: (cache: CallCache) => Map<string, V>, text: string, compute: (text: string) => V): V {
  if (!callCache) return compute(text);
  const map = pick(callCache);
  let value = map.get(text);
  if (value === undefined) {
    value = compute(text);
    map.set(text, value);
  }
  return value;
}

/**
 * `compute()`, answered once per `key` for one question about `owner` (a party, a function) during the current
 * call; computed afresh outside one. The owner must not change during the call (parties are rebuilt, never edited).
 */
export function answeredOnce<V>(owner: object, question: string, key: string, compute: () => V): V {
  if (!callCache) return compute();
  let questions = callCache.byOwner.get(owner);
  if (!questions) {
    questions = new Map();
    callCache.byOwner.set(owner, questions);
  }
  let answers = questions.get(question) as Map<string, V> | undefined;
  if (!answers) {
    answers = new Map();
    questions.set(question, answers);
  }
  let known = answers.get(key);
  if (known === undefined) {
    known = compute();
    answers.set(key, known);
  }
  return known;
}

/** The text in lower case: the same clauses and quotes are lower-cased for every party and rule that reads them. */
export function lowerCase(text: string): string {
  return remembered((c) => c.lowerCase, text, (t) => t.toLowerCase());
}

/** The text's tokens, shared: for callers that only read them. */
export function readTokens(text: string): readonly string[] {
  return remembered((c) => c.tokens, text, tokenize);
}

export function wordTokens(text: string): string[] {
  return readTokens(text).slice(); // callers may push to their copy
}

/**
 * Remembers, for the current call, the tokens of `text` (a paragraph) and of each piece of it named by a range (a
 * sentence, a quote) as a slice of one tokenisation of the whole: the article is tokenised once, not once per piece. A piece whose
 * edge cuts a token, or a text whose lower case changes its length, is left to be tokenised on its own, so a
 * piece's tokens are always what tokenising it alone gives.
 */
export function rememberPieceTokens(text: string, pieces: readonly { start: number; end: number; text: string }[]): void {
  if (!callCache) return;
  const cut = pieceTokens(text, pieces);
  if (!cut) return;
  rememberTokens(text, cut.tokens);
  pieces.forEach((piece, i) => { if (cut.firsts[i] >= 0) rememberTokens(piece.text, cut.tokens.slice(cut.firsts[i], cut.lasts[i])); });
}

/** Remembers, for the current call, `tokens` as the tokens of `text` (which they must be: a slice of a tokenisation
 *  that pieceTokens says is the piece's own). */
export function rememberTokens(text: string, tokens: readonly string[]): void {
  if (callCache && !callCache.tokens.has(text)) callCache.tokens.set(text, tokens);
}

/** A paragraph's tokens and where each piece's own tokens lie among them. */
export interface PieceTokens {
  tokens: readonly string[];
  /** For piece i, its tokens are tokens[firsts[i]] up to tokens[lasts[i]]; -1 when the piece must be tokenised alone. */
  firsts: number[];
  lasts: number[];
}

/**
 * The paragraph's tokens, and where each piece's (a sentence's, a quote's) own tokens lie among them: the article
 * is tokenised once, not once per piece. A piece whose edge cuts a token is left to be tokenised on its own, so a
 * piece's tokens are always what tokenising it alone gives; null when the paragraph's lower case changes its length.
 */
export function pieceTokens(text: string, pieces: readonly { start: number; end: number; text: string }[]): PieceTokens | null {
  const lower = text.toLowerCase();
  // The one lower-casing that depends on the letters around (a final capital sigma) could differ at a piece's edge.
  if (lower.length !== text.length || text.includes('\u03A3')) return null;
  tokenEdges.count = 0;
  const raw = scanWords(lower, tokenEdges);
  const { starts, ends, count } = tokenEdges;
  const tokens = fixTokens(raw); // edits raw in place; a new, shorter array when a token was dropped
  if (tokens !== raw) return null;
  return { tokens, ...pieceRanges(text, starts, ends, count, pieces) };
}

/**
 * Where each piece's own tokens lie among a text's `count` tokens, which start and end at `starts` and `ends`: for
 * piece i, tokens firsts[i] up to lasts[i]; -1 when an edge of the piece cuts a token (or the piece is not the text's
 * own range), so that it must be tokenised alone.
 */
export function pieceRanges(text: string, starts: Int32Array, ends: Int32Array, count: number, pieces: readonly { start: number; end: number; text: string }[]): { firsts: number[]; lasts: number[] } {
  // Plain arrays of small integers: two typed arrays made for every paragraph cost more than the search itself.
  const firsts: number[] = [];
  const lasts: number[] = [];
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p];
    let first = -1, last = -1;
    if (piece.end - piece.start === piece.text.length && isRangeOf(text, piece)) {
      const from = lowerBound(ends, count, piece.start + 1); // the first token ending inside or after the piece's start
      if (from >= count || starts[from] >= piece.start) { // no token crosses the start
        let to = from;
        while (to < count && ends[to] <= piece.end) to++;
        if (!(to < count && starts[to] < piece.end)) { first = from; last = to; } // nor the end
      }
    }
    firsts.push(first);
    lasts.push(last);
  }
  return { firsts, lasts };
}

/** Whether the piece's text is `text` at its offset (its length already checked): compared as a slice, which V8
 *  tells equal far faster than startsWith reads it character by character (every sentence and quote is checked). */
function isRangeOf(text: string, piece: { start: number; end: number; text: string }): boolean {
  if (piece.start < 0 || piece.end > text.length) return text.startsWith(piece.text, piece.start); // startsWith clamps the offset
  return text.slice(piece.start, piece.end) === piece.text;
}

/** The first index of the sorted first `count` of `xs` whose value is at least `x`. */
function lowerBound(xs: Int32Array, count: number, x: number): number {
  let lo = 0, hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Word forms met so far, each with its content stem ('' for a stop word or a number): a plain text (ASCII letters and
 *  digits in its words) is tokenised and stemmed by looking its words up there, without cutting them out. */
const FORMS = new FormTable(tokenStem);

function tokenize(text: string): readonly string[] {
  return FORMS.scan(text)?.tokens ?? fixTokens(scanWords(text.toLowerCase(), null));
}

/** Matched words as tokens: a possessive 's dropped, a curly apostrophe made straight. Edits `out` in place. */
function fixTokens(out: string[]): string[] {
  for (let i = 0; i < out.length; i++) {
    const w = out[i];
    // Most tokens hold no apostrophe: skip the two replaces for them (the sides pass tokenises every quote often).
    if (w.includes("'") || w.includes('\u2019')) out[i] = w.replace(/['\u2019]s$/u, '').replace(/\u2019/g, "'");
  }
  return out.includes('') ? out.filter(Boolean) : out;
}

/**
 * A crude suffix-stripping stem, enough to meet "teacher"/"teachers", "villager"/"villages", "mine"/"mining",
 * "distorted"/"distort". Both sides of every comparison go through it, so it only needs to be consistent.
 */
// stem() is pure and called for every word of every quote, several times over: remembered per word form. The
// cache is bounded (an article's vocabulary is a few thousand forms) and simply starts again when full.
const STEM_CACHE_LIMIT = 20_000;
const stems = new Map<string, string>();

export function stem(word: string): string {
  let known = stems.get(word);
  if (known === undefined) {
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    known = computeStem(word);
    stems.set(word, known);
  }
  return known;
}

function computeStem(word: string): string {
  let w = word.toLowerCase();
  w = PARTY_NICKNAMES[w] ?? w;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('er') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (w.length > 3 && w.at(-1) === w.at(-2) && !/[aeiouls]/.test(w.at(-1) ?? '')) w = w.slice(0, -1); // "stopp" → "stop"
  return w;
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}

/** Stems of the content words of a text, in order (duplicates kept). Shared: callers only read them. */
export function contentStems(text: string): readonly string[] {
  return remembered((c) => c.contentStems, text, computeContentStems);
}

function computeContentStems(text: string): readonly string[] {
  const out: string[] = [];
  const scanned = callCache?.tokens.has(text) ? null : FORMS.scan(text);
  if (scanned) {
    callCache?.tokens.set(text, scanned.tokens);
    for (const s of scanned.values) if (s) out.push(s);
    return out;
  }
  for (const token of readTokens(text)) {
    const s = tokenStem(token); // a stem is never empty: '' marks a stop word or a number
    if (s) out.push(s);
  }
  return out;
}

// Like stem(): a pure answer about a word form, asked for every token of the article, remembered per form.
const tokenStems = new Map<string, string>();

/** contentStems of one token as wordTokens gives it: its stem, or '' for a stop word or a number. A token
 *  tokenises to itself, so it need not be tokenised again (the claim words of every quote come through here). */
export function tokenStem(token: string): string {
  let known = tokenStems.get(token);
  if (known === undefined) {
    if (tokenStems.size >= STEM_CACHE_LIMIT) tokenStems.clear();
    known = isContentToken(token) ? stem(token) : '';
    tokenStems.set(token, known);
  }
  return known;
}

function isContentToken(token: string): boolean {
  return !STOP_WORDS.has(token) && !isNumber(token);
}

function isNumber(token: string): boolean {
  const first = token.charCodeAt(0);
  return first >= 48 && first <= 57 && /^\d+$/.test(token); // most tokens do not start with a digit
}

/** A key to compare names: lower case, no leading article, no possessive, punctuation to spaces. */
export function nameKey(text: string): string {
  return remembered((c) => c.nameKeys, text, computeNameKey);
}

// In ASCII text the letters and digits are A-Z, a-z and 0-9: a plain class matches them far faster than a class of
// Unicode properties, and most names and labels are ASCII.
const NOT_ASCII = /[^\x00-\x7f]/;
const NOT_LETTER_DIGIT_OR_SPACE = /[^\p{L}\p{N} ]+/gu;
const NOT_ASCII_LETTER_DIGIT_OR_SPACE = /[^A-Za-z0-9 ]+/g;

const POSSESSIVE_S = /['\u2019]s\b/g;
const LEADING_ARTICLES = ['the ', 'a ', 'an '];

// Each step is skipped where it can change nothing (most names hold no apostrophe, no double space, no article):
// nameKey is asked of every name, alias and label the pass compares.
function computeNameKey(text: string): string {
  let key = text.toLowerCase();
  if (key.includes("'") || key.includes('\u2019')) key = key.replace(POSSESSIVE_S, '');
  key = key.replace(NOT_ASCII.test(text) ? NOT_LETTER_DIGIT_OR_SPACE : NOT_ASCII_LETTER_DIGIT_OR_SPACE, ' ');
  // Only letters, digits and spaces are left: white space is runs of spaces, and an article is followed by one.
  if (key.includes('  ')) key = key.replace(/ {2,}/g, ' ');
  key = key.trim();
  for (const article of LEADING_ARTICLES) if (key.startsWith(article)) return key.slice(article.length);
  return key;
}

/** A regular-expression alternation of phrases, longest first, each space matching any white space. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|');
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One pattern that finds any of the lower-case phrases anywhere, whole word or not: a text it does not match
 *  contains none of them (containsPhrase would say no to each), so the phrase-by-phrase search can be skipped. */
export function phraseScreen(phrases: readonly string[]): RegExp {
  return phrases.length ? new RegExp(phrases.map(escapeRegExp).join('|')) : /(?!)/;
}

/**
 * The phrases whose whole-phrase search (containsPhrase) is needed to tell whether a text holds any of them: a
 * phrase that holds another whole ("mark porter" holds "porter") is found only where that one is found too, so only
 * the other is searched. Duplicates and empty phrases (found nowhere) are dropped.
 */
export function essentialPhrases(phrases: readonly string[]): string[] {
  const distinct = [...new Set(phrases)].filter(Boolean);
  return distinct.filter((p) => !distinct.some((q) => q !== p && containsPhrase(p, q)));
}

/** Whole-phrase search in lower-cased text: "nhs" in "the nhs's chief" but not in "nhsx". */
export function containsPhrase(haystackLower: string, phraseLower: string): boolean {
  if (!phraseLower) return false;
  let from = 0;
  for (;;) {
    const i = haystackLower.indexOf(phraseLower, from);
    if (i < 0) return false;
    if (!isLetterOrDigitUnit(haystackLower, i - 1) && !isLetterOrDigitUnit(haystackLower, i + phraseLower.length)) return true;
    from = i + 1;
  }
}
