// Builds a document and quote spans from short invented paragraphs, so attribution is tested on its own.
// Spans are the words inside curly double quotes; a paragraph left open continues into the next one.
import { buildDocument } from '../../../analysis/document';
import type { QuoteSpan } from '../../../analysis/quotes';
import { attributeQuotes } from '../../../analysis/speakers';
import type { Quote, Speaker } from '../../../analysis/types';

export function spansOf(paragraphs: string[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = false;
  paragraphs.forEach((text, p) => {
    const re = /\u201C([^\u201C\u201D]*)(\u201D|$)/g;
    let first = true;
    for (const m of text.matchAll(re)) {
      const start = m.index! + 1;
      const body = m[1];
      spans.push({
        paragraph: p, start, end: start + body.length, text: body,
        kind: body.split(' ').length > 4 ? 'direct' : 'partial',
        continuationOf: first && open && m.index === 0 ? spans.length - 1 : null,
      });
      open = m[2] === '';
      first = false;
    }
    if (first) open = false;
  });
  return spans;
}

export interface Attributed {
  quotes: Quote[];
  speakers: Speaker[];
  /** Speaker name of the quote whose text starts with `prefix` (null when unattributed). */
  who(prefix: string): string | null;
  speaker(name: string): Speaker | undefined;
}

export function attribute(paragraphs: string[]): Attributed {
  const doc = buildDocument(paragraphs, { headline: null, published: null, outlet: null, authors: [], url: null, language: 'en' });
  const { quotes, speakers } = attributeQuotes(doc, spansOf(doc.paragraphs));
  return {
    quotes,
    speakers,
    who(prefix) {
      const q = quotes.find((x) => x.text.startsWith(prefix));
      if (!q) throw new Error(`no quote starting "${prefix}"`);
      return speakers.find((s) => s.id === q.speakerId)?.name ?? null;
    },
    speaker: (name) => speakers.find((s) => s.name === name),
  };
}
