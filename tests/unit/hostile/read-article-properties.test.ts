// The page reader on malformed and hostile markup (issue 9), parsed by happy-dom as the command line does: it
// never throws, and what it returns is well formed (one block per paragraph, paragraphs normalised, a reason).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../cli/load-page';
import { readArticle, type PageReading } from '../../../page/read-article';
import { hostileHtml, hostileParagraph } from './generators';

function expectWellFormed(reading: PageReading) {
  expect(typeof reading.isArticle).toBe('boolean');
  expect(typeof reading.reason).toBe('string');
  expect(reading.confidence >= 0 && reading.confidence <= 1).toBe(true);
  expect(reading.blocks).toHaveLength(reading.paragraphs.length);
  for (const p of reading.paragraphs) expect(p).toBe(p.replace(/\s+/g, ' ').trim());
  if (reading.isArticle) expect(reading.paragraphs.length).toBeGreaterThan(0);
}

function read(html: string, force = false): PageReading {
  const page = loadPage(html, 'https://news.example/story');
  try {
    return readArticle(page.document, { force });
  } finally {
    page.close();
  }
}

describe('readArticle on hostile markup', () => {
  it('reads a page whose stray <html> tag inside a table trips the parser', () => {
    // Found by the property below: happy-dom's parser throws on it; the page is read without the stray tag.
    expect(() => read('<table><html lang="en">')).not.toThrow();
    const reading = read('<p>"We stay," she said.</p><table><html lang="en"><tr><td>1</td></tr></table>', true);
    expectWellFormed(reading);
    expect(reading.paragraphs.join(' ')).toContain('We stay');
  });

  it('any unbalanced, mis-nested page with broken JSON-LD and meta tags: no exception, a well-formed reading', () => {
    fc.assert(
      fc.property(hostileHtml, fc.boolean(), (html, force) => {
        expectWellFormed(read(html, force));
      }),
      { numRuns: 300 },
    );
  }, 300_000);

  it('a declared article whose body is hostile paragraphs reads them as text, payloads included', () => {
    const head = '<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script></head>';
    fc.assert(
      fc.property(fc.array(hostileParagraph, { minLength: 1, maxLength: 8 }), (paragraphs) => {
        const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        const body = paragraphs.map((p) => `<p>${escape(p)}</p>`).join('');
        const reading = read(`<!doctype html><html lang="en">${head}<body><article>${body}</article></body></html>`, true);
        expectWellFormed(reading);
        // Whatever was kept is the paragraphs' own text: markup in them stayed text, nothing was invented.
        const source = paragraphs.join(' ').replace(/\s+/g, ' ');
        for (const p of reading.paragraphs) for (const word of p.split(' ')) expect(source).toContain(word);
      }),
      { numRuns: 200 },
    );
  }, 300_000);

  it('a DOM nested 10,000 levels deep (built by script: the parser caps nesting) gives a verdict, not an exception', () => {
    const page = loadPage(
      '<!doctype html><html lang="en"><head><meta property="og:type" content="article"><title>Deep</title></head><body><main id="outer"></main></body></html>',
    );
    try {
      const doc = page.document;
      let node: Element = doc.getElementById('outer')!;
      for (let i = 0; i < 10_000; i++) node = node.appendChild(doc.createElement(i % 2 ? 'section' : 'div'));
      for (let i = 0; i < 5; i++) {
        const p = node.appendChild(doc.createElement('p'));
        p.textContent = `Paragraph ${i} of a story at the bottom of a very deep page, said the reporter, with 12% more words than needed.`;
      }
      expectWellFormed(readArticle(doc));
      expectWellFormed(readArticle(doc, { force: true }));
    } finally {
      page.close();
    }
  }, 300_000);
});
