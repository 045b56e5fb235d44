// The wrapping fallback (for browsers without the CSS Custom Highlight API) in Chromium, on real pages served on
// 127.0.0.1. Chromium cannot be started without the API: its Blink runtime feature was removed when the API
// shipped, so `--disable-blink-features=HighlightAPI` is ignored (Chromium 150 still answers
// `typeof CSS.highlights === 'object'`). These tests load the extension built in the `wrapping-highlights` mode
// instead, whose content script wraps text whatever the browser offers; fallback-firefox.test.ts checks the
// detection itself in a Firefox whose API is switched off by preference.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { WRAPPING_BUILD_MODE } from '../../page/highlights/painters';
import { PALETTES } from '../../page/highlights/palette';
import { chromiumMissing, launchExtensionBrowser, sharedFixturesMissing, skipBecause, type ExtensionBrowser } from './harness';
import { analysisOf, cardText, elementBoxes, patchSettings, sendToTab } from './overlay-helpers';
import { PROJECT_ROOT } from './support/environment';
import { compareMarksWithAnalysis, markTexts, pointOverMark, waitForStableMarks } from './support/wrapped-marks';

const SCREENSHOTS = resolve(PROJECT_ROOT, 'bench-output');
const SEED = 'seed-junior-doctors-strike';
const hexToRgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** The largest move, in CSS px, of any coordinate of any element box between two `elementBoxes` lists. */
function largestShift(a: string[], b: string[]): number {
  const numbers = (box: string) => box.split(' ')[1].split(',').map(Number);
  return Math.max(0, ...a.flatMap((box, i) => numbers(box).map((v, k) => Math.abs(v - numbers(b[i])[k]))));
}

const snapshotMatches = (page: Page) =>
  page.evaluate(() => document.documentElement.outerHTML === (window as unknown as { __pageSnapshot: string }).__pageSnapshot);
const cardShown = (page: Page) =>
  page.waitForFunction(() => !!document.querySelector('counterpoint-overlay')?.shadowRoot?.querySelector('.card'));

