// No page text leaves the browser (issue 9): every network request made during a full session with the built
// extension in Chromium (pages loaded and analysed, hover card, keyboard step-through, popup with all its tabs and
// a click back to the page, options page with a setting changed, the background restarted) is recorded, from
// pages, extension pages and the background's service worker alike, and none goes anywhere but the page's own
// server on 127.0.0.1 or the extension's own files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumMissing, ensureBuilt, launchExtensionBrowser, skipBecause, type ExtensionBrowser } from './harness';
import { pointOver, sendToTab, waitForStableHighlights } from './overlay-helpers';

interface Recorded {
  url: string;
  from: string;
}

describe.skipIf(skipBecause('network in Chromium', chromiumMissing()))('network requests in a full session', () => {
  let b: ExtensionBrowser;
  let extensionDir = '';
  const requests: Recorded[] = [];
  const sockets: string[] = [];

  beforeAll(async () => {
    // A private copy of the build: the engineers sharing this tree rebuild .output/ while the tests run.
    extensionDir = mkdtempSync(join(tmpdir(), 'counterpoint-network-ext-'));
    cpSync(await ensureBuilt('chrome'), extensionDir, { recursive: true });
    b = await launchExtensionBrowser({ extensionDir });
    b.context.on('request', (request) => {
      requests.push({ url: request.url(), from: request.serviceWorker() ? 'service worker' : (request.frame()?.url() ?? '?') });
    });
    const watchSockets = (page: Page) => page.on('websocket', (socket) => sockets.push(socket.url()));
    b.context.on('page', watchSockets);
    b.context.pages().forEach(watchSockets);
    // The worker started before the recording did: restart it so its start-up code runs while we listen.
    await b.stopServiceWorker();
    await b.liveServiceWorker();
  });
  afterAll(async () => {
    await b?.close();
    if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
  });

  it('goes nowhere but 127.0.0.1 and the extension itself', async () => {
    // An article: analysed, highlighted, a hover card, the keyboard step-through.
    const article = await b.openPage('/overlay-article.html');
    await waitForStableHighlights(article);
    const at = await pointOver(article, '78%');
    expect(at).not.toBeNull();
    await article.mouse.move(at!.x, at!.y);
    await article.mouse.move(at!.x + 2, at!.y);
    await article.waitForFunction(() => !!document.querySelector('counterpoint-overlay')?.shadowRoot?.querySelector('.card'));
    const tabId = await b.tabIdOf(article);
    await sendToTab(b, tabId, { type: 'counterpoint/step', direction: 1 });

    // The popup: every tab, and a click that takes the page to an item.
    const popup = await b.openPopup(tabId);
    await popup.waitForSelector('.cp-headline', { timeout: 60_000 });
    for (const name of ['Speakers', 'The other side', 'Timeline', 'Statistics']) {
      await popup.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
    }
    await popup.locator('[role="tabpanel"] button').first().click();
    await popup.close();

    // Hostile pages (payloads, a strict page policy is not needed here) and a page that is not an article.
    for (const path of ['/hostile/payload-quotes.html', '/hostile/shadow-article.html', '/hostile/iframe-article.html', '/home-page.html']) {
      const page = await b.openPage(path);
      const id = await b.tabIdOf(page);
      const pagePopup = await b.openPopup(id);
      await pagePopup.waitForFunction(() => document.body.innerText.trim().length > 0 && !document.querySelector('[aria-busy="true"]'), undefined, {
        timeout: 60_000,
      });
      await pagePopup.close();
      await page.close();
    }

    // The options page, with a setting changed and changed back.
    const options = await b.openOptions();
    const statistics = options.getByRole('checkbox', { name: 'Statistics', exact: true });
    await statistics.click();
    await options.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await statistics.click();
    await options.close();

    // A background restart after all that (it reloads its state from storage).
    await b.stopServiceWorker();
    await b.liveServiceWorker();
    await article.reload({ waitUntil: 'load' });
    await waitForStableHighlights(article);
    await article.close();

    const allowed = (url: string) =>
      url.startsWith(`${b.server.origin}/`) || url.startsWith(`chrome-extension://${b.extensionId}/`) || /^(data|blob):/.test(url);
    // The recording works: it saw the pages and the extension's own files.
    expect(requests.some((r) => r.url.startsWith(`${b.server.origin}/hostile/`))).toBe(true);
    expect(requests.some((r) => r.url.startsWith(`chrome-extension://${b.extensionId}/`))).toBe(true);
    expect(requests.filter((r) => !allowed(r.url))).toEqual([]);
    expect(sockets).toEqual([]);
  }, 300_000);
});
