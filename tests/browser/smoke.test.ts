// The built extension loads in Chromium, and its popup and options pages open and render.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { chromiumMissing, defaultMounts, launchExtensionBrowser, skipBecause, type ExtensionBrowser } from './harness';

const HARNESS_PAGES = resolve(import.meta.dirname, 'support/pages');

describe.skipIf(skipBecause('chromium smoke', chromiumMissing()))('extension in Chromium', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchExtensionBrowser({ mounts: { ...defaultMounts(), '/harness/': HARNESS_PAGES } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads the extension and starts its background worker', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.serviceWorker.url()).toBe(browser.extensionUrl('background.js'));
  });

  it('opens the popup for a tab and renders it', async () => {
    const page = await browser.openPage('/harness/plain.html');
    const tabId = await browser.tabIdOf(page);
    expect(tabId).toBeGreaterThan(0);

    const popup = await browser.openPopup(tabId);
    await popup.waitForFunction(() => (document.getElementById('app')?.innerText.trim().length ?? 0) > 0);
    expect(await popup.title()).toMatch(/Counterpoint/);
    expect(await popup.locator('#app').innerText()).toMatch(/\S/);
    expect(browser.consoleErrors().filter((p) => p.source.includes('popup.html'))).toEqual([]);
  });

  it('opens the options page and renders it', async () => {
    const options = await browser.openOptions();
    await options.waitForFunction(() => (document.getElementById('app')?.innerText.trim().length ?? 0) > 0);
    expect(await options.locator('#app').innerText()).toMatch(/\S/);
    expect(browser.consoleErrors().filter((p) => p.source.includes('options.html'))).toEqual([]);
  });
});
