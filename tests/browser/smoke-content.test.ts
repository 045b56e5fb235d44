// End to end in Chromium: the content script highlights the sample article and leaves a non-article alone, and
// the popup shows the tab's analysis, also after the background worker has been stopped (as Chromium does
// when it idles).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumMissing, launchExtensionBrowser, skipBecause, type ExtensionBrowser } from './harness';
import { SAMPLES_DIR, sampleArticleFile, sampleArticleMissing } from './support/sample-article';

const HARNESS_PAGES = resolve(import.meta.dirname, 'support/pages');

const counterpointNames = (names: string[]) => names.filter((name) => name.startsWith('counterpoint-'));

/** The popup's visible text once it has left its "Reading the page…" state. */
async function settledPopupText(popup: Page): Promise<string> {
  await popup.waitForFunction(
    () => {
      const text = document.body.innerText;
      return text.trim().length > 0 && !document.querySelector('[aria-busy="true"]');
    },
    undefined,
    { timeout: 15_000 },
  );
  return popup.locator('body').innerText();
}

describe.skipIf(skipBecause('chromium end-to-end', chromiumMissing(), sampleArticleMissing()))(
  'content script and popup in Chromium',
  () => {
    let browser: ExtensionBrowser;
    let article: Page;

    beforeAll(async () => {
      browser = await launchExtensionBrowser({ mounts: { '/samples/': SAMPLES_DIR, '/harness/': HARNESS_PAGES } });
      article = await browser.openPage(`/samples/${sampleArticleFile()}`);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('highlights the sample article in CSS.highlights', async () => {
      const names = await browser.waitForHighlights(article);
      expect(counterpointNames(names).length).toBeGreaterThan(0);
      const ranges = await article.evaluate(() => {
        let total = 0;
        CSS.highlights.forEach((h, name) => {
          if (name.startsWith('counterpoint-')) total += h.size;
        });
        return total;
      });
      expect(ranges).toBeGreaterThan(3);
    });

    it('shows the article in the popup, with what was found', async () => {
      const popup = await browser.openPopup(await browser.tabIdOf(article));
      const text = await settledPopupText(popup);
      const headline = (await popup.locator('h1').first().innerText()).trim();
      const pageHeadings = await article.evaluate(() => [document.title, document.querySelector('h1')?.textContent ?? '']);
      expect(headline.length).toBeGreaterThan(0);
      expect(pageHeadings.some((h) => h.includes(headline))).toBe(true);
      expect(text).toMatch(/[1-9]\d*\s+quotes?/);
      await popup.close();
    });

    it('still knows the tab after the background worker was stopped', async () => {
      // A mark in the worker's globals shows that the stop really threw its memory away.
      await browser.serviceWorker.evaluate(() => Object.assign(globalThis, { harnessMark: true }));
      await browser.stopServiceWorker();
      const worker = await browser.liveServiceWorker();
      expect(await worker.evaluate(() => 'harnessMark' in globalThis)).toBe(false);
      const popup = await browser.openPopup(await browser.tabIdOf(article));
      const text = await settledPopupText(popup);
      expect(text).toMatch(/[1-9]\d*\s+quotes?/);
      await popup.close();
    });

    it('leaves a page that is not an article alone, and says so in the popup', async () => {
      const page = await browser.openPage('/harness/plain.html');
      const popup = await browser.openPopup(await browser.tabIdOf(page));
      const text = await settledPopupText(popup);
      expect(text).toMatch(/n[o’']t (look like )?a news article/i);
      expect(counterpointNames(await browser.highlightNames(page))).toEqual([]);
      await popup.close();
    });

    it('logs no errors in the page, the popup or the background', () => {
      const ours = browser.consoleErrors().filter((p) => !/Failed to load resource/.test(p.text));
      expect(ours).toEqual([]);
    });
  },
);
