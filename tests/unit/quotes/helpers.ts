import { buildDocument } from '../../../analysis/document';
import { findQuotes, type QuoteSpan } from '../../../analysis/quotes';
import type { ArticleMeta } from '../../../analysis/types';

const META: ArticleMeta = { headline: null, published: null, outlet: null, authors: [], url: null, language: 'en' };

/** The quote spans of an article made of these paragraphs. */
export function quotesOf(...paragraphs: string[]): QuoteSpan[] {
  return findQuotes(buildDocument(paragraphs, META));
}

/** Just the quoted texts. */
export function textsOf(...paragraphs: string[]): string[] {
  return quotesOf(...paragraphs).map((q) => q.text);
}
