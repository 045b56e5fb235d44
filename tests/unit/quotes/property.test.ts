import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../analysis/document';
import { findQuotes } from '../../../analysis/quotes';

const META = { headline: null, published: null, outlet: null, authors: [], url: null, language: null };

// Text made mostly of the characters the rules look at, so odd mark sequences come up often.
const piece = fc.constantFrom('"', "'", '‘', '’', '“', '”', '„', '«', '»', '‹', '›', ' ', ' ', ',', '.', ':', '?', 's', 'n', 'We', 'said', 'he said', '90', '-', '—', '(', ')', 'A', 'é', '\n');
const paragraph = fc.oneof(fc.string(), fc.array(piece, { maxLength: 60 }).map((xs) => xs.join('')));

describe('findQuotes on any text', () => {
  it('never throws; spans stay inside their paragraph, in range, and link backwards; nested ones inside their quote', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 8 }), (paragraphs) => {
        const doc = buildDocument(paragraphs, META);
        const quotes = findQuotes(doc);
        quotes.forEach((q, i) => {
          const text = doc.paragraphs[q.paragraph];
          expect(text).toBeDefined();
          expect(0 <= q.start && q.start < q.end && q.end <= text.length).toBe(true);
          expect(text.slice(q.start, q.end)).toBe(q.text);
          if (q.continuationOf !== null) expect(q.continuationOf).toBeLessThan(i);
          if (q.insideOf != null) {
            // A quote nested in another lies inside it, in the same paragraph.
            const outer = quotes[q.insideOf];
            expect(q.insideOf).toBeLessThan(i);
            expect(outer.paragraph === q.paragraph && outer.start <= q.start && q.end <= outer.end).toBe(true);
            return;
          }
          const prev = quotes.slice(0, i).findLast((p) => p.insideOf == null);
          if (prev) expect(prev.paragraph < q.paragraph || (prev.paragraph === q.paragraph && prev.end <= q.start)).toBe(true);
        });
      }),
      { numRuns: 1000 },
    );
  });
});
