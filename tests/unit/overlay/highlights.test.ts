import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../analysis/document';
import type { Analysis } from '../../../analysis/types';
import { buildTextModel, locate } from '../../../page/text-model';
import { createHighlighter, planHighlights, wrappingPainter, MARK_TAG } from '../../../page/highlights';
import { ALL_STYLES, PALETTES, contrastRatio, isDarkPage, swatchOf, highlightCss } from '../../../page/highlights/palette';
import { DEFAULT_SETTINGS } from '../../../settings/schema';

const HTML = `<article>
  <p>The union said: "We will <a href="/x">not back down</a> on <em>pay</em>," as 42% of members voted.</p>
  <p>  A minister replied that it was   "<b>unaffordable</b>".  </p>
</article>`;

function setUp() {
  document.body.innerHTML = HTML;
  const blocks = [...document.querySelectorAll('p')];
  const paragraphs = blocks.map((b) => normalizeText(b.textContent!));
  return { blocks, paragraphs, model: buildTextModel(blocks, paragraphs) };
}

function setUpParagraphs() {
  return [...document.querySelectorAll('p')].map((b) => normalizeText(b.textContent!));
}

function analysisFor(paragraphs: string[]): Analysis {
  const span = (p: number, s: string) => ({ paragraph: p, start: paragraphs[p].indexOf(s), end: paragraphs[p].indexOf(s) + s.length });
  return {
    article: { isArticle: true, confidence: 1, headline: null, published: null, outlet: null, authors: [], url: null, language: 'en', wordCount: 20 },
    speakers: [
      { id: 's1', name: 'Union', aliases: [], role: null, org: null, side: 'B', kind: 'organisation' },
      { id: 's2', name: 'Minister', aliases: [], role: null, org: null, side: 'A', kind: 'person' },
    ],
    quotes: [
      { id: 'q1', text: 'We will not back down on pay,', speakerId: 's1', kind: 'direct', continuationOf: null, ...span(0, 'We will not back down on pay,') },
      { id: 'q2', text: 'unaffordable', speakerId: 's2', kind: 'partial', continuationOf: null, ...span(1, 'unaffordable') },
      { id: 'q3', text: 'it was', speakerId: 's2', kind: 'indirect', continuationOf: null, ...span(1, 'it was') },
    ],
    statistics: [{ id: 'n1', text: '42%', value: 42, unit: 'percent', approx: null, measures: 'members', source: null, ...span(0, '42%') }],
    timeline: [],
    sides: [
      { id: 'A', name: 'Government', speakerIds: ['s2'] },
      { id: 'B', name: 'Union', speakerIds: ['s1'] },
    ],
    responses: [],
  };
}

describe('planHighlights', () => {
  it('styles quotes by side, reported speech and statistics apart, in reading order', () => {
    const { paragraphs } = setUp();
    const items = planHighlights(analysisFor(paragraphs), DEFAULT_SETTINGS);
    expect(items.map((i) => [i.id, i.style])).toEqual([
      ['q1', 'quote-side-b'],
      ['n1', 'statistic'],
      ['q3', 'reported'],
      ['q2', 'quote-side-a'],
    ]);
  });

  it('follows the toggles and colour-by-speaker', () => {
    const { paragraphs } = setUp();
    const a = analysisFor(paragraphs);
    expect(planHighlights(a, { ...DEFAULT_SETTINGS, highlightReported: false }).map((i) => i.id)).not.toContain('q3');
    expect(planHighlights(a, { ...DEFAULT_SETTINGS, highlightStatistics: false }).map((i) => i.id)).not.toContain('n1');
    expect(planHighlights(a, { ...DEFAULT_SETTINGS, highlightQuotes: false }).map((i) => i.id)).toEqual(['n1', 'q3']);
    const bySpeaker = planHighlights(a, { ...DEFAULT_SETTINGS, colourBy: 'speaker' });
    expect(bySpeaker.find((i) => i.id === 'q1')!.style).toBe('speaker-0');
    expect(bySpeaker.find((i) => i.id === 'q2')!.style).toBe('speaker-1');
  });
});

