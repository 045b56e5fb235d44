// The quote pass on the shared annotated articles, read at run time (never copied): every quotation the gold
// requires is found, and nothing is found that the gold does not list (fragments may be found or not).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../analysis/document';
import { findQuotes } from '../../../analysis/quotes';
import { readArticle } from '../../../page/read-article';

const FIXTURES = join(__dirname, '../../../../shared/fixtures');

interface GoldQuote {
  text: string;
  fragment?: boolean;
}

/** Word-set overlap with punctuation and case ignored, as the gold conventions match quotations. */
function overlap(a: string, b: string): number {
  const words = (s: string) => new Set(s.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'").split(/[^\p{L}\p{N}'%]+/u).map((w) => w.replace(/^'+|'+$/g, '')).filter(Boolean));
  const A = words(a), B = words(b);
  let both = 0;
  for (const w of A) if (B.has(w)) both++;
  return both / (A.size + B.size - both || 1);
}

const articles = readdirSync(FIXTURES).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace('.gold.json', ''));

describe.each(articles)('quotes in %s', (name) => {
  it('finds every required quotation and no scare quote', () => {
    const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
    const gold = JSON.parse(readFileSync(join(FIXTURES, `${name}.gold.json`), 'utf8')) as { quotes: GoldQuote[] };
    const page = new DOMParser().parseFromString(html, 'text/html');
    const reading = readArticle(page);
    // Quotations inside another are candidates attribution keeps only when the outer words name their speaker:
    // the scorer checks those end to end.
    const found = findQuotes(buildDocument(reading.paragraphs, reading.meta)).filter((q) => q.insideOf == null).map((q) => q.text);
    const used = new Set<number>();
    const pair = (g: GoldQuote) => {
      const i = found.findIndex((t, k) => !used.has(k) && overlap(t, g.text) >= 0.8);
      if (i >= 0) used.add(i);
      return i;
    };
    const missed = gold.quotes.filter((g) => !g.fragment && pair(g) < 0).map((g) => g.text);
    gold.quotes.filter((g) => g.fragment).forEach(pair);
    const extra = found.filter((_, k) => !used.has(k));
    expect(missed).toEqual([]);
    expect(extra).toEqual([]);
  });
});
