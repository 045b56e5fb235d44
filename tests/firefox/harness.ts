// Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the built Firefox extension installed
// as a temporary add-on and pages served on 127.0.0.1.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  /**
   * The extension page at `path` ("/popup.html") that the extension itself opened: in the test-hooks build it opens
   * its popup for a page whose address ends in OPEN_POPUP_HASH (Firefox refuses the test's own navigation there).
   */
  extensionPage(path: string, timeoutMs?: number): Promise<Page>;
  close(): Promise<void>;
}

/** The slice of the WebExtension API the harness calls inside an extension page (serialised, so typed by hand). */
interface ExtensionPageGlobals {
  browser: {
    tabs: {
      query(filter: object): Promise<Array<{ id?: number; url?: string }>>;
      getCurrent(): Promise<{ id?: number }>;
    };
  };
}

export async function launchFirefoxWithExtension(mounts: Mounts, { buildMode }: { buildMode?: string } = {}): Promise<FirefoxWithExtension> {
  const extensionDir = await ensureBuilt('firefox', { mode: buildMode });
  const server = await serveFolders(mounts);
  // Firefox gives each add-on a random internal UUID for its moz-extension:// origin; fixing it in advance lets
  // the harness address the extension's pages.
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const extensionOrigin = `moz-extension://${randomUUID()}`;
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: extensionOrigin.slice('moz-extension://'.length) }),
      },
    });
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
    extensionPage: async (path, timeoutMs = 30_000) => {
      // Puppeteer keeps reporting "about:blank" for a tab the extension opened: ask each page where it is.
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        for (const page of await browser.pages()) {
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href.startsWith(`${extensionOrigin}${path}`)) return page;
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`the extension opened no ${path} within ${timeoutMs} ms`);
    },
    close: async () => {
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}

/**
 * Polls `check` in the page until it returns true, riding out the moments a navigation destroys the context.
 * (Puppeteer's waitForFunction builds a Function(), which the extension pages' CSP refuses.)
 */
export async function untilAnswers<A>(page: Page, check: (arg: A) => boolean, arg?: A, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await page.evaluate(check as (arg: unknown) => boolean, arg).catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the page did not reach the expected state within ${timeoutMs} ms`);
}

/**
 * Some Firefox ESR releases refuse a tab's navigation to a moz-extension:// page that the test itself starts; the
 * tests that need an extension page then cannot run there, which is a fact about the browser, not the extension.
 */
export class ExtensionPageRefused extends Error {
  constructor(url: string) {
    super(`this Firefox (${FIREFOX_PATH}) refused to open ${url} from the test: extension pages cannot be checked in it`);
  }
}

/** Navigates `page` to an extension page and waits for its document; ExtensionPageRefused when Firefox won't. */
export async function openExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  try {
    await untilAnswers(page, () => location.protocol === 'moz-extension:');
  } catch {
    throw new ExtensionPageRefused(url);
  }
}

/** Runs `step`; when Firefox refuses extension pages, prints why and skips the test instead of failing it. */
export async function orSkipWhereRefused(skip: (note?: string) => never, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (e) {
    if (!(e instanceof ExtensionPageRefused)) throw e;
    console.warn(`skipped: ${e.message}`);
    skip(e.message);
  }
}