describe('wrapping fallback', () => {
  it('wraps exactly the spans, across a link, and clearing restores the DOM node for node', () => {
    const { model, paragraphs } = setUp();
    const before = document.body.innerHTML;
    const textNodesBefore = [...document.querySelectorAll('p')].map((p) => p.childNodes.length);
    const items = planHighlights(analysisFor(paragraphs), DEFAULT_SETTINGS);
    const highlighter = createHighlighter(document);
    expect(highlighter.usesHighlightApi).toBe(false); // happy-dom has no CSS.highlights
    const drawn = highlighter.draw(model, items, 'light');
    expect(drawn).toHaveLength(4);
    const marks = [...document.querySelectorAll(MARK_TAG)];
    const marked = (style: string) =>
      marks.filter((m) => m.getAttribute('data-style') === style).map((m) => m.textContent).join('');
    expect(marked('quote-side-b')).toBe('We will not back down on pay,');
    expect(marked('statistic')).toBe('42%');
    expect(marked('quote-side-a')).toBe('unaffordable');
    expect(marks.some((m) => m.closest('a'))).toBe(true); // the link keeps its own text, marked inside it
    expect(document.body.textContent).toBe(new DOMParser().parseFromString(HTML, 'text/html').body.textContent);

    highlighter.clear();
    expect(document.body.innerHTML).toBe(before);
    expect([...document.querySelectorAll('p')].map((p) => p.childNodes.length)).toEqual(textNodesBefore);
    expect(document.adoptedStyleSheets?.length ?? 0).toBe(0);
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });

  it('undoes overlapping styles painted in any number of rounds', () => {
    const { model } = setUp();
    const before = document.body.innerHTML;
    const painter = wrappingPainter(document);
    painter.paintAll(new Map([
      ['quote-none', [locate(model, 0, 0, 40)!, locate(model, 1, 2, 12)!]],
      ['statistic', [locate(model, 0, 10, 20)!, locate(model, 0, 12, 30)!]],
    ]));
    expect(document.querySelectorAll('counterpoint-mark').length).toBeGreaterThan(3);
    const again = buildTextModel([...document.querySelectorAll('p')], setUpParagraphs());
    painter.paintAll(new Map([['reported', [locate(again, 0, 5, 50)!]]]));
    painter.clear();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('wrapping fallback, drawn again and stepped through', () => {
  const marked = (style: string) =>
    [...document.querySelectorAll(`${MARK_TAG}[data-style="${style}"]`)].map((m) => m.textContent).join('');

  it('a redraw with a model read over the marks (new toggles or colours) wraps the same text again, and clear restores', () => {
    const { model: first, blocks, paragraphs } = setUp();
    const before = document.body.innerHTML;
    const analysis = analysisFor(paragraphs);
    const highlighter = createHighlighter(document);
    highlighter.draw(first, planHighlights(analysis, DEFAULT_SETTINGS), 'light');
    // What the content script does when a setting changes: read the text (over our marks) and draw again.
    const model = buildTextModel(blocks, paragraphs);
    const drawn = highlighter.draw(model, planHighlights(analysis, { ...DEFAULT_SETTINGS, highlightReported: false }), 'light');
    expect(drawn.map((d) => d.range.toString())).toEqual(['We will not back down on pay,', '42%', 'unaffordable']);
    expect(marked('quote-side-b')).toBe('We will not back down on pay,');
    expect(marked('reported')).toBe('');
    // The caller's model still points at the live text: a span nobody highlighted is found at its words.
    expect(locate(model, 1, paragraphs[1].indexOf('it was'), paragraphs[1].indexOf('it was') + 6)!.toString()).toBe('it was');
    highlighter.clear();
    expect(document.body.innerHTML).toBe(before);
  });

  it('marks the current item and the flash on top of its marks, and takes them off again', () => {
    const { model, paragraphs } = setUp();
    const before = document.body.innerHTML;
    const highlighter = createHighlighter(document);
    const drawn = highlighter.draw(model, planHighlights(analysisFor(paragraphs), DEFAULT_SETTINGS), 'light');
    const current = () => [...document.querySelectorAll(`${MARK_TAG}[data-current]`)].map((m) => m.textContent).join('');
    highlighter.setCurrent(drawn[0].range);
    expect(current()).toBe('We will not back down on pay,');
    highlighter.setCurrent(drawn[3].range);
    expect(current()).toBe('unaffordable');
    highlighter.setFlash(drawn[1].range);
    expect(document.querySelector(`${MARK_TAG}[data-flash]`)!.textContent).toBe('42%');
    highlighter.setFlash(null);
    highlighter.setCurrent(null);
    expect(document.querySelectorAll(`${MARK_TAG}[data-current], ${MARK_TAG}[data-flash]`)).toHaveLength(0);
    // The emphasis rules follow the style rules, so they win over a mark's own colour.
    const css = highlightCss('light');
    expect(css.indexOf('counterpoint-mark[data-current]')).toBeGreaterThan(css.indexOf('counterpoint-mark[data-style="statistic"]'));
    highlighter.clear();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('palettes', () => {
  it('every style is readable: AA (4.5:1) for light and dark, AAA (7:1) for high contrast', () => {
    for (const [name, palette] of Object.entries(PALETTES)) {
      for (const style of ALL_STYLES) {
        const { color, background } = swatchOf(palette, style);
        expect(contrastRatio(color, background), `${name} ${style}`).toBeGreaterThanOrEqual(name === 'high-contrast' ? 7 : 4.5);
      }
    }
  });

  it('registers every style under a counterpoint- name and tells dark pages from light ones', () => {
    const css = highlightCss('light');
    for (const style of ALL_STYLES) expect(css).toContain(`::highlight(counterpoint-${style})`);
    expect(isDarkPage('rgb(235, 235, 235)')).toBe(true);
    expect(isDarkPage('rgb(20, 20, 20)')).toBe(false);
  });
});
