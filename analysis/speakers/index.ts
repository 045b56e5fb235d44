import type { ArticleDocument } from '../document';
import type { QuoteSpan } from '../quotes';
import type { Quote, Speaker } from '../types';

/** Names a speaker for every quote span, finds reported speech, and builds the speaker registry. */
export function attributeQuotes(_doc: ArticleDocument, _spans: QuoteSpan[]): { quotes: Quote[]; speakers: Speaker[] } {
  return { quotes: [], speakers: [] }; // TODO(speakers helper)
}
