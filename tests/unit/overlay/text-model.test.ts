import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText } from '../../../analysis/document';
import { buildTextModel, locate, readBlockText, spanAt } from '../../../page/text-model';
import { blockText } from '../../../page/reader/block-text';
import { isBlockConnected, sameBlock, splitIntoRuns, type TextRun } from '../../../page/reader/body/text-run';

function block(html: string): HTMLElement {
  document.body.innerHTML = `<article><p id="p">${html}</p></article>`;
  return document.getElementById('p')!;
}

describe('readBlockText', () => {
  it('reads a block as the reader does: <br> and nested blocks break words, scripts are skipped', () => {
    const p = block('"First line<br>second line," she said.<script>var x = "no";</script><span><p>Then more.</p></span>');
    const model = readBlockText(p);
    expect(model.text).toBe(blockText(p));
    expect(model.text).toBe('"First line second line," she said. Then more.');
    const tm = buildTextModel([p], [blockText(p)]);
    const start = model.text.indexOf('First');
    const end = model.text.indexOf(',"');
    expect(locate(tm, 0, start, end)!.toString()).toBe('First linesecond line');
    const then = model.text.indexOf('Then');
    expect(locate(tm, 0, then, then + 4)!.toString()).toBe('Then');
  });

  it('gives the same text as the reader: whitespace collapsed across inline elements, ends trimmed', () => {
    const p = block('  \n "We will <a href="#">not\n  back</a>   <em>down</em>,"\u00a0said <b> the  <i>union</i></b>. ');
    const model = readBlockText(p);
    expect(model.text).toBe(normalizeText(p.textContent!));
    expect(model.text).toBe('"We will not back down," said the union.');
  });

  it('maps an analysis span to a Range that covers exactly those words, across a link', () => {
    const p = block('He said: "We will <a href="#">not back</a> down," and left.');
    const model = readBlockText(p);
    const start = model.text.indexOf('We');
    const end = model.text.indexOf(',"');
    const range = buildTextModel([p], [model.text]);
    const r = locate(range, 0, start, end)!;
    expect(r.toString()).toBe('We will not back down');
    expect(r.startContainer.textContent).toContain('He said');
    expect((r.endContainer.parentNode as Element).tagName).toBe('P');
  });

  it('ends a span at the last character, not inside the white space after it', () => {
    const p = block('<span>one   </span>   <span>  two</span>');
    const model = readBlockText(p);
    expect(model.text).toBe('one two');
    const r = buildTextModel([p], [model.text]);
    expect(locate(r, 0, 0, 3)!.toString()).toBe('one');
    expect(locate(r, 0, 4, 7)!.toString()).toBe('two');
    expect(locate(r, 0, 0, 7)!.toString().replace(/\s+/g, ' ')).toBe('one two');
  });

  it('refuses spans that do not fit and blocks whose text changed', () => {
    const p = block('short text');
    const model = buildTextModel([p], ['short text']);
    expect(locate(model, 0, 3, 3)).toBeNull();
    expect(locate(model, 0, 5, 99)).toBeNull();
    expect(locate(model, 1, 0, 1)).toBeNull();
    expect(buildTextModel([p], ['other text']).blocks[0]).toBeNull();
  });

  it('leaves contenteditable regions alone', () => {
    document.body.innerHTML = '<div contenteditable="true"><p id="e">typing here</p></div>';
    const p = document.getElementById('e')!;
    expect(buildTextModel([p], ['typing here']).blocks[0]).toBeNull();
  });

  it('goes back from a caret position to the paragraph offset', () => {
    const p = block('Costs rose <strong>12%</strong> in   a year.');
    const model = buildTextModel([p], [normalizeText(p.textContent!)]);
    const strongText = p.querySelector('strong')!.firstChild!;
    expect(spanAt(model, strongText, 0)).toEqual({ paragraph: 0, offset: 11 });
    expect(spanAt(model, strongText, 2)).toEqual({ paragraph: 0, offset: 13 });
    const tail = p.lastChild as Text; // " in   a year."
    expect(spanAt(model, tail, 3)).toEqual({ paragraph: 0, offset: 17 }); // the run's first space is the space
    expect(spanAt(model, tail, 4)).toEqual({ paragraph: 0, offset: 18 }); // later in the run → the next word
    expect(spanAt(model, document.body, 0)).toBeNull();
  });

  it('maps every span of generated markup onto the same words (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom('word', 'It’s', '12%', '“quoted”', 'x'),
      fc.constantFrom(' ', '  ', '\n\t', '\u00a0', '\u2009 '),
    );
    const tag = fc.constantFrom('a', 'em', 'b', 'span', 'i');
    const html = fc.array(fc.tuple(piece, fc.option(tag)), { minLength: 1, maxLength: 25 }).map((parts) =>
      parts.map(([text, t]) => (t ? `<${t}>${text}</${t}>` : text)).join(''),
    );
    fc.assert(
      fc.property(html, fc.nat(), fc.nat(), (markup, a, b) => {
        const p = block(markup);
        const text = normalizeText(p.textContent!);
        const model = buildTextModel([p], [text]);
        expect(model.blocks[0]!.text).toBe(text);
        if (text.length === 0) return;
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        expect(normalizeText(locate(model, 0, start, end)!.toString())).toBe(text.slice(start, end).trim());
      }),
      { numRuns: 300 },
    );
  });
});

describe('paragraphs set as bare text between <br>s', () => {
  const runsOf = (html: string): TextRun[] => {
    document.body.innerHTML = `<div id="story">${html}</div>`;
    const story = document.getElementById('story')!;
    return splitIntoRuns(story, (el) => el.tagName === 'DIV' || el.tagName === 'P') as TextRun[];
  };

  it('reads each run as its own paragraph and maps a span back onto its words, across a link', () => {
    const runs = runsOf('First paragraph, "in <a href="#">our words</a>," she said.<br><br>\n<br>Second one<br>goes on.');
    expect(runs.map(blockText)).toEqual(['First paragraph, "in our words," she said.', 'Second one goes on.']);
    const model = buildTextModel(runs, runs.map(blockText));
    const text = model.blocks[0]!.text;
    expect(locate(model, 0, text.indexOf('in our'), text.indexOf(',"'))!.toString()).toBe('in our words');
    expect(locate(model, 1, 0, 10)!.toString()).toBe('Second one');
  });

  it('keeps a run found again the same block, and drops it once the page removes its separator', () => {
    const [first] = runsOf('One paragraph here.<br><br>Another paragraph there.');
    const [again] = splitIntoRuns(first.parent, () => false) as TextRun[];
    expect(sameBlock(first, again)).toBe(true);
    expect(isBlockConnected(first)).toBe(true);
    first.before!.remove();
    expect(isBlockConnected(first)).toBe(false);
    expect(buildTextModel([first], ['One paragraph here.']).blocks[0]).toBeNull();
  });

  it('still maps a run after the wrapping highlighter split its text nodes', () => {
    const [first] = runsOf('Quoted "words here" end.<br><br>Next.');
    const textNode = first.parent.firstChild as Text;
    const tail = textNode.splitText(8); // what wrapping a highlight does to the page's Text nodes
    tail.splitText(10);
    const model = buildTextModel([first], ['Quoted "words here" end.']);
    expect(locate(model, 0, 8, 18)!.toString()).toBe('words here');
  });
});

