// The real-browser test harness: Debian's Chromium, driven by playwright-core, with the built extension
// loaded into a fresh profile and test pages served on 127.0.0.1.
//
//   const b = await launchExtensionBrowser();
//   const page = await b.openPage('/article.html');
//   const names = await b.waitForHighlights(page);      // ['counterpoint-quote', ...]
//   const popup = await b.openPopup(await b.tabIdOf(page));
//   await b.close();
//
// Tests that need it call `skipBecause(...)` first (see support/environment.ts).
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureBuilt } from './support/build';
import { CHROMIUM_PATH, PROJECT_ROOT, SHARED_FIXTURES_DIR } from './support/environment';
import { serveFolders, type Mounts, type StaticServer } from './support/static-server';

export { chromiumMissing, firefoxMissing, sharedFixturesMissing, skipBecause, IN_CI } from './support/environment';
export { ensureBuilt } from './support/build';

/** Flags Chromium needs to run as root in a container without a GPU or network chatter. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * What is served by default: tests/pages at "/", the project's sample article at "/samples/",
 * and the shared fixtures at "/fixtures/" (each only when the folder exists).
 */
export function defaultMounts(): Mounts {
  const mounts: Mounts = {};
  const candidates: Array<[string, string]> = [
    ['/', resolve(PROJECT_ROOT, 'tests/pages')],
    ['/samples/', resolve(PROJECT_ROOT, 'samples')],
    ['/fixtures/', SHARED_FIXTURES_DIR],
  ];
  for (const [prefix, dir] of candidates) if (existsSync(dir)) mounts[prefix] = dir;
  return mounts;
}

/** The slice of the extension API the harness calls inside the service worker (serialised, so typed by hand). */
interface WorkerGlobals {
  chrome: { tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> } };
}

export interface LaunchOptions {
  /** URL prefix → folder; defaults to `defaultMounts()`. */
  mounts?: Mounts;
  /** Show a window (needs $DISPLAY). Default: headless. */
  headed?: boolean;
  /** Use this unpacked extension instead of building .output/chrome-mv3. */
  extensionDir?: string;
  /** Build (and load) the extension in this Vite mode, e.g. WRAPPING_BUILD_MODE; ignored with `extensionDir`. */
  buildMode?: string;
  /** More command-line switches for Chromium (after CHROMIUM_FLAGS), e.g. '--force-prefers-reduced-motion'. */
  extraArgs?: string[];
  viewport?: { width: number; height: number };
}

export interface ConsoleProblem {
  source: string; // page URL or "service-worker"
  text: string;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  server: StaticServer;
  extensionId: string;
  /** The background worker; it only answers while running: after `stopServiceWorker()` use `liveServiceWorker()`. */
  serviceWorker: Worker;
  /** The background worker, woken first (by a message from an extension page) if it was stopped. */
  liveServiceWorker(): Promise<Worker>;
  /** Stops the background worker the way Chromium does when it idles, to test state that must survive it. */
  stopServiceWorker(): Promise<void>;
  /** Opens a served page (path like "/article.html") or any absolute URL, waits for `load`. */
  openPage(pathOrUrl: string): Promise<Page>;
  /** The browser's tab id for a page, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
  /** chrome-extension://ID/popup.html?tabId=N in its own tab. */
  openPopup(tabId: number): Promise<Page>;
  openOptions(): Promise<Page>;
  extensionUrl(path: string): string;
  /** Names registered in the page's `CSS.highlights` (main world). */
  highlightNames(page: Page): Promise<string[]>;
  /** Waits until a `counterpoint-` highlight is registered; returns the names (throws on timeout). */
  waitForHighlights(page: Page, timeoutMs?: number): Promise<string[]>;
  /** Console errors and uncaught exceptions seen so far, in pages, extension pages and the worker. */
  consoleErrors(): ConsoleProblem[];
  close(): Promise<void>;
}

