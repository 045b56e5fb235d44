import type { ArticleDocument } from '../document';
import type { QuoteKind } from '../types';

/** A span of quoted words found by the quote-mark pass, before attribution. */
export interface QuoteSpan {
  paragraph: number;
  /** Offsets of the words inside the marks. */
  start: number;
  end: number;
  text: string;
  kind: Exclude<QuoteKind, 'indirect'>;
  /** Index (into the returned list) of the span this one continues, or null. */
  continuationOf: number | null;
}

export function findQuotes(_doc: ArticleDocument): QuoteSpan[] {
  return []; // TODO(quotes helper)
}
