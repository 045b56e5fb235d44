// Detection and body extraction on the project's own pages (tests/pages, samples). Each article page marks the
// blocks it expects in the body with data-expect="body" (inert to the reader), so the expectation sits beside
// the markup it is about.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../cli/load-page';
import { blockElement, readArticle } from '../../../page/read-article';
import { OWN_PAGES, readGold, SAMPLES, words } from './support/pages';

function read(path: string) {
  const page = loadPage(readFileSync(path, 'utf8'));
  const reading = readArticle(page.document);
  const expected = [...page.document.querySelectorAll('[data-expect="body"]')];
  return { reading, expected, document: page.document };
}

describe('articles of different markup', () => {
  const articles = {
    'article-jsonld-graph.html': { reason: 'JSON-LD ReportageNewsArticle', blocks: 8 },
    'article-og-only.html': { reason: 'og:type=article', blocks: 11 },
    'article-no-metadata.html': { reason: 'readerable', blocks: 6 },
  };
  for (const [file, want] of Object.entries(articles)) {
    it(`${file}: an article, with exactly the marked body blocks in order`, () => {
      const { reading, expected } = read(join(OWN_PAGES, file));
      expect(reading.isArticle).toBe(true);
      expect(reading.reason).toBe(want.reason);
      expect(expected).toHaveLength(want.blocks);
      expect(reading.blocks).toEqual(expected);
      expect(reading.paragraphs).toHaveLength(reading.blocks.length);
    });
  }

  it('joins lines broken by <br> with a space and keeps drop caps whole', () => {
    const { reading } = read(join(OWN_PAGES, 'article-jsonld-graph.html'));
    expect(reading.paragraphs[0]).toMatch(/^MILLBROOK — /);
    expect(reading.paragraphs.find((p) => p.includes('review the decision.'))).toMatch(/decision\. “This is not over,”/);
  });

  it('reads the two paragraphs of a blockquote and prose bullet points as separate blocks', () => {
    const { reading } = read(join(OWN_PAGES, 'article-og-only.html'));
    expect(reading.paragraphs.filter((p) => p.startsWith('“For many') || p.startsWith('We ask you'))).toHaveLength(2);
    expect(reading.blocks.filter((b) => blockElement(b).tagName === 'LI')).toHaveLength(3);
  });
});

describe('a story set as bare text between <br>s (article-br-paragraphs.html, no metadata)', () => {
  const { reading } = read(join(OWN_PAGES, 'article-br-paragraphs.html'));

  it('is read as an article, one paragraph per run of text, the photo caption and the footer left out', () => {
    expect(reading.isArticle).toBe(true);
    expect(reading.paragraphs.map((p) => p.slice(0, 24))).toEqual([
      'HARBOURTON (May 3) -- Th',
      "Passengers' groups calle",
      "The company's managing d",
      'The council will discuss',
      'Islanders who work late ',
      'The last night crossing ',
    ]);
    expect(reading.paragraphs.join(' ')).not.toMatch(/dawn|Copyright/);
  });
});

describe('non-articles', () => {
  const pages = {
    'home-page.html': /^og:type=website$/,
    'search-results.html': /^listing/,
    'web-app.html': /too little prose/,
    'code-page.html': /too little prose/,
    'listing-collection-page.html': /^JSON-LD CollectionPage$/,
  };
  for (const [file, reason] of Object.entries(pages)) {
    it(`${file}: not an article, with no body`, () => {
      const { reading } = read(join(OWN_PAGES, file));
      expect(reading.isArticle).toBe(false);
      expect(reading.reason).toMatch(reason);
      expect(reading.paragraphs).toEqual([]);
      expect(reading.blocks).toEqual([]);
    });
  }
});

describe('the sample article', () => {
  const path = join(SAMPLES, 'harbour-strike.html');
  const gold = readGold(path);
  const { reading } = read(path);

  it('is an article with its metadata', () => {
    expect(reading.isArticle).toBe(true);
    expect(reading.meta).toEqual({
      headline: gold.headline,
      published: '2025-03-14T18:40:00+00:00',
      outlet: 'The Kestrel Bay Courier',
      authors: ['Rosa Quaye'],
      url: 'https://courier.example/business/2025/03/14/dock-workers-vote-to-strike',
      language: 'en-GB',
    });
  });

  it('numbers its paragraphs as its gold does', () => {
    for (const item of [...(gold.quotes ?? []), ...(gold.statistics ?? []), ...(gold.events ?? [])]) {
      if (item.paragraph === 'headline') continue;
      const paragraph = new Set(words(reading.paragraphs[item.paragraph] ?? ''));
      expect(words(item.text).every((w) => paragraph.has(w)), `${item.paragraph}: ${item.text}`).toBe(true);
    }
  });

  it('leaves out the standfirst, caption, advert label, teaser link, newsletter, comments and related links', () => {
    const body = reading.paragraphs.join('\n');
    for (const furniture of ['an insult”; bosses', 'Photograph:', 'Advertisement', 'Read more:', 'Business briefing', 'inbox every Monday', 'harbourview_52', '£40,000', 'Related stories', 'record profits', 'invented newspaper', 'Share on X']) {
      expect(body).not.toContain(furniture);
    }
  });
});
