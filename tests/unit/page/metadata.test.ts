// Metadata: JSON-LD first (in @graph, arrays, with @id references, malformed), then <meta> tags, then the page.
import { describe, expect, it } from 'vitest';
import { parseTolerantly } from '../../../page/reader/metadata/json-ld';
import { readHtml } from './support/pages';

/** Five plain paragraphs: enough body for any verdict, so the test is about metadata alone. */
const BODY = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i + 1} of the story says what happened at the meeting, who spoke and what was decided, in plain words for readers.</p>`).join('');

function page(head: string, body = `<article><h1>Visible headline</h1>${BODY}</article>`, lang = 'en') {
  return `<!doctype html><html lang="${lang}"><head><title>Title text | Some Outlet</title>${head}</head><body>${body}</body></html>`;
}
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('JSON-LD', () => {
  it('finds a NewsArticle inside @graph and resolves author and publisher @id references', () => {
    const reading = readHtml(page(ld({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'The Valley Echo' },
        { '@type': 'Person', '@id': '#a1', name: 'Lena Brandt' },
        { '@type': 'NewsArticle', headline: 'Bridge reopens', datePublished: '2024-05-02T10:00:00+02:00', author: [{ '@id': '#a1' }, { '@type': 'Person', name: 'By Omar Quist' }], publisher: { '@id': '#org' } },
      ],
    })));
    expect(reading.isArticle).toBe(true);
    expect(reading.reason).toBe('JSON-LD NewsArticle');
    expect(reading.meta).toMatchObject({ headline: 'Bridge reopens', published: '2024-05-02T10:00:00+02:00', outlet: 'The Valley Echo', authors: ['Lena Brandt', 'Omar Quist'] });
  });

  it('finds the article in a top-level array, with a prefixed or listed @type', () => {
    for (const type of ['schema:BlogPosting', 'https://schema.org/Article', ['ReportageNewsArticle', 'NewsArticle']]) {
      const reading = readHtml(page(ld([{ '@type': 'WebSite', name: 'Site' }, { '@type': type, headline: 'H' }])));
      expect(reading.isArticle, JSON.stringify(type)).toBe(true);
    }
  });

  it('reads an article given as the mainEntity of a WebPage', () => {
    const reading = readHtml(page(ld({ '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle', headline: 'Inner' } })));
    expect(reading.meta.headline).toBe('Inner');
  });

  it('tolerates trailing commas, raw newlines in strings, comment wrappers and two objects back to back', () => {
    expect(parseTolerantly('{"@type": "NewsArticle", "headline": "A",}')).toEqual({ '@type': 'NewsArticle', headline: 'A' });
    expect(parseTolerantly('{"@type": "NewsArticle", "headline": "line one\nline two"}')).toEqual({ '@type': 'NewsArticle', headline: 'line one line two' });
    expect(parseTolerantly('<!-- {"@type": "Article"} -->')).toEqual({ '@type': 'Article' });
    expect(parseTolerantly('{"@type": "WebSite"}{"@type": "NewsArticle"}')).toEqual([{ '@type': 'WebSite' }, { '@type': 'NewsArticle' }]);
  });

  it('still reads the type and headline of JSON that no repair can parse', () => {
    const broken = '{"@type": "NewsArticle", "headline": "Still \\"found\\"", "author": {"name": "Ada Wren"}, "body": [unclosed';
    const reading = readHtml(page(`<script type="application/ld+json">${broken}</script>`));
    expect(reading.reason).toBe('JSON-LD NewsArticle');
    expect(reading.meta.headline).toBe('Still "found"');
    expect(reading.meta.authors).toEqual(['Ada Wren']);
  });

  it('ignores NewsArticle teasers nested in an ItemList and takes the page for the listing it says it is', () => {
    const reading = readHtml(page(ld({ '@type': 'CollectionPage', mainEntity: { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: { '@type': 'NewsArticle', headline: 'Teaser' } }] } })));
    expect(reading.isArticle).toBe(false);
    expect(reading.reason).toBe('JSON-LD CollectionPage');
  });

  it('decodes HTML entities that sites leave in JSON-LD strings', () => {
    const reading = readHtml(page(ld({ '@type': 'NewsArticle', headline: 'Rock &amp; roll: it&#8217;s back' })));
    expect(reading.meta.headline).toBe('Rock & roll: it’s back');
  });
});

describe('meta tags and the page', () => {
  it('og:type=website with no publication time is a home page or section front, turned away from its tags alone', () => {
    const reading = readHtml(page('<meta property="og:type" content="website">'));
    expect(reading).toMatchObject({ isArticle: false, reason: 'og:type=website', paragraphs: [] });
    // A dated page that calls itself a website is still read on its body.
    expect(readHtml(page('<meta property="og:type" content="website"><meta property="article:published_time" content="2023-01-05T08:00:00Z">')).isArticle).toBe(true);
    // An article's own JSON-LD outweighs the tag.
    expect(readHtml(page(`<meta property="og:type" content="website">${ld({ '@type': 'NewsArticle' })}`)).isArticle).toBe(true);
  });

  it('og:type=article with article:published_time is an article; authors split from the author tag', () => {
    const reading = readHtml(page('<meta property="og:type" content="article"><meta property="article:published_time" content="2023-01-05T08:00:00Z"><meta property="og:site_name" content="Harbour Lights"><meta name="author" content="Ana Reyes and Tom Ickes"><meta property="og:title" content="OG title">'));
    expect(reading.reason).toBe('og:type=article');
    expect(reading.meta).toMatchObject({ headline: 'OG title', published: '2023-01-05T08:00:00Z', outlet: 'Harbour Lights', authors: ['Ana Reyes', 'Tom Ickes'] });
  });

  it('takes the canonical URL, resolved against the page address, over og:url', () => {
    const reading = readHtml(page('<link rel="canonical" href="/news/story-1"><meta property="og:url" content="https://other.example/x">' + ld({ '@type': 'NewsArticle' })), 'https://paper.example/amp/story-1?utm=x');
    expect(reading.meta.url).toBe('https://paper.example/news/story-1');
  });

  it('gives no URL for a saved page without an address or an absolute canonical', () => {
    expect(readHtml(page(ld({ '@type': 'NewsArticle' }))).meta.url).toBeNull();
  });

  it('reads the language from <html lang>, else JSON-LD inLanguage, else og:locale', () => {
    expect(readHtml(page(ld({ '@type': 'NewsArticle' }), undefined, 'fr-CA')).meta.language).toBe('fr-CA');
    const noLang = (head: string) => `<!doctype html><html><head>${head}</head><body><article>${BODY}</article></body></html>`;
    expect(readHtml(noLang(ld({ '@type': 'NewsArticle', inLanguage: 'de' }))).meta.language).toBe('de');
    expect(readHtml(noLang(`<meta property="og:locale" content="en_GB">${ld({ '@type': 'NewsArticle' })}`)).meta.language).toBe('en-GB');
  });

  it('falls back to the <h1>, rel=author links and the <time> of the article when there are no tags', () => {
    const body = `<article><h1>Only the page knows</h1><p>By <a rel="author" href="/p/kim">Kim Osei</a></p><time datetime="2022-02-02T09:00:00Z">2 Feb</time>${BODY}</article>`;
    const reading = readHtml(page('<meta property="og:type" content="article">', body));
    expect(reading.meta).toMatchObject({ headline: 'Only the page knows', authors: ['Kim Osei'], published: '2022-02-02T09:00:00Z' });
  });

  it.each([
    ['<meta name="publish_date" content="2010-08-13">', ''],
    ['<meta property="og:published_time" content="2010-08-13T09:00:00Z">', ''],
    ['<meta name="OriginalPublicationDate" content="2010/08/13 09:00:00">', ''],
    ['', '<abbr class="published" title="2010-08-13T09:00:00Z">Aug 13</abbr>'],
    ['', '<time pubdate datetime="2010-08-13">Aug 13</time>'],
    ['', '<cite class="byline">By Jo Park | Wire – <abbr title="2010-08-13T01:40:40Z">1 hr 4 mins ago</abbr></cite>'],
  ])('reads the publication date from older markup: %s%s', (head, marked) => {
    const reading = readHtml(page(`<meta property="og:type" content="article">${head}`, `<div class="post"><h1>H</h1>${marked}${BODY}</div>`));
    expect(reading.meta.published).toMatch(/^2010[-/]08[-/]13/);
  });

  it('takes the date in the article\'s address when the page states none', () => {
    const at = (address: string) => readHtml(page(`<meta property="og:type" content="article"><link rel="canonical" href="${address}">`)).meta.published;
    expect(at('https://news.example/2010/08/13/marines-review/')).toBe('2010-08-13');
    expect(at('https://news.example/politics/2021-03-09/vote-delayed')).toBe('2021-03-09');
    expect(at('https://news.example/2010/08/marines-review/')).toBeNull(); // a month is no day to count from
    expect(at('https://news.example/story/2010/13/45/')).toBeNull();
  });

  it('reads a date the page prints by its story, named as such, and not the masthead\'s date or a teaser\'s', () => {
    const body = (byline: string) =>
      `<div class="masthead"><span class="date">Friday, March 1, 2024</span></div><div class="story"><h1>H</h1>${byline}${BODY}` +
      `<ul class="more"><li><a href="/x">Older story</a> <span class="date">May 2, 2008</span></li></ul></div>`;
    const at = (byline: string) => readHtml(page('<meta property="og:type" content="article">', body(byline))).meta.published;
    expect(at('<div class="byline"><span class="pubdate"><a href="/2009/oct/14">October 14, 2009</a></span> | Jo Park</div>')).toBe('October 14, 2009');
    expect(at('<p class="article-date">Posted 14 Oct 2009, 5:12pm</p>')).toBe('14 Oct 2009');
    expect(at('<div class="byline">By Jo Park</div>')).toBeNull();
    expect(at('<div class="byline">By Jo Park <abbr title="Associated Press">AP</abbr></div>')).toBeNull(); // no time in it
    expect(at('<time class="datestamp"> August 18, 2010 3:21 PM PDT </time>')).toBe('August 18, 2010');
    expect(at('<div class="date"><span>Updated: </span>August 13, 2010, 5:02 PM ET</div>')).toBe('August 13, 2010');
  });

  it('reads <meta value=…> (a non-standard spelling) for the date, but never lets it declare the page a website', () => {
    const reading = readHtml(page('<meta name="og:type" value="website"><meta name="article:published_time" value="Mon Aug 03 12:45:00 EDT 2015">'));
    expect(reading.meta.published).toBe('Mon Aug 03 12:45:00 EDT 2015');
    expect(reading.isArticle).toBe(true);
  });

  it('takes the outlet from the title\'s last part when no tag names it', () => {
    expect(readHtml(page(ld({ '@type': 'NewsArticle' }))).meta.outlet).toBe('Some Outlet');
  });

  it('returns empty metadata, not an exception, for a page with no head at all', () => {
    const reading = readHtml('<p>just text</p>');
    expect(reading.isArticle).toBe(false);
    expect(reading.meta).toEqual({ headline: null, published: null, outlet: null, authors: [], url: null, language: null });
  });
});
