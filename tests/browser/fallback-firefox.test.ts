// The wrapping fallback chosen by the extension itself, in a browser that truly lacks the Custom Highlight API:
// Firefox ESR with the API switched off by its preference (dom.customHighlightAPI.enabled), running the ordinary
// Firefox build. The preference removes `Highlight` and `CSS.highlights` from every world, the content script's
// included, so marks on the page show that the content script looked for the API in its own world, found none
// and wrapped. (Chromium has no such switch; fallback.test.ts covers the rest there with a test build.)
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../analysis/types';
import { PALETTES } from '../../page/highlights/palette';
import { openExtensionPage, orSkipWhereRefused, untilAnswers } from '../firefox/harness';
import { defaultMounts } from './harness';
import { ensureBuilt } from './support/build';
import { FIREFOX_PATH, firefoxMissing, skipBecause } from './support/environment';
import { serveFolders, type StaticServer } from './support/static-server';
import { compareMarksWithAnalysis, waitForStableMarks } from './support/wrapped-marks';

const hexToRgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe.skipIf(skipBecause('wrapping fallback in Firefox without the Highlight API', firefoxMissing()))(
  'wrapping fallback in Firefox without the Highlight API',
  () => {
    let browser: Browser;
    let server: StaticServer;
    let extensionOrigin: string;
    let geckoId: string;

    beforeAll(async () => {
      const extensionDir = await ensureBuilt('firefox');
      server = await serveFolders(defaultMounts());
      geckoId = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
      // A fixed internal UUID lets the test open an extension page to ask the background for the analysis.
      const uuid = randomUUID();
      extensionOrigin = `moz-extension://${uuid}`;
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        extraPrefsFirefox: {
          'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
          'dom.customHighlightAPI.enabled': false,
        },
      });
      await browser.installExtension(extensionDir);
    });
    afterAll(async () => {
      await browser?.close().catch(() => undefined);
      await server?.close();
    });

    /** The analysis the background keeps for the most recently opened web page, asked from an extension page. */
    async function latestAnalysis(): Promise<Analysis> {
      const ext = await browser.newPage();
      await openExtensionPage(ext, `${extensionOrigin}/options.html`);
      const reply = (await ext.evaluate(async () => {
        type Ext = { tabs: { getCurrent(): Promise<{ id?: number }>; query(f: object): Promise<Array<{ id?: number }>> }; runtime: { sendMessage(m: object): Promise<unknown> } };
        const { browser: api } = globalThis as unknown as { browser: Ext };
        const own = (await api.tabs.getCurrent()).id;
        const tabId = Math.max(...(await api.tabs.query({})).map((t) => t.id ?? -1).filter((id) => id !== own));
        return api.runtime.sendMessage({ type: 'counterpoint/get-status', tabId });
      })) as { status: { state: string; analysis?: Analysis } };
      await ext.close();
      expect(reply.status.state).toBe('analysed');
      return reply.status.analysis!;
    }

    it('has no Highlight API in the page, and the extension wraps the analysis’ quotes and statistics instead', async (ctx) => {
      const page: Page = await browser.newPage();
      await page.goto(server.url('/overlay-article.html'), { waitUntil: 'load' });
      const api = await page.evaluate(() => [typeof (globalThis as { Highlight?: unknown }).Highlight, typeof CSS.highlights]);
      if (api[0] !== 'undefined') {
        // Later ESR releases keep the API whatever the preference says: no browser here lacks it.
        const why = `this Firefox (${FIREFOX_PATH}) keeps the Highlight API with dom.customHighlightAPI.enabled=false; the fallback is covered in Chromium by fallback.test.ts`;
        console.warn(`skipped: ${why}`);
        ctx.skip(why);
      }
      expect(api).toEqual(['undefined', 'undefined']);
      const texts = await waitForStableMarks(page);
      expect(texts).toContain('78%');

      let analysis!: Analysis;
      await orSkipWhereRefused(ctx.skip, async () => {
        analysis = await latestAnalysis();
      });
      const report = await compareMarksWithAnalysis(page, analysis);
      expect(report.problems).toEqual([]);
      expect(report.located).toBe(analysis.quotes.length + analysis.statistics.length);

      // Coloured under the page's strict CSP: the stylesheet is adopted, not a <style> or a style attribute.
      const look = await page.evaluate(() => {
        const stat = [...document.querySelectorAll('counterpoint-mark[data-style="statistic"]')].find((m) => m.textContent === '78%')!;
        return {
          background: getComputedStyle(stat).backgroundColor,
          sheets: document.adoptedStyleSheets.length,
          styleElements: document.querySelectorAll('style').length,
          styledMarks: document.querySelectorAll('counterpoint-mark[style]').length,
        };
      });
      expect(look).toEqual({ background: hexToRgb(PALETTES.light.statistic.background), sheets: 1, styleElements: 0, styledMarks: 0 });
      expect(await page.evaluate(() => (window as unknown as { __pageScriptErrors: string[] }).__pageScriptErrors)).toEqual([]);

      // A content script told a newer copy started stops and takes its marks away: the page's DOM as it was.
      await page.evaluate((id) => {
        document.dispatchEvent(
          new CustomEvent(`${id}:content:wxt:content-script-started`, { detail: { contentScriptName: 'content', messageId: 'test' } }),
        );
      }, geckoId);
      await untilAnswers(page, () => !document.querySelector('counterpoint-mark'), undefined, 5000);
      expect(
        await page.evaluate(() => document.documentElement.outerHTML === (window as unknown as { __pageSnapshot: string }).__pageSnapshot),
      ).toBe(true);
      expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
      await page.close();
    });
  },
);
