// The seed article (../shared, read at run time): the Government and the BMA, and the pairs the issue names.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../analysis';
import { readPage, SHARED_FIXTURES, sharedFixturePages } from '../page/support/pages';

const pages = sharedFixturePages();
const SEED = 'seed-junior-doctors-strike.html';

describe.skipIf(!pages?.includes(SEED))('sides of the seed article', () => {
  const reading = readPage(join(SHARED_FIXTURES, SEED));
  const r = analyzeArticle(reading.paragraphs, reading.meta);
  const quote = new Map(r.quotes.map((q) => [q.id, q]));
  const speaker = new Map(r.speakers.map((s) => [s.id, s]));
  const bma = r.sides.find((s) => /British Medical Association|BMA/.test(s.name));
  const saidBy = (id: string, name: RegExp) => name.test(speaker.get(quote.get(id)?.speakerId ?? '')?.name ?? '');

  it('finds the Government and the BMA from "the impasse between"', () => {
    expect(r.sides.map((s) => s.name)).toEqual(['Government', 'British Medical Association']);
    expect(bma?.aliases).toContain('BMA');
  });

  it('pairs a Hunt "blackmail"/manifesto claim with a BMA reply', () => {
    const pair = r.responses.find(
      (p) => saidBy(p.claimId, /Hunt/) && /blackmail|manifesto/i.test(quote.get(p.claimId)?.text ?? '') &&
        p.responseIds.some((id) => saidBy(id, /Porter|British Medical Association|BMA/)),
    );
    expect(pair, JSON.stringify(r.responses)).toBeDefined();
  });

  it('answers the 13.5% pay claim only with a BMA-side reply, or leaves it with no response', () => {
    const payClaims = r.quotes.filter((q) => q.text.includes('13.5%'));
    expect(payClaims.length).toBeGreaterThan(0);
    for (const q of payClaims) {
      const pair = r.responses.find((p) => p.claimId === q.id);
      for (const id of pair?.responseIds ?? []) expect(speaker.get(quote.get(id)?.speakerId ?? '')?.side).toBe(bma?.id);
    }
  });
});
