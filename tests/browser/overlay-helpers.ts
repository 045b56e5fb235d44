// Helpers the overlay's browser tests share: reading what the extension drew (from the page's own world), the
// tab's analysis (from the background's session storage) and switching settings (storage.sync, as the options
// page does).
import type { Page } from 'playwright-core';
import type { Analysis } from '../../analysis/types';
import type { ExtensionBrowser } from './harness';

interface ChromeGlobals {
  chrome: {
    storage: {
      sync: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
      session: { get(key: string): Promise<Record<string, unknown>>; remove(key: string): Promise<void> };
    };
    tabs: { sendMessage(tabId: number, message: object): Promise<unknown> };
  };
}

/** Each counterpoint- highlight name → the text of its ranges, whitespace collapsed. */
export function drawnHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('counterpoint-')) continue;
      out[name] = [...(highlight as unknown as Set<Range>)].map((r) => r.toString().replace(/\s+/g, ' ').trim());
    }
    return out;
  });
}

export async function waitForStableHighlights(page: Page, quietMs = 1500, timeoutMs = 15_000) {
  const started = Date.now();
  let previous = '';
  let since = Date.now();
  for (;;) {
    const now = JSON.stringify(await drawnHighlights(page));
    if (now !== previous) {
      previous = now;
      since = Date.now();
    } else if (now !== '{}' && Date.now() - since >= quietMs) {
      return JSON.parse(now) as Record<string, string[]>;
    }
    if (Date.now() - started > timeoutMs) throw new Error(`highlights did not settle: ${now}`);
    await page.waitForTimeout(200);
  }
}

export async function storedStatus(b: ExtensionBrowser, tabId: number): Promise<{ state: string; analysis?: Analysis } | null> {
  return b.serviceWorker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as ChromeGlobals;
    const key = `tab:${id}`;
    const record = (await chrome.storage.session.get(key))[key] as { status: { state: string; analysis?: Analysis } } | undefined;
    return record?.status ?? null;
  }, tabId);
}

export async function analysisOf(b: ExtensionBrowser, page: Page): Promise<Analysis> {
  const tabId = await b.tabIdOf(page);
  for (let i = 0; i < 50; i++) {
    const status = await storedStatus(b, tabId);
    if (status?.state === 'analysed' && status.analysis) return status.analysis;
    await page.waitForTimeout(200);
  }
  throw new Error('no analysis stored for the tab');
}

export async function patchSettings(b: ExtensionBrowser, patch: Record<string, unknown>): Promise<void> {
  await b.serviceWorker.evaluate(async (p) => {
    const { chrome } = globalThis as unknown as ChromeGlobals;
    const current = ((await chrome.storage.sync.get('settings')).settings as object | undefined) ?? {};
    await chrome.storage.sync.set({ settings: { ...current, ...p } });
  }, patch);
}

export async function sendToTab(b: ExtensionBrowser, tabId: number, message: object): Promise<unknown> {
  return b.serviceWorker.evaluate(
    async ([id, m]) => (globalThis as unknown as ChromeGlobals).chrome.tabs.sendMessage(id as number, m as object),
    [tabId, message] as const,
  );
}

/** Every element's box in the page, in document order. */
export function elementBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter((el) => !el.tagName.toLowerCase().startsWith('counterpoint-'))
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName} ${r.x},${r.y},${r.width},${r.height}`;
      }),
  );
}

/** Viewport point over the middle of the first line of the first range of a highlight whose text includes `text`. */
export function pointOver(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('counterpoint-') || name === 'counterpoint-current') continue;
      for (const range of highlight as unknown as Set<Range>) {
        if (!range.toString().replace(/\s+/g, ' ').includes(wanted)) continue;
        range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        return { x: rect.left + Math.min(12, rect.width / 2), y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
}

export function cardText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.querySelector('counterpoint-overlay')?.shadowRoot;
    const card = root?.querySelector('.card') as HTMLElement | null;
    return card ? card.innerText : null;
  });
}
