// The options page in Chromium with the built extension: a setting changed there reaches an open article at once,
// without a reload, and a skipped site gets no highlights. The article is the shared seed fixture, served on
// 127.0.0.1; "localhost" serves the same page under another hostname, the one the tests skip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumMissing, launchExtensionBrowser, sharedFixturesMissing, skipBecause, type ExtensionBrowser } from './harness';
import { PROJECT_ROOT } from './support/environment';
import { drawnHighlights, waitForStableHighlights } from './overlay-helpers';

const SCREENSHOTS = resolve(PROJECT_ROOT, 'test-output');
const SEED_PATH = '/fixtures/seed-junior-doctors-strike.html';

/** A mark in the page's own world: it survives anything but a reload. */
const markPage = (page: Page) => page.evaluate(() => ((window as unknown as { cpMark: number }).cpMark = 1));
const stillMarked = (page: Page) => page.evaluate(() => (window as unknown as { cpMark?: number }).cpMark === 1);

const highlightSize = (page: Page, name: string) =>
  page.evaluate((n) => (CSS.highlights.get(n) as unknown as Set<Range> | undefined)?.size ?? 0, name);

describe.skipIf(skipBecause('options in Chromium', chromiumMissing(), sharedFixturesMissing()))('options page', () => {
  let b: ExtensionBrowser;
  let options: Page;

  beforeAll(async () => {
    b = await launchExtensionBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
    options = await b.openOptions();
    await options.waitForSelector('fieldset');
  });
  afterAll(async () => {
    await b?.close();
  });

  it('turning off "highlight statistics" removes statistic highlights from the open page without a reload', async () => {
    const article = await b.openPage(SEED_PATH);
    const before = await waitForStableHighlights(article);
    expect(before['counterpoint-statistic']?.length ?? 0).toBeGreaterThan(0);
    const quoteNames = Object.keys(before).filter((n) => n.startsWith('counterpoint-quote'));
    expect(quoteNames.length).toBeGreaterThan(0);
    await markPage(article);

    await options.bringToFront();
    const statistics = options.getByRole('checkbox', { name: 'Statistics', exact: true });
    expect(await statistics.isChecked()).toBe(true);
    await statistics.click();
    await options.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    await article.waitForFunction(() => ((CSS.highlights.get('counterpoint-statistic') as unknown as Set<Range> | undefined)?.size ?? 0) === 0, undefined, {
      timeout: 10_000,
    });
    const after = await drawnHighlights(article);
    expect(Object.keys(after).filter((n) => n.startsWith('counterpoint-quote')).length).toBeGreaterThan(0);
    expect(await stillMarked(article)).toBe(true);

    // And back on, still live.
    await options.bringToFront();
    await statistics.click();
    await article.waitForFunction(() => ((CSS.highlights.get('counterpoint-statistic') as unknown as Set<Range> | undefined)?.size ?? 0) > 0, undefined, {
      timeout: 10_000,
    });
    expect(await stillMarked(article)).toBe(true);
    await article.close();
  });

  it('a skipped site gets no highlights, and the popup offers to stop skipping it', async () => {
    // The extension draws on this article under 127.0.0.1 (the test above); skip "localhost" and open it there.
    await options.bringToFront();
    await options.getByLabel('Add a site').fill('http://localhost/whatever');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options.locator('.cp-site', { hasText: 'localhost' }).waitFor();
    await options.screenshot({ path: resolve(SCREENSHOTS, 'options-light.png'), fullPage: true });
    await options.emulateMedia({ colorScheme: 'dark' });
    await options.screenshot({ path: resolve(SCREENSHOTS, 'options-dark.png'), fullPage: true });
    await options.emulateMedia({ colorScheme: 'light' });

    const url = new URL(b.server.url(SEED_PATH));
    url.hostname = 'localhost';
    const article = await b.openPage(url.href);
    const popup = await b.openPopup(await b.tabIdOf(article));
    await popup.getByRole('heading', { name: 'You skip this site' }).waitFor({ timeout: 15_000 });
    expect(await popup.locator('.cp-status').innerText()).toContain('localhost');
    await popup.setViewportSize({ width: 420, height: 320 });
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-skipped-light.png') });

    await article.bringToFront();
    await article.waitForTimeout(1500);
    expect((await b.highlightNames(article)).filter((n) => n.startsWith('counterpoint-'))).toEqual([]);

    // "Stop skipping" in the popup: the page is analysed and highlighted, without a reload.
    await markPage(article);
    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Stop skipping' }).click();
    await popup.locator('.cp-headline').waitFor({ timeout: 15_000 });
    await b.waitForHighlights(article);
    expect(await stillMarked(article)).toBe(true);
    expect(await highlightSize(article, 'counterpoint-statistic')).toBeGreaterThan(0);
    expect(b.consoleErrors().filter((p) => /options\.html|popup\.html/.test(p.source))).toEqual([]);
  });
});
