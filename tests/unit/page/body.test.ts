// Body extraction: what is left out, what is kept, and in which order.
import { describe, expect, it } from 'vitest';
import { blockElement, isTextRun, readArticle } from '../../../page/read-article';
import { readHtml } from './support/pages';

const HEAD = '<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"The headline"}</script></head>';
const story = (n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => `<p>Story paragraph ${i + from} reports what the council decided and why residents objected to it at length.</p>`).join('');
const read = (body: string) => readHtml(`<!doctype html><html lang="en">${HEAD}<body>${body}</body></html>`);

describe('left out of the body', () => {
  it('headline, byline, dateline, share bar, caption, related links, newsletter, comments, footer, scripts', () => {
    const reading = read(`
      <nav><p>Navigation paragraph that is long enough to look like prose to a careless reader of pages.</p></nav>
      <article>
        <h1>The headline</h1>
        <h2>The headline</h2>
        <p class="byline">By Jo Marsh</p>
        <p>By Jo Marsh, Local Democracy Reporter</p>
        <p><time datetime="2024-01-01">1 January 2024</time></p>
        <p>Updated 14:05 GMT, 2 January 2024</p>
        <div class="share-tools"><p>Share this story with your friends on every network you use today.</p></div>
        ${story(3)}
        <figure><img src="data:," alt=""><figcaption>Caption text with 45 people in it.</figcaption></figure>
        <p class="caption">Photo caption paragraph with 12 boats.</p>
        <script>document.write("script text")</script><style>p { color: red }</style><noscript><p>Enable JavaScript.</p></noscript>
        <p>Advertisement</p>
        <p><strong>Read more:</strong> <a href="/x">Council leader quits after budget row</a></p>
        <p><a href="/y">Council leader quits after budget row</a></p>
        ${story(3, 4)}
        <aside><p>Related stories paragraph in an aside, with 99 numbers the analysis must not see.</p></aside>
        <div class="related-stories"><ul><li><a href="/z">Another story headline that is long enough</a></li></ul></div>
        <div class="newsletter-signup"><p>Sign up to our newsletter for 20% off your first year of news.</p></div>
        <section id="comments"><p>Commenter wrote a long comment full of numbers like 85% and quotes "like this".</p></section>
      </article>
      <footer><p>Footer paragraph with copyright notice and a long address for the company office.</p></footer>`);
    expect(reading.isArticle).toBe(true);
    expect(reading.paragraphs).toEqual(Array.from({ length: 6 }, (_, i) => `Story paragraph ${i + 1} reports what the council decided and why residents objected to it at length.`));
  });

  it('a comment thread longer than the story', () => {
    const comments = Array.from({ length: 12 }, (_, i) => `<p>Comment ${i + 1}: I have lived here forty years and this decision is the worst the council has made in all that time.</p>`).join('');
    const reading = read(`<main><article>${story(3)}</article><section class="comments-area">${comments}</section></main>`);
    expect(reading.paragraphs).toHaveLength(3);
  });

  it('hidden elements (hidden, aria-hidden, inline display:none)', () => {
    const reading = read(`<article>${story(4)}<p hidden>Hidden one.</p><div aria-hidden="true"><p>Pull quote copy.</p></div><p style="display: none">Invisible.</p></article>`);
    expect(reading.paragraphs).toHaveLength(4);
  });

  it('a "Related" subhead with its links, and a pull quote repeating the body', () => {
    const reading = read(`<article>${story(2)}<h3>Related stories</h3><ul><li><a href="/a">Council budget row explained in full</a></li></ul><blockquote class="pull-quote">“Residents objected to it at length”</blockquote>${story(2, 3)}</article>`);
    expect(reading.paragraphs).toHaveLength(4);
  });

  it('a short list of links or labels inside the body', () => {
    const reading = read(`<article>${story(4)}<ul><li><a href="/t/1">Politics</a></li><li>Tags</li><li><a href="/t/2">Council budget row explained in full</a></li></ul></article>`);
    expect(reading.paragraphs).toHaveLength(4);
  });
});

