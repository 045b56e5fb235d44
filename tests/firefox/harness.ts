// Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the built Firefox extension installed
// as a temporary add-on and pages served on 127.0.0.1.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ensureBuilt } from '../browser/support/build';
import { FIREFOX_PATH } from '../browser/support/environment';
import { serveFolders, type Mounts, type StaticServer } from '../browser/support/static-server';

export interface FirefoxWithExtension {
  browser: Browser;
  server: StaticServer;
  addonId: string;
  openPage(path: string): Promise<Page>;
  /** Names registered in the page's `CSS.highlights`. */
  highlightNames(page: Page): Promise<string[]>;
  /** Waits until a `counterpoint-` highlight is registered; returns the names (throws on timeout). */
  waitForHighlights(page: Page, timeoutMs?: number): Promise<string[]>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(mounts: Mounts): Promise<FirefoxWithExtension> {
  const extensionDir = await ensureBuilt('firefox');
  const server = await serveFolders(mounts);
  let browser: Browser;
  try {
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
  } catch (error) {
    await server.close();
    throw error;
  }
  const addonId = await browser.installExtension(extensionDir);

  const highlightNames = (page: Page) => page.evaluate(() => [...CSS.highlights.keys()]);
  return {
    browser,
    server,
    addonId,
    openPage: async (path) => {
      const page = await browser.newPage();
      await page.goto(server.url(path), { waitUntil: 'load' });
      return page;
    },
    highlightNames,
    waitForHighlights: async (page, timeoutMs = 30_000) => {
      await page.waitForFunction(
        () => [...CSS.highlights.keys()].some((name) => name.startsWith('counterpoint-')),
        { timeout: timeoutMs, polling: 200 },
      );
      return highlightNames(page);
    },
    close: async () => {
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}
