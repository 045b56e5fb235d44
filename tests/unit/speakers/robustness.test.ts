import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDocument } from '../../../analysis/document';
import type { QuoteSpan } from '../../../analysis/quotes';
import { attributeQuotes } from '../../../analysis/speakers';
import { tokenize } from '../../../analysis/speakers/tokens';
import { attribute } from './helpers';

const meta = { headline: null, published: null, outlet: null, authors: [], url: null, language: 'en' };

describe('attribution on odd input', () => {
  it('handles an empty document and spans that cover whole paragraphs', () => {
    expect(attributeQuotes(buildDocument([], meta), [])).toEqual({ quotes: [], speakers: [] });
    const doc = buildDocument(['Whole paragraph quoted here', ''], meta);
    const span: QuoteSpan = { paragraph: 0, start: 0, end: doc.paragraphs[0].length, text: doc.paragraphs[0], kind: 'direct', continuationOf: null };
    const { quotes } = attributeQuotes(doc, [span]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].speakerId).toBeNull();
  });

  it('never throws and keeps one output quote per span, in order, on arbitrary text and spans', () => {
    const word = fc.constantFrom('Ann', 'Lee', 'said', 'told', 'he', 'she', 'the', 'union', ',', '.', ':', '“', '”', 'Mr', 'of', 'and', 'adding', 'according', 'to');
    const paragraph = fc.array(word, { minLength: 0, maxLength: 30 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 6 }), (paras, raw) => {
        const doc = buildDocument(paras, meta);
        const spans: QuoteSpan[] = [];
        for (const [p, a, b] of raw) {
          if (!doc.paragraphs.length) break;
          const pi = p % doc.paragraphs.length;
          const len = doc.paragraphs[pi].length;
          const start = len ? a % len : 0;
          const end = Math.min(len, start + (b % 40));
          spans.push({ paragraph: pi, start, end, text: doc.paragraphs[pi].slice(start, end), kind: 'direct', continuationOf: spans.length && b % 3 === 0 ? spans.length - 1 : null });
        }
        spans.sort((x, y) => x.paragraph - y.paragraph || x.start - y.start);
        spans.forEach((s, i) => { if (s.continuationOf !== null && s.continuationOf >= i) s.continuationOf = null; });
        const { quotes, speakers } = attributeQuotes(doc, spans);
        expect(quotes.slice(0, spans.length).map((q) => q.id)).toEqual(spans.map((_, i) => `q${i + 1}`));
        for (const q of quotes) if (q.speakerId) expect(speakers.some((s) => s.id === q.speakerId)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a full stop with no space after it', () => {
  it('still ends the tag before the next sentence ("he said.Bell said …")', () => {
    const a = attribute([
      '“It is more efficient,” the energy minister Omar Bell told reporters last month.',
      'The two countries have signed 74 agreements since 2013.',
      '“There is nothing stopping us from carrying out the work,” he said.Bell said the pipes are already being laid.',
    ]);
    expect(a.who('There is nothing')).toBe('Omar Bell');
  });
  it('leaves abbreviations and addresses whole ("U.S.", "e.g.", "acme.com")', () => {
    const text = 'The U.S. team, e.g. Acme.com, won.';
    expect(tokenize(text, 0, text.length).filter((t) => t.kind === 'word').map((t) => t.text)).toEqual(['The', 'U.S', 'team', 'e.g', 'Acme.com', 'won']);
  });
});
