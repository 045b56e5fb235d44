import type { ArticleDocument } from '../document';
import type { QuoteSpan } from '../quotes';
import type { Quote, Speaker } from '../types';

/** Names a speaker for every quote span, finds reported speech, and builds the speaker registry. */
export function attributeQuotes(_doc: ArticleDocument, spans: QuoteSpan[]): { quotes: Quote[]; speakers: Speaker[] } {
  // TODO(speakers helper): attribution. Until then every span is passed through unattributed.
  const quotes: Quote[] = spans.map((s, i) => ({
    id: `q${i + 1}`,
    text: s.text,
    speakerId: null,
    kind: s.kind,
    continuationOf: s.continuationOf === null ? null : `q${s.continuationOf + 1}`,
    paragraph: s.paragraph,
    start: s.start,
    end: s.end,
  }));
  return { quotes, speakers: [] };
}