describe.skipIf(skipBecause('wrapping fallback in Chromium', chromiumMissing()))('wrapping fallback in Chromium', () => {
  let b: ExtensionBrowser;

  beforeAll(async () => {
    // Reduced motion: the step-through scrolls at once, so its card opens without waiting for a smooth scroll.
    b = await launchExtensionBrowser({ buildMode: WRAPPING_BUILD_MODE, extraArgs: ['--force-prefers-reduced-motion'] });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await b?.close();
  });

  describe('on a page of our own with a strict CSP', () => {
    it('wraps exactly the analysis’ quotes and statistics, across a link, coloured by a sheet CSP allows', async () => {
      const page = await b.openPage('/overlay-article.html');
      const texts = await waitForStableMarks(page);
      // This build wraps even though the browser has the API: nothing is registered there.
      expect(await b.highlightNames(page)).toEqual([]);
      expect(texts).toContain('78%');

      const analysis = await analysisOf(b, page);
      const report = await compareMarksWithAnalysis(page, analysis);
      expect(report.problems).toEqual([]);
      const wanted = analysis.quotes.length + analysis.statistics.length;
      expect(report.located).toBe(wanted);
      // The quote with a link in it is marked inside the link too; the link itself is the page's, untouched.
      expect(await page.evaluate(() => document.querySelector('article a[href="/pay"] > counterpoint-mark')?.textContent)).toBe(
        'a cut in real terms',
      );

      // The colours come from one adopted stylesheet (no <style>, no style attribute, which the CSP would refuse).
      const look = await page.evaluate(() => {
        const stat = [...document.querySelectorAll('counterpoint-mark[data-style="statistic"]')].find((m) => m.textContent === '78%')!;
        const css = getComputedStyle(stat);
        return {
          background: css.backgroundColor,
          color: css.color,
          sheets: document.adoptedStyleSheets.length,
          styleElements: document.querySelectorAll('style').length,
          styledMarks: document.querySelectorAll('counterpoint-mark[style]').length,
        };
      });
      const swatch = PALETTES.light.statistic;
      expect(look).toEqual({ background: hexToRgb(swatch.background), color: hexToRgb(swatch.color), sheets: 1, styleElements: 0, styledMarks: 0 });
      expect(await page.evaluate(() => (window as unknown as { __pageScriptErrors: string[] }).__pageScriptErrors)).toEqual([]);
      expect(b.consoleErrors()).toEqual([]); // a CSP refusal would be reported here
      await page.close();
    });

    it('turning highlights off restores the serialised DOM exactly and moves no element visibly; a redraw is exact again', async () => {
      const page = await b.openPage('/overlay-article.html');
      await waitForStableMarks(page);
      const boxesOn = await elementBoxes(page);
      const analysis = await analysisOf(b, page);
      try {
        // A setting that redraws (reported speech off): the text is read again over the marks and wrapped afresh.
        await patchSettings(b, { highlightReported: false });
        await page.waitForFunction(() => !document.querySelector('counterpoint-mark[data-style="reported"]'));
        await page.waitForTimeout(300);
        expect((await compareMarksWithAnalysis(page, analysis, false)).problems).toEqual([]);

        await patchSettings(b, { highlightQuotes: false, highlightStatistics: false });
        await page.waitForFunction(() => !document.querySelector('counterpoint-mark'));
        expect(await snapshotMatches(page)).toBe(true);
        expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
        // The marks add no box of their own, but each cuts a line's text into one more inline box, and Chromium
        // rounds every inline box to its layout unit (1/64 px): an element after a mark on the same line can sit a
        // fraction of that off. Nothing may move by a visible amount; the Highlight API path keeps them identical.
        const boxesOff = await elementBoxes(page);
        expect(boxesOff.map((box) => box.split(' ')[0])).toEqual(boxesOn.map((box) => box.split(' ')[0]));
        expect(largestShift(boxesOn, boxesOff)).toBeLessThan(0.25);
      } finally {
        await patchSettings(b, { highlightQuotes: true, highlightReported: true, highlightStatistics: true });
      }
      await waitForStableMarks(page);
      expect((await compareMarksWithAnalysis(page, analysis)).problems).toEqual([]);
      await page.close();
    });

    it('shows the card on hovering a wrapped statistic and on focusing a link in a wrapped quote; Esc closes it', async () => {
      const page = await b.openPage('/overlay-article.html');
      await waitForStableMarks(page);
      const at = await pointOverMark(page, '78%');
      expect(at).not.toBeNull();
      await page.mouse.move(at!.x, at!.y);
      await page.mouse.move(at!.x + 2, at!.y);
      await cardShown(page);
      expect(await cardText(page)).toMatch(/78%/);
      await page.keyboard.press('Escape');
      expect(await cardText(page)).toBeNull();

      await page.focus('article a[href="/pay"]');
      await cardShown(page);
      expect(await cardText(page)).toMatch(/quote/i);
      await page.keyboard.press('Escape');
      expect(await cardText(page)).toBeNull();
      await page.close();
    });

    it('steps through the wrapped items from the keyboard command, marking and announcing the current one', async () => {
      const page = await b.openPage('/overlay-article.html');
      await waitForStableMarks(page);
      const analysis = await analysisOf(b, page);
      const total = analysis.quotes.length + analysis.statistics.length;
      const tabId = await b.tabIdOf(page);
      const current = () =>
        page.evaluate(() => [...document.querySelectorAll('counterpoint-mark[data-current]')].map((m) => m.textContent).join(''));
      await sendToTab(b, tabId, { type: 'counterpoint/step', direction: 1 });
      const first = await current();
      await sendToTab(b, tabId, { type: 'counterpoint/step', direction: 1 });
      await page.waitForFunction(
        () => /2 of \d+/.test(document.querySelector('counterpoint-overlay')?.shadowRoot?.querySelector('[aria-live]')?.textContent ?? ''),
      );
      const live = await page.evaluate(
        () => document.querySelector('counterpoint-overlay')?.shadowRoot?.querySelector('[aria-live]')?.textContent ?? '',
      );
      expect(live).toMatch(new RegExp(`2 of ${total}\\b`));
      const second = await current();
      expect(first).not.toBe('');
      expect(second).not.toBe('');
      expect(second).not.toBe(first); // the emphasis moved on
      expect(live).toContain(second.replace(/\s+/g, " ").slice(0, 20));
      // The current item's colour wins over its own style.
      const background = await page.evaluate(() => getComputedStyle(document.querySelector('counterpoint-mark[data-current]')!).backgroundColor);
      expect(background).toBe(hexToRgb(PALETTES.light.current.background));
      await cardShown(page);
      await page.keyboard.press('Escape');
      expect(await cardText(page)).toBeNull();
      await page.close();
    });

    it('leaves selection and copy as they were in a paragraph with a wrapped quote', async () => {
      await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: b.server.origin });
      const page = await b.openPage('/overlay-article.html');
      await waitForStableMarks(page);
      const selectAndCopy = async () => {
        const box = await page.locator('article p').nth(2).boundingBox();
        await page.mouse.click(box!.x + 5, box!.y + 5, { clickCount: 3 });
        const selection = await page.evaluate(() => getSelection()!.toString());
        await page.keyboard.press('Control+C');
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        await page.evaluate(() => getSelection()!.removeAllRanges());
        return { selection, copied };
      };
      const wrapped = await selectAndCopy();
      expect(await page.locator('article p').nth(2).locator('counterpoint-mark').count()).toBeGreaterThan(0);
      const paragraph = await page.evaluate(() => document.querySelectorAll('article p')[2].textContent!.replace(/\s+/g, ' ').trim());
      expect(wrapped.selection.replace(/\s+/g, ' ').trim()).toBe(paragraph);
      expect(wrapped.copied.replace(/\s+/g, ' ').trim()).toBe(paragraph);
      // And exactly what the same gestures give on the bare page.
      try {
        await patchSettings(b, { highlightQuotes: false, highlightReported: false, highlightStatistics: false });
        await page.waitForFunction(() => !document.querySelector('counterpoint-mark'));
        expect(await selectAndCopy()).toEqual(wrapped);
      } finally {
        await patchSettings(b, { highlightQuotes: true, highlightReported: true, highlightStatistics: true });
      }
      await page.close();
    });

    it('a second run adds no wrappers, and a page script walking its DOM still finds its own elements', async () => {
      const page = await b.openPage('/fallback/walker.html');
      await waitForStableMarks(page);
      const before = await page.evaluate(() => document.body.innerHTML);
      const tabId = await b.tabIdOf(page);
      const again = (await sendToTab(b, tabId, { type: 'counterpoint/run', force: false })) as { status: { state: string } };
      expect(again.status.state).toBe('analysed');
      await page.waitForTimeout(1000); // past the content script's mutation debounce
      expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
      expect(await page.evaluate(() => document.querySelectorAll('counterpoint-mark counterpoint-mark').length)).toBe(0);
      const analysis = await analysisOf(b, page);
      expect((await compareMarksWithAnalysis(page, analysis)).problems).toEqual([]);

      const walk = await page.evaluate(() => (window as unknown as { __walkAgain(): Record<string, unknown> }).__walkAgain());
      expect(walk).toMatchObject({ sameElementsConnected: true, sameParents: true, sameTexts: true, sameLinks: true, sameWordCount: true });
      // What the page sees besides its own elements is only our marks.
      expect(new Set(walk.addedElements as string[])).toEqual(new Set(['counterpoint-mark']));
      expect(await page.evaluate(() => (window as unknown as { __pageScriptErrors: string[] }).__pageScriptErrors)).toEqual([]);
      await page.close();
    });
  });

  describe.skipIf(skipBecause('wrapping fallback on the shared seed fixture', sharedFixturesMissing()))('on the shared seed fixture', () => {
    it('wraps the same quotes and statistics the Highlight API path draws, and a wrapped quote has its card', async () => {
      const page = await b.openPage(`/fixtures/${SEED}.html`);
      await waitForStableMarks(page);
      const analysis = await analysisOf(b, page);
      const report = await compareMarksWithAnalysis(page, analysis);
      expect(report.problems).toEqual([]);
      expect(report.located).toBe(analysis.quotes.length + analysis.statistics.length);
      expect(report.markedNodes).toBeGreaterThanOrEqual(report.located);
      await page.screenshot({ path: resolve(SCREENSHOTS, 'fallback-seed.png'), fullPage: true });

      const quote = analysis.quotes.find((q) => q.kind === 'direct' && q.speakerId && q.text.length > 20)!;
      const speaker = analysis.speakers.find((s) => s.id === quote.speakerId)!;
      const words = quote.text.replace(/\s+/g, ' ').slice(0, 15);
      expect(await markTexts(page)).toEqual(expect.arrayContaining([expect.stringContaining(words)]));
      const at = await pointOverMark(page, words);
      await page.mouse.move(at!.x, at!.y);
      await page.mouse.move(at!.x + 2, at!.y);
      await cardShown(page);
      expect(await cardText(page)).toContain(speaker.name);
      expect(b.consoleErrors()).toEqual([]);
      await page.close();
    });

    it('on this long page too, wrapping moves no element visibly and unwrapping gives back the same DOM, node for node', async () => {
      const bare = async (page: Page) => ({
        html: await page.evaluate(() => document.body.innerHTML),
        textNodes: await page.evaluate(() => {
          let n = 0;
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) n++;
          return n;
        }),
      });
      await patchSettings(b, { highlightQuotes: false, highlightReported: false, highlightStatistics: false });
      try {
        const page = await b.openPage(`/fixtures/${SEED}.html`);
        await page.waitForTimeout(1500); // analysed, nothing to draw
        const before = await bare(page);
        const boxesBare = await elementBoxes(page);
        await patchSettings(b, { highlightQuotes: true, highlightReported: true, highlightStatistics: true });
        await waitForStableMarks(page);
        await page.evaluate(() => window.scrollTo(0, 0));
        const boxesWrapped = await elementBoxes(page);
        expect(boxesWrapped.map((box) => box.split(' ')[0])).toEqual(boxesBare.map((box) => box.split(' ')[0]));
        expect(largestShift(boxesBare, boxesWrapped)).toBeLessThan(0.25);
        await patchSettings(b, { highlightQuotes: false, highlightReported: false, highlightStatistics: false });
        await page.waitForFunction(() => !document.querySelector('counterpoint-mark'));
        expect(await bare(page)).toEqual(before);
        await page.close();
      } finally {
        await patchSettings(b, { highlightQuotes: true, highlightReported: true, highlightStatistics: true });
      }
    });
  });
});
