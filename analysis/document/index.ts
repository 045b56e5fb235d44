import type { ArticleMeta } from '../types';
import { normalizeText } from './normalize';
import { splitSentences, type Sentence } from './sentences';

export { normalizeText } from './normalize';
export { splitSentences, type Sentence } from './sentences';

/**
 * The shared document model every pass reads: normalised paragraphs and their sentences, with offsets.
 * Passes never re-split text; they add their own layers on top of this.
 */
export interface ArticleDocument {
  meta: ArticleMeta;
  paragraphs: string[];
  /** sentences[p] holds paragraph p's sentences in order. */
  sentences: Sentence[][];
}

export function buildDocument(paragraphs: string[], meta: ArticleMeta): ArticleDocument {
  const normalised = paragraphs.map(normalizeText);
  return { meta, paragraphs: normalised, sentences: normalised.map((p, i) => splitSentences(p, i)) };
}

/**
 * Words in the article: runs of non-space characters. Paragraphs are normalised (single spaces, trimmed), so
 * a paragraph's words are its spaces plus one; counted without building a list of the words.
 */
export function countWords(doc: ArticleDocument): number {
  let words = 0;
  for (const p of doc.paragraphs) {
    if (!p.length) continue;
    words++;
    for (let at = p.indexOf(' '); at >= 0; at = p.indexOf(' ', at + 1)) words++;
  }
  return words;
}

/** The sentence of paragraph `paragraph` that holds offset `at`. */
export function sentenceAt(doc: ArticleDocument, paragraph: number, at: number): Sentence | undefined {
  return doc.sentences[paragraph]?.find((s) => at >= s.start && at < s.end) ?? doc.sentences[paragraph]?.at(-1);
}
