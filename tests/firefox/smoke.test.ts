// The Firefox build installs in Firefox ESR and its content script highlights the sample article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, outputDir } from '../browser/support/build';
import { firefoxMissing, skipBecause } from '../browser/support/environment';
import { SAMPLES_DIR, sampleArticleFile, sampleArticleMissing } from '../browser/support/sample-article';
import { OPEN_POPUP_HASH, TEST_HOOKS_MODE } from '../../entrypoints/background/test-hooks';
import { launchFirefoxWithExtension, untilAnswers, type FirefoxWithExtension } from './harness';

describe.skipIf(skipBecause('firefox smoke', firefoxMissing(), sampleArticleMissing()))(
  'extension in Firefox ESR',
  () => {
    let firefox: FirefoxWithExtension;

    beforeAll(async () => {
      firefox = await launchFirefoxWithExtension({ '/samples/': SAMPLES_DIR }, { buildMode: TEST_HOOKS_MODE });
    });
    afterAll(async () => {
      await firefox?.close();
    });

    it('installs as a temporary add-on under the gecko id of its manifest', () => {
      const manifest = JSON.parse(readFileSync(join(outputDir('firefox', TEST_HOOKS_MODE), 'manifest.json'), 'utf8'));
      expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
      expect(firefox.addonId).toBe(manifest.browser_specific_settings.gecko.id);
    });

    it('keeps the test hook out of the store build', async () => {
      const background = (mode?: string) => readFileSync(join(outputDir('firefox', mode), 'background.js'), 'utf8');
      await ensureBuilt('firefox');
      expect(background(TEST_HOOKS_MODE)).toContain(OPEN_POPUP_HASH);
      expect(background()).not.toContain(OPEN_POPUP_HASH);
    });

    it('highlights quotes on the sample article', async () => {
      const page = await firefox.openPage(`/samples/${sampleArticleFile()}`);
      const names = await firefox.waitForHighlights(page);
      expect(names.some((name) => name.startsWith('counterpoint-'))).toBe(true);
      await page.close();
    });

    it('shows the sample article\'s analysis in the popup opened for its tab', async () => {
      // The test-hooks build opens popup.html?tabId=N itself for a page whose address asks for it.
      const page = await firefox.openPage(`/samples/${sampleArticleFile()}${OPEN_POPUP_HASH}`);
      await firefox.waitForHighlights(page);
      const popup = await firefox.extensionPage('/popup.html?tabId=');
      await untilAnswers(popup, () => /[1-9]\d*\s+quotes?/.test(document.body.innerText));
      const headline = await popup.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '');
      const pageHeadings = await page.evaluate(() => [document.title, document.querySelector('h1')?.textContent ?? '']);
      expect(headline.length).toBeGreaterThan(0);
      expect(pageHeadings.some((h) => h.includes(headline))).toBe(true);
      // The popup speaks for the page's tab: its speakers are the article's.
      expect(await popup.evaluate(() => document.body.innerText)).toMatch(/speaker/i);
    });
  },
);
