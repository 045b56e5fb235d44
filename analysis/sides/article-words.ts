// The article's words, read once for every rule of the sides pass that reads them all: each paragraph is
// tokenised once (its sentences' and quotes' tokens are slices of it), and each token's word form is looked up
// once for everything those rules ask of it (its content stem, whether it is a word of sport or of a dispute,
// which framing rules' cue words it holds), instead of once per rule.
import { ORGANISATION_NOUNS } from '../../data/organisation-nouns';
import { DISPUTE_CUE_WORDS, SPORT_WORDS } from '../../data/sport-words';
import type { ArticleDocument } from '../document';
import type { Quote } from '../types';
import { cuesHeldBy } from './framing';
import { FormTable } from './word-forms';
import { pieceRanges, pieceTokens, readTokens, rememberTokens, tokenStem } from './words';

/** What the rules ask of one word form: a property of the word alone. */
export interface WordFacts {
  /** Its content stem, '' for a stop word or a number (tokenStem). */
  stem: string;
  /** SPORT_WORD, CUE_WORD, STRONG_CUE_WORD bits. */
  kinds: number;
  /** Bits of the framing rules' cue groups the word holds (cuesHeldBy). */
  framingCues: number;
}

export const SPORT_WORD = 1, CUE_WORD = 2, STRONG_CUE_WORD = 4;
/** A dispute word other than "talks": talks alone ("talks between the two leaders") are no sign of a dispute. */
export const CUE_BESIDES_TALKS = 8;
/** A word that begins with an organisation noun: "the union", "the company's" (party-aliases reads these). */
export const ORGANISATION_NOUN_START = 16;
const ORGANISATION = [...new Set<string>(ORGANISATION_NOUNS)];
const SPORT = new Set<string>(SPORT_WORDS);
const CUES = new Set<string>(DISPUTE_CUE_WORDS);
/** Words that make one attack enough for a dispute: a strike, a lawsuit. */
const STRONG_CUES = new Set(['strike', 'strikes', 'walkout', 'walkouts', 'lawsuit', 'sued', 'dispute', 'impasse', 'stalemate', 'tariffs']);

export interface ArticleWords {
  /** The facts of the body's sentences' tokens (doc.sentences, paragraph after paragraph): sentence i's are
   *  sentenceFacts[i][t] for t from sentenceFrom[i] up to sentenceTo[i] (its paragraph's, not copied out). */
  sentenceFacts: (readonly WordFacts[])[];
  sentenceFrom: number[];
  sentenceTo: number[];
  /** For each sentence of the body, its tokens' framing cue bits together. */
  sentenceCues: number[];
  /** Words of sport and of a dispute among the paragraphs' tokens. */
  sportWords: number;
  cueWords: number;
  /** Every kind bit some paragraph token has. */
  kinds: number;
  /** For each paragraph, the kind bits of its tokens together. */
  paragraphKinds: number[];
  /** The facts of each quote's tokens (readTokens of its text), for the quotes cut from their paragraph's tokens. */
  quoteFacts: Map<Quote, readonly WordFacts[]>;
}

// Like the stems: a property of the word form, asked for every token of the article, remembered across calls
// (bounded: an article's vocabulary is a few thousand forms, and the table simply starts again when full).
const factsOfForm = new Map<string, WordFacts>();
const FACTS_LIMIT = 20_000;

export function wordFacts(token: string): WordFacts {
  let facts = factsOfForm.get(token);
  if (facts === undefined) {
    if (factsOfForm.size >= FACTS_LIMIT) factsOfForm.clear();
    let kinds = 0;
    if (SPORT.has(token)) kinds |= SPORT_WORD;
    if (CUES.has(token)) kinds |= token === 'talks' ? CUE_WORD : CUE_WORD | CUE_BESIDES_TALKS;
    if (STRONG_CUES.has(token)) kinds |= STRONG_CUE_WORD;
    if (ORGANISATION.some((noun) => token.startsWith(noun))) kinds |= ORGANISATION_NOUN_START;
    facts = { stem: tokenStem(token), kinds, framingCues: cuesHeldBy(token) };
    factsOfForm.set(token, facts);
  }
  return facts;
}

