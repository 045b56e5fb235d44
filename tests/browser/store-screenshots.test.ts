// The store screenshots (1280×800, the size both the Chrome Web Store and addons.mozilla.org take), made from
// the built extension on the project's sample article rather than by hand, so they always show the current UI:
//   store/screenshots/overlay.png: the article with its highlights and a quote's hover card open;
//   store/screenshots/popup.png:   the popup for that tab, over the highlighted article.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumMissing, launchExtensionBrowser, skipBecause, type ExtensionBrowser } from './harness';
import { PROJECT_ROOT } from './support/environment';
import { analysisOf, cardText, pointOver, waitForStableHighlights } from './overlay-helpers';
import type { Analysis } from '../../analysis/types';

const STORE_SIZE = { width: 1280, height: 800 };
const OUTPUT = resolve(PROJECT_ROOT, 'store/screenshots');
const SAMPLE = '/samples/harbour-strike.html';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The first direct quote the analysis names a speaker for: the card worth showing. */
function showcaseQuote(analysis: Analysis) {
  const quote = analysis.quotes.find((q) => q.kind === 'direct' && q.speakerId && q.text.length > 20);
  if (!quote) throw new Error('the sample article gave no attributed direct quote');
  const speaker = analysis.speakers.find((s) => s.id === quote.speakerId)!;
  return { text: quote.text.slice(0, 24), speaker: speaker.name };
}

describe.skipIf(skipBecause('store screenshots in Chromium', chromiumMissing()))('store screenshots of the sample article', () => {
  let b: ExtensionBrowser;
  let article: Page;
  let analysis: Analysis;

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    b = await launchExtensionBrowser({ viewport: STORE_SIZE });
    article = await b.openPage(SAMPLE);
    await waitForStableHighlights(article);
    analysis = await analysisOf(b, article);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('overlay.png: highlights and an open hover card naming the speaker, at 1280×800', async () => {
    const quote = showcaseQuote(analysis);
    const at = await pointOver(article, quote.text);
    expect(at).not.toBeNull();
    await article.mouse.move(at!.x, at!.y);
    await article.mouse.move(at!.x + 2, at!.y);
    await article.waitForFunction(() => !!document.querySelector('counterpoint-overlay')?.shadowRoot?.querySelector('.card'));
    expect(await cardText(article)).toContain(quote.speaker);
    const path = resolve(OUTPUT, 'overlay.png');
    await article.screenshot({ path });
    expect(pngSize(path)).toEqual(STORE_SIZE);
  });

  it('popup.png: the popup for the tab, beside the highlighted article, at 1280×800', async () => {
    await article.mouse.move(5, 5);
    await article.keyboard.press('Escape');
    await article.evaluate(() => window.scrollTo(0, 0));
    const articleShot = await article.screenshot();

    const popup = await b.openPopup(await b.tabIdOf(article));
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.waitForSelector('.cp-headline', { timeout: 20_000 });
    expect(await popup.textContent('.cp-headline')).toBe(analysis.article.headline);
    const speakerNames = await popup.locator('.cp-speaker-name').allTextContents();
    expect(speakerNames.length).toBeGreaterThan(0);
    const popupShot = await popup.screenshot();
    await popup.close();

    // The popup as the browser shows it: a panel under the toolbar, at the top right of the page.
    const canvas = await b.context.newPage();
    await canvas.setViewportSize(STORE_SIZE);
    const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
    await canvas.setContent(`<!doctype html><body style="margin:0;width:1280px;height:800px;overflow:hidden;position:relative">
      <img src="${dataUrl(articleShot)}" style="position:absolute;inset:0;width:1280px;height:800px;filter:brightness(.92)">
      <img src="${dataUrl(popupShot)}" style="position:absolute;top:24px;right:32px;width:400px;border-radius:8px;
        box-shadow:0 8px 32px rgba(0,0,0,.35),0 0 0 1px rgba(0,0,0,.15)"></body>`);
    await canvas.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
    const path = resolve(OUTPUT, 'popup.png');
    await canvas.screenshot({ path });
    await canvas.close();
    expect(pngSize(path)).toEqual(STORE_SIZE);
  });
});
