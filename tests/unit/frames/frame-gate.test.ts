// The cheap gate a sub-frame passes before reading anything (content/frame-gate.ts): ad, video and social embed
// sizes stay out, a reader-view or article frame gets in, and a frame with a few lines of text is not read.
import { describe, expect, it } from 'vitest';
import { hasArticleSizedText, isArticleSized, viewportArea } from '../../../content/frame-gate';

const view = (innerWidth: number, innerHeight: number) => ({ innerWidth, innerHeight });

describe('frame gate', () => {
  it('keeps out ad, video and embed sizes', () => {
    for (const [w, h] of [[300, 250], [728, 90], [300, 600], [970, 250], [560, 315], [300, 150], [0, 0]]) {
      expect(isArticleSized(view(w, h)), `${w}×${h}`).toBe(false);
    }
  });

  it('lets in frames a reader reads an article in: a phone column, a desktop reader view', () => {
    for (const [w, h] of [[360, 640], [700, 900], [1280, 1400]]) expect(isArticleSized(view(w, h)), `${w}×${h}`).toBe(true);
  });

  it('reads no further in a document with only a few lines of text', () => {
    document.body.innerHTML = '<p>Sponsored. Win a weekend away.</p>';
    expect(hasArticleSizedText(document)).toBe(false);
    document.body.innerHTML = `<article>${'<p>The council met on Tuesday and agreed the budget for the year ahead.</p>'.repeat(12)}</article>`;
    expect(hasArticleSizedText(document)).toBe(true);
  });

  it('reports whole CSS pixels of area, never a negative one', () => {
    expect(viewportArea(view(800.4, 600))).toBe(480_000);
    expect(viewportArea(view(-5, 600))).toBe(0);
  });
});