/** The facts of each of `tokens`. */
export function factsOf(tokens: readonly string[]): WordFacts[] {
  const out = new Array<WordFacts>(tokens.length);
  for (let i = 0; i < tokens.length; i++) out[i] = wordFacts(tokens[i]);
  return out;
}

/** Kind bits of any of `tokens`. */
export function kindsOf(tokens: readonly string[]): number {
  let kinds = 0;
  for (const t of tokens) kinds |= wordFacts(t).kinds;
  return kinds;
}

const FORMS = new FormTable(wordFacts);

/** A paragraph's tokens with their facts, and where each of its pieces' tokens lie among them (firsts[i] is -1 for a
 *  piece to be tokenised alone). */
interface ReadParagraph {
  tokens: readonly string[];
  facts: readonly WordFacts[];
  firsts: number[] | null;
  lasts: number[] | null;
}

function readParagraph(text: string, pieces: readonly { start: number; end: number; text: string }[]): ReadParagraph {
  const scanned = FORMS.scan(text);
  if (scanned) {
    const ranges = pieceRanges(text, scanned.starts, scanned.ends, scanned.tokens.length, pieces);
    return { tokens: scanned.tokens, facts: scanned.values, ...ranges };
  }
  const cut = pieceTokens(text, pieces);
  const tokens = cut?.tokens ?? readTokens(text);
  return { tokens, facts: factsOf(tokens), firsts: cut?.firsts ?? null, lasts: cut?.lasts ?? null };
}

/** Tokenises every paragraph once (remembering its quotes' tokens for the call) and reads the facts of every token. */
export function readArticleWords(doc: ArticleDocument, quotes: readonly Quote[] = []): ArticleWords {
  const quotesIn: Quote[][] = doc.paragraphs.map(() => []);
  for (const q of quotes) quotesIn[q.paragraph]?.push(q);
  const out: ArticleWords = { sentenceFacts: [], sentenceFrom: [], sentenceTo: [], sentenceCues: [], sportWords: 0, cueWords: 0, kinds: 0, paragraphKinds: [], quoteFacts: new Map() };
  doc.paragraphs.forEach((paragraph, p) => {
    const sentences = doc.sentences[p] ?? [];
    const { tokens, facts, firsts, lasts } = readParagraph(paragraph, quotesIn[p].length ? [...sentences, ...quotesIn[p]] : sentences);
    // The quotes' tokens are read again (their claim words, their feelings); the sentences' only through this table.
    quotesIn[p].forEach((q, i) => {
      const at = sentences.length + i;
      if (!firsts || !lasts || firsts[at] < 0) return;
      rememberTokens(q.text, tokens.slice(firsts[at], lasts[at]));
      out.quoteFacts.set(q, facts.slice(firsts[at], lasts[at]));
    });
    let kinds = 0;
    for (const f of facts) {
      if (f.kinds === 0) continue; // most words are neither sport nor dispute
      if (f.kinds & SPORT_WORD) out.sportWords++;
      if (f.kinds & CUE_WORD) out.cueWords++;
      kinds |= f.kinds;
    }
    out.kinds |= kinds;
    out.paragraphKinds.push(kinds);
    sentences.forEach((s, i) => {
      const cut = firsts !== null && lasts !== null && firsts[i] >= 0;
      const own = cut ? facts : factsOf(readTokens(s.text));
      const from = cut ? firsts[i] : 0;
      const to = cut ? lasts[i] : own.length;
      let cues = 0;
      for (let t = from; t < to; t++) cues |= own[t].framingCues;
      out.sentenceFacts.push(own);
      out.sentenceFrom.push(from);
      out.sentenceTo.push(to);
      out.sentenceCues.push(cues);
    });
  });
  return out;
}

/** How many sentences the body has. */
export function sentenceCount(words: ArticleWords): number {
  return words.sentenceCues.length;
}
