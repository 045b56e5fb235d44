import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../analysis/document';
import { findStatistics } from '../../../analysis/statistics';
import { buildTimeline } from '../../../analysis/timeline';
import { META } from './helpers';

// Pieces that number and date rules react to, shuffled into arbitrary paragraphs.
const PIECES = [
  '57%', '£1.2bn', '$3 million', 'a quarter', 'two-thirds', 'one in four', '6/1', '5/2', '861', 'adults', 'on Monday',
  'last year', 'in January', '2016', '29 May', '8am', 'to', 'from', 'No 10', 'Radio 4', '11th', 'hour', 'seven-day',
  'per cent', 'three', 'years', 'ago', 'the', 'start', 'of', 'summer', 'Easter', '“', '”', ',', '.', '-', '(78)',
  'M50 000', '4m/-', '/-', 'Rs', 'crore', 'Theresa May', '0800 123 4567', '#Tag2024', 'https://x.io/a9', '½', '٣', '\u200b',
];

describe('statistics and timeline on arbitrary text', () => {
  it('never throw, and every text is the paragraph at its offsets', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 40 }), (parts) => {
        const paragraph = parts.join(' ').replace(/\s+/g, ' ').trim();
        const doc = buildDocument([paragraph], META);
        for (const s of findStatistics(doc)) expect(paragraph.slice(s.start, s.end)).toBe(s.text);
        for (const t of buildTimeline(doc, { quotes: [], speakers: [] })) expect(paragraph.slice(t.start, t.end)).toBe(t.text);
      }),
      { numRuns: 150 },
    );
  });

  it('handles an empty article and one with no publication date', () => {
    expect(findStatistics(buildDocument([], META))).toEqual([]);
    const undated = buildDocument(['It rained on Monday.'], { ...META, published: 'not a date' });
    expect(buildTimeline(undated, { quotes: [], speakers: [] })[0].date).toBeNull();
  });
});