describe('kept in the body', () => {
  it('subheads, blockquote paragraphs and prose list items, in reading order', () => {
    const reading = read(`<article><h1>The headline</h1>${story(2)}<h2>What comes next</h2><blockquote><p>"Quoted first paragraph."</p><p>"Quoted second."</p></blockquote><ul><li>The first prose point made in the list.</li><li>The second prose point made in the list.</li></ul>${story(1, 3)}</article>`);
    expect(reading.paragraphs).toEqual([
      expect.stringMatching(/^Story paragraph 1 /),
      expect.stringMatching(/^Story paragraph 2 /),
      'What comes next',
      '"Quoted first paragraph."',
      '"Quoted second."',
      'The first prose point made in the list.',
      'The second prose point made in the list.',
      expect.stringMatching(/^Story paragraph 3 /),
    ]);
    expect(reading.blocks.map((b) => blockElement(b).tagName)).toEqual(['P', 'P', 'H2', 'P', 'P', 'LI', 'LI', 'P']);
  });

  it('short paragraphs that are all quote ("“Yes,” she said.")', () => {
    const reading = read(`<article>${story(3)}<p>“Yes,” she said.</p>${story(1, 4)}</article>`);
    expect(reading.paragraphs).toContain('“Yes,” she said.');
  });

  it('an embedded post: its paragraph and the attribution line after it are one block', () => {
    const reading = read(`<article>${story(3)}<blockquote class="embedded-post"><p>The post's own words.</p>— A Person (@aperson) 3 May 2024</blockquote></article>`);
    expect(reading.paragraphs.at(-1)).toBe("The post's own words. — A Person (@aperson) 3 May 2024");
    expect(blockElement(reading.blocks.at(-1)!).tagName).toBe('BLOCKQUOTE');
  });

  it('text laid out in a <div> with <br>s instead of paragraphs', () => {
    const reading = read(`<article><div class="text">First line of a story told in a div, long enough to be prose for readers.<br><br>Second line of the same story, also long enough to count as body text.</div>${story(2)}</article>`);
    expect(reading.paragraphs.slice(0, 2)).toEqual([
      'First line of a story told in a div, long enough to be prose for readers.',
      'Second line of the same story, also long enough to count as body text.',
    ]);
    // Runs of the one <div>'s text, not elements of their own: the highlighter maps them back through it.
    const [first, second] = reading.blocks;
    expect([isTextRun(first), isTextRun(second)]).toEqual([true, true]);
    expect(blockElement(first)).toBe(blockElement(second));
  });

  it('a story set as bare text with <br><br> around pictures: each run a paragraph, in order, captions left out', () => {
    const reading = read(
      `<article><div class="entry">HARBOURTON (May 3) -- The ferry company said on Monday it would stop the night crossing from June.<br><br>` +
        `Passengers' groups called the plan "a step backwards" for island families who rely on the late boat.<br>` +
        `<div class="photo"><img src="x.jpg" alt=""><div class="caption">The ferry at dawn</div></div><br>` +
        `The company said the crossing had lost money for three years.<br><br>"We had no choice," a spokesman said.</div></article>`,
    );
    expect(reading.isArticle).toBe(true);
    expect(reading.paragraphs).toEqual([
      'HARBOURTON (May 3) -- The ferry company said on Monday it would stop the night crossing from June.',
      'Passengers\' groups called the plan "a step backwards" for island families who rely on the late boat.',
      'The company said the crossing had lost money for three years.',
      '"We had no choice," a spokesman said.',
    ]);
  });

  it('bare text beside <p>s in one <blockquote> is read with them, in order', () => {
    const reading = read(
      `<article>${story(3)}<blockquote>The report found that most of the shelters listed in the city had never been stocked with supplies.` +
        `<p>Officials disputed that figure in a letter to the council, saying the count was out of date.</p>` +
        `<p>The council said it would publish its own count of the shelters before the end of the year.</p></blockquote>${story(1, 4)}</article>`,
    );
    // (One <p> and a line of loose text is an embedded post, read whole: see the test above.)
    expect(reading.paragraphs.slice(3, 6).map((p) => p.slice(0, 16))).toEqual(['The report found', 'Officials disput', 'The council said']);
  });

  it('paragraphs set as sibling <div>s, short ones included', () => {
    const divs = ['The council voted on Monday to close the old pool, ending a long campaign by swimmers to keep it open.', '“We are heartbroken,” one swimmer said.', 'The site will be sold next year, the council confirmed in a statement afterwards.'];
    const reading = read(`<article><div class="story">${divs.map((d, i) => `<div data-testid="paragraph-${i}">${d}</div>`).join('')}</div></article>`);
    expect(reading.paragraphs).toEqual(divs);
  });

  it('every paragraph of a story split around an advert into sibling containers', () => {
    const reading = read(`<main><article><div class="body-part">${story(6)}</div><div class="ad-slot"><p>Advertisement</p></div><div class="body-part">${story(2, 7)}</div></article></main>`);
    expect(reading.paragraphs).toHaveLength(8);
  });

  it('the story inside a wrapper whose class happens to contain a furniture word', () => {
    const reading = read(`<div class="layout with-sidebar"><div class="story has-share-tools">${story(6)}</div><div class="sidebar"><p>Sidebar paragraph with enough words to be counted as prose by the measure.</p></div></div>`);
    expect(reading.paragraphs).toHaveLength(6);
  });

  it('the paragraphs of a story in an open shadow root', () => {
    const doc = document.implementation.createHTMLDocument('x');
    doc.head.innerHTML = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Shadow story"}</script>';
    const host = doc.createElement('news-story');
    doc.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<h1>Shadow story</h1><div class="body">${story(4)}</div>`;
    const reading = readArticle(doc);
    expect(reading.isArticle).toBe(true);
    expect(reading.paragraphs).toHaveLength(4);
    expect(blockElement(reading.blocks[0]).getRootNode()).toBe(shadow);
  });
});

describe('reading on request', () => {
  it('force reads the body of a page detection turned away, keeping the verdict', () => {
    const html = `<html><head><meta property="og:type" content="website"></head><body><div class="post"><h2>Notes</h2>${story(2)}</div></body></html>`;
    const plain = readHtml(html);
    expect(plain).toMatchObject({ isArticle: false, paragraphs: [] });
    const page = document.implementation.createHTMLDocument('x');
    page.documentElement.innerHTML = html.replace(/^<html>|<\/html>$/g, '');
    const forced = readArticle(page, { force: true });
    expect(forced.isArticle).toBe(false);
    expect(forced.reason).toBe(plain.reason);
    expect(forced.paragraphs).toEqual(['Notes', expect.stringMatching(/^Story paragraph 1 /), expect.stringMatching(/^Story paragraph 2 /)]);
    expect(forced.blocks).toHaveLength(3);
  });
});

describe('hard pages', () => {
  it('a non-English article is read like any other, with its language', () => {
    const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>Le conseil municipal a voté mardi soir la rénovation du pont, paragraphe ${i + 1}, après des mois de débats entre les habitants.</p>`).join('');
    const reading = readHtml(`<html lang="fr"><head><meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-05"></head><body><article><h1>Le pont sera rénové</h1>${paragraphs}</article></body></html>`);
    expect(reading.isArticle).toBe(true);
    expect(reading.meta.language).toBe('fr');
    expect(reading.paragraphs).toHaveLength(5);
  });

  const nested = (depth: number) => {
    const doc = document.implementation.createHTMLDocument('deep');
    doc.head.innerHTML = '<script type="application/ld+json">{"@type":"NewsArticle"}</script>';
    let at: Element = doc.body;
    for (let i = 0; i < depth; i++) at = at.appendChild(doc.createElement('div'));
    at.innerHTML = story(4);
    return doc;
  };

  it('reads a story at the bottom of a DOM nested 2,000 levels deep', () => {
    const reading = readArticle(nested(2_000));
    expect(reading.isArticle).toBe(true);
    expect(reading.paragraphs).toHaveLength(4);
  });

  it('answers, without throwing, for a DOM nested 10,000 levels deep (happy-dom\'s own selector engine recurses)', () => {
    const reading = readArticle(nested(10_000));
    expect(typeof reading.isArticle).toBe('boolean');
    expect(reading.paragraphs).toHaveLength(reading.blocks.length);
  });

  it('malformed HTML (unclosed tags, stray closers) loses no text and fuses no words', () => {
    const reading = read(`<article><p>Story paragraph 1 reports what the council decided and why residents objected to it at length.<p>Story paragraph 2 reports the same, <b>unclosed bold and <i>italic</div></span> at length too.<p>${story(2, 3).replace(/<\/p>/g, '')}`);
    expect(reading.isArticle).toBe(true);
    // Parsers differ on where the unclosed <b><i> ends (happy-dom nests the next paragraphs inside it).
    const body = reading.paragraphs.join(' ');
    for (let i = 1; i <= 4; i++) expect(body).toContain(`Story paragraph ${i} reports`);
    expect(body).toContain('italic at length too. Story paragraph 3');
  });

  it('script payloads in the page stay text and never run', () => {
    const reading = read(`<article>${story(3)}<p>He said "&lt;img src=x onerror=alert(1)&gt;" was in the file.</p></article>`);
    expect(reading.paragraphs.at(-1)).toBe('He said "<img src=x onerror=alert(1)>" was in the file.');
  });
});