export async function launchExtensionBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? (await ensureBuilt('chrome', { mode: options.buildMode }));
  const server = await serveFolders(options.mounts ?? defaultMounts());
  const userDataDir = mkdtempSync(join(tmpdir(), 'counterpoint-chromium-'));
  const problems: ConsoleProblem[] = [];

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: !options.headed,
      viewport: options.viewport ?? { width: 1280, height: 900 },
      args: [
        ...CHROMIUM_FLAGS,
        ...(options.extraArgs ?? []),
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
      ],
    });
  } catch (error) {
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }

  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push({ source: page.url(), text: msg.text() });
    });
    page.on('pageerror', (err) => problems.push({ source: page.url(), text: String(err) }));
  };
  context.on('page', watch);
  context.pages().forEach(watch);

  const serviceWorker = await findServiceWorker(context);
  serviceWorker.on('console', (msg) => {
    if (msg.type() === 'error') problems.push({ source: 'service-worker', text: msg.text() });
  });
  // Playwright keeps one Worker object across a stop and restart; it only answers while the worker runs.
  let workerStopped = false;
  const extensionId = new URL(serviceWorker.url()).host;
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

  const openPage = async (pathOrUrl: string) => {
    const page = await context.newPage();
    await page.goto(/^[a-z-]+:/.test(pathOrUrl) ? pathOrUrl : server.url(pathOrUrl), { waitUntil: 'load' });
    return page;
  };

  const openExtensionPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(extensionUrl(path), { waitUntil: 'load' });
    return page;
  };

  const liveServiceWorker = async (): Promise<Worker> => {
    if (!workerStopped) return serviceWorker;
    // Any runtime message wakes the worker; the background ignores one it does not recognise.
    const waker = await openExtensionPage('options.html');
    await waker.evaluate(() => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } };
      return chrome.runtime.sendMessage({ type: 'harness/wake' }).catch(() => undefined);
    });
    await waker.close();
    workerStopped = false;
    return serviceWorker;
  };

  const stopServiceWorker = async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    try {
      const stopped = new Promise<void>((done, fail) => {
        const timer = setTimeout(() => fail(new Error('the background worker did not stop within 10 s')), 10_000);
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          const ours = versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
          if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) {
            clearTimeout(timer);
            done();
          }
        });
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      workerStopped = true;
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  };

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    const serviceWorker = await liveServiceWorker();
    const byUrl = await serviceWorker.evaluate(
      async (wanted) =>
        (await (globalThis as unknown as WorkerGlobals).chrome.tabs.query({}))
          .filter((t) => t.url === wanted)
          .map((t) => t.id ?? -1),
      url,
    );
    if (byUrl.length === 1) return byUrl[0];
    // Without the "tabs" permission a tab's URL can be hidden from us: fall back to the focused tab.
    await page.bringToFront();
    const active = await serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as WorkerGlobals;
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    if (active < 0) throw new Error(`no tab id found for ${url}`);
    return active;
  };

  const highlightNames = (page: Page) =>
    page.evaluate(() => (typeof CSS !== 'undefined' && CSS.highlights ? [...CSS.highlights.keys()] : []));

  const waitForHighlights = async (page: Page, timeoutMs = 30_000) => {
    await page.waitForFunction(
      () => [...CSS.highlights.keys()].some((name) => name.startsWith('counterpoint-')),
      undefined,
      { timeout: timeoutMs },
    );
    return highlightNames(page);
  };

  return {
    context,
    server,
    extensionId,
    serviceWorker,
    liveServiceWorker,
    stopServiceWorker,
    openPage,
    tabIdOf,
    openPopup: (tabId) => openExtensionPage(`popup.html?tabId=${tabId}`),
    openOptions: () => openExtensionPage('options.html'),
    extensionUrl,
    highlightNames,
    waitForHighlights,
    consoleErrors: () => [...problems],
    close: async () => {
      await context.close().catch(() => undefined);
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function findServiceWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const existing = context.serviceWorkers().find(isOurs);
  if (existing) return existing;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 20_000 });
  } catch {
    throw new Error('the extension did not start: no service worker appeared within 20 s (is the build broken?)');
  }
}
