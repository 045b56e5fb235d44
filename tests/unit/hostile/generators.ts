// fast-check generators for hostile text and markup: the pieces the analysis and the reader react to (quote marks,
// speech verbs, names, numbers, dates), mixed with what breaks naive code (zero-width and bidi controls, lone
// surrogates, markup payloads, huge numbers, runs of one character), so odd combinations come up often.
import fc from 'fast-check';
import type { ArticleMeta } from '../../../analysis/types';

const TEXT_PIECES = [
  '"', "'", '‘', '’', '“', '”', '„', '‚', '«', '»', '‹', '›', '「', '」', '′', '″', '`',
  ' ', ' ', '  ', '\t', '\n', '\u00a0', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202e', '\u202c', '\u2067', '\u2069', '\u2028',
  ',', '.', ':', ';', '?', '!', '—', '–', '-', '(', ')', '[', ']', '…', '/', '%', '£', '$', '€', '¥',
  'said', 'says', 'told', 'added', 'according to', 'he', 'she', 'they', 'the', 'Mr', 'Ms', 'Dr', 'Cllr', 'the Minister', 'of',
  'Jane Doe', 'Union', 'Council', 'Labour leader', 'the head of the union,', 'spokesperson', 'in a statement',
  '0', '1', '7', '42', '3.5', '1,200', '10-15', '2/3', '5/2', '1 in 5', '99%', '£2.3m', '$4bn', 'half', 'a third', 'million', 'thousands',
  '1e308', '99999999999999999999', 'NaN', 'Infinity', '-0',
  'Monday', 'March', '2024', '31 February', '2025-13-45', 'yesterday', 'next year', 'last week', 'at 3pm', 'in the spring',
  '<img src=x onerror=alert(1)>', '</style><script>alert(1)</script>', 'javascript:alert(1)', '&lt;', '&amp;', '{"a":', '__proto__', 'constructor',
  '\ud800', '\udfff', '😀', 'é', 'ß', 'İ', 'ﬁ', 'א', 'ع',
];

/** One paragraph: any string, or a run of the pieces above, or one piece repeated many times. */
export const hostileParagraph = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...TEXT_PIECES), { maxLength: 80 }).map((xs) => xs.join(' ')) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...TEXT_PIECES), { maxLength: 80 }).map((xs) => xs.join('')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...TEXT_PIECES), fc.integer({ min: 1, max: 2000 })).map(([s, n]) => s.repeat(n)) },
);

export const hostileParagraphs = fc.array(hostileParagraph, { maxLength: 12 });

const nullableText = fc.option(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom(...TEXT_PIECES)), { nil: null });

export const hostileMeta: fc.Arbitrary<ArticleMeta> = fc.record({
  headline: nullableText,
  published: fc.option(
    fc.oneof(
      fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toISOString()),
      fc.constantFrom('2025-02-30', '2025-13-01T25:61:00Z', 'yesterday', '', 'NaN', '0000-00-00', '+275760-09-13T00:00:00.000Z'),
      fc.string({ maxLength: 30 }),
    ),
    { nil: null },
  ),
  outlet: nullableText,
  authors: fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 3 }),
  url: fc.option(fc.constantFrom('https://news.example/story', 'javascript:alert(1)', 'not a url', ''), { nil: null }),
  language: fc.option(fc.constantFrom('en', 'en-GB', 'EN_us', 'es', '', 'x'), { nil: null }),
});

const TAGS = ['p', 'div', 'article', 'main', 'section', 'span', 'em', 'a', 'h1', 'h2', 'blockquote', 'q', 'pre', 'code', 'li', 'ul', 'table', 'td', 'tr', 'figure', 'figcaption', 'aside', 'nav', 'header', 'footer', 'template', 'svg', 'math', 'iframe', 'noscript', 'style', 'script', 'textarea', 'title', 'select', 'option', 'br', 'hr', 'img', 'time'];
const ATTRIBUTES = ['', ' class="story-body"', ' class="byline"', ' id="main"', ' hidden', ' aria-hidden="true"', ' style="display:none"', ' itemprop="articleBody"', ' itemtype="https://schema.org/NewsArticle" itemscope', ' role="article"', ' datetime="2025-01-01"', ' onerror="alert(1)"', ' href="javascript:alert(1)"', ' shadowrootmode="open"', ' lang="es"', ' dir="rtl"'];
const JSON_LD = [
  '{"@type":"NewsArticle","headline":"H"}',
  '{"@type":["NewsArticle","Thing"],"headline":{"@value":1},"author":[null,{"name":{}}],"datePublished":42}',
  '{"@graph":[{"@type":"NewsArticle","@id":"#a","isPartOf":{"@id":"#a"}}]}',
  '{"@type":"NewsArticle",',
  '[[[[[[[[[[]]]]]]]]]]',
  'null',
  '{"__proto__":{"polluted":true},"@type":"NewsArticle"}',
  '{"@type":"NewsArticle","headline":"<\\/script><script>alert(1)<\\/script>"}',
];
const META_TAGS = ['og:type" content="article', 'og:type" content="website', 'og:title" content="', 'article:published_time" content="nope', 'og:site_name" content="<b>x</b>'];

const markupPiece: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...TAGS).chain((tag) => fc.constantFrom(...ATTRIBUTES).map((attr) => `<${tag}${attr}>`)),
  fc.constantFrom(...TAGS).map((tag) => `</${tag}>`),
  fc.constantFrom(...JSON_LD).map((json) => `<script type="application/ld+json">${json}</script>`),
  fc.constantFrom(...META_TAGS).map((m) => `<meta property="${m}">`),
  fc.constantFrom('<!--', '-->', '<![CDATA[', ']]>', '<!doctype html>', '<html lang="en">', '<body>', '</body>', '<', '>', '&', '&#0;', '&#x110000;', '&nbsp;'),
  hostileParagraph,
);

/** A page of markup: unbalanced, mis-nested, with broken JSON-LD and meta tags among the text. */
export const hostileHtml = fc.array(markupPiece, { maxLength: 60 }).map((xs) => xs.join(''));
