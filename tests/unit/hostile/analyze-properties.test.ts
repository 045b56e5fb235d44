// The analysis core on any input (issue 9): any paragraphs and any metadata give an Analysis without an exception,
// in finite time (the test time-out catches a hang), with every offset inside its own paragraph (so no quotation
// crosses a paragraph break) and every id it refers to present.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../analysis';
import { buildDocument } from '../../../analysis/document';
import type { Analysis, ArticleMeta } from '../../../analysis/types';
import { hostileMeta, hostileParagraph, hostileParagraphs } from './generators';

const EMPTY_META: ArticleMeta = { headline: null, published: null, outlet: null, authors: [], url: null, language: null };

/** Every spanned item sits inside the normalised text of its own paragraph. */
function expectSpansInRange(paragraphs: string[], meta: ArticleMeta, analysis: Analysis) {
  const text = buildDocument(paragraphs, meta).paragraphs;
  const spans = [
    ...analysis.quotes.map((q) => ({ what: `quote ${q.id}`, ...q })),
    ...analysis.statistics.map((s) => ({ what: `statistic ${s.id}`, ...s })),
    ...analysis.timeline.filter((e) => e.start !== undefined && e.end !== undefined).map((e) => ({ what: `event ${e.id}`, ...e })),
  ];
  for (const span of spans) {
    const paragraph = text[span.paragraph];
    expect(paragraph, `${span.what} in paragraph ${span.paragraph} of ${text.length}`).toBeDefined();
    expect(Number.isInteger(span.start) && Number.isInteger(span.end), span.what).toBe(true);
    expect(0 <= span.start! && span.start! <= span.end! && span.end! <= paragraph.length, `${span.what} ${span.start}-${span.end} of ${paragraph.length}`).toBe(true);
  }
  for (const q of analysis.quotes) {
    // A quotation is the printed words of one paragraph: never empty, never reaching into the next one.
    expect(q.end).toBeGreaterThan(q.start);
    if (q.kind !== 'indirect') expect(text[q.paragraph].slice(q.start, q.end)).toBe(q.text);
  }
}

/** Every id an item refers to exists, and ids are unique. */
function expectConsistentIds(analysis: Analysis) {
  const speakers = new Set(analysis.speakers.map((s) => s.id));
  const quotes = new Set(analysis.quotes.map((q) => q.id));
  const sides = new Set(analysis.sides.map((s) => s.id));
  expect(speakers.size).toBe(analysis.speakers.length);
  expect(quotes.size).toBe(analysis.quotes.length);
  for (const q of analysis.quotes) {
    if (q.speakerId !== null) expect(speakers.has(q.speakerId), `speaker of ${q.id}`).toBe(true);
    if (q.continuationOf !== null) expect(quotes.has(q.continuationOf), `continued quote of ${q.id}`).toBe(true);
  }
  for (const sp of analysis.speakers) if (sp.side !== null) expect(sides.has(sp.side), `side of ${sp.id}`).toBe(true);
  for (const side of analysis.sides) for (const id of side.speakerIds) expect(speakers.has(id)).toBe(true);
  for (const r of analysis.responses) for (const id of [r.claimId, ...r.responseIds]) expect(quotes.has(id), `response ${id}`).toBe(true);
}

describe('analyzeArticle on hostile input', () => {
  it('any paragraphs and metadata: no exception, offsets in range, quotes within one paragraph, ids consistent', () => {
    fc.assert(
      fc.property(hostileParagraphs, hostileMeta, (paragraphs, meta) => {
        const analysis = analyzeArticle(paragraphs, meta);
        expectSpansInRange(paragraphs, meta, analysis);
        expectConsistentIds(analysis);
        expect(() => JSON.stringify(analysis)).not.toThrow(); // it crosses a message channel
      }),
      { numRuns: 200 },
    );
  }, 300_000);

  it('any single string as the whole article', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        const analysis = analyzeArticle([text], EMPTY_META);
        expectSpansInRange([text], EMPTY_META, analysis);
      }),
      { numRuns: 300 },
    );
  }, 300_000);

  it('finishes on a long article of hostile paragraphs (several hundred kB), with offsets in range', () => {
    // Paragraphs of a few hundred characters each, as a long page gives them, drawn once with a fixed seed.
    const paragraphs = fc.sample(hostileParagraph, { numRuns: 2500, seed: 9 });
    const size = paragraphs.reduce((n, p) => n + p.length, 0);
    expect(size).toBeGreaterThan(300_000);
    const analysis = analyzeArticle(paragraphs, EMPTY_META);
    expectSpansInRange(paragraphs, EMPTY_META, analysis);
    expectConsistentIds(analysis);
  }, 300_000);

  it('finishes on one paragraph of about 70,000 characters of quote marks, apostrophes and speech verbs', () => {
    const paragraph = Array.from({ length: 20_000 }, (_, i) => ['“', 'he said', '’', '"', "'s"][i % 5]).join(' ');
    const analysis = analyzeArticle([paragraph], EMPTY_META);
    expectSpansInRange([paragraph], EMPTY_META, analysis);
  }, 300_000);
});
