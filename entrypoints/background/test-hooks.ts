// Test builds only (`wxt build -b firefox --mode test-hooks`). Firefox refuses a test's own navigation to a
// moz-extension:// page, so in this build the extension opens its popup itself, for the tab of a page whose address
// ends in OPEN_POPUP_HASH, once that page is analysed. The caller tests `import.meta.env.MODE === TEST_HOOKS_MODE`,
// which Vite folds to false in the store build, so none of this is in it.
import { browser } from 'wxt/browser';

export const TEST_HOOKS_MODE = 'test-hooks';
export const OPEN_POPUP_HASH = '#counterpoint-test-open-popup';

const opened = new Set<number>();

/** Opens popup.html?tabId=N beside the page at `pageUrl`, once per tab, when the page asked for it by its address. */
export function openPopupIfAsked(tabId: number, pageUrl: string | undefined): void {
  if (!pageUrl?.endsWith(OPEN_POPUP_HASH) || opened.has(tabId)) return;
  opened.add(tabId);
  void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tabId=${tabId}`) });
}
