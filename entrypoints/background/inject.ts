// Tabs opened before the extension was installed or updated have no content script. When the popup asks about
// such a tab, we inject it (the popup opening grants activeTab) and ask it to run.
import { browser } from 'wxt/browser';
import type { Message, StatusReply, TabStatus } from '../../messaging/protocol';
import { isTabStatus } from '../../messaging/validate';

const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** Asks the content script of one frame of the tab to run; null when there is no content script to answer. */
export async function askContentScript(tabId: number, frameId: number, force: boolean): Promise<StatusReply | null> {
  try {
    const run: Message = { type: 'counterpoint/run', force };
    const reply = (await browser.tabs.sendMessage(tabId, run, { frameId })) as StatusReply | undefined;
    if (!reply || !isTabStatus(reply.status)) return null;
    return { status: reply.status, hostname: typeof reply.hostname === 'string' ? reply.hostname : undefined };
  } catch {
    return null; // "Could not establish connection. Receiving end does not exist."
  }
}

export async function injectContentScript(tabId: number): Promise<boolean> {
  try {
    const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting;
    if (scripting?.executeScript) {
      await scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    } else {
      // Firefox MV2
      await browser.tabs.executeScript(tabId, { file: CONTENT_SCRIPT_FILE, runAt: 'document_idle' });
    }
    return true;
  } catch {
    return false; // a browser page, the store, or no permission
  }
}

/** Why a URL cannot have a content script, or null when it can. */
export function unsupportedReason(url: string | undefined): Extract<TabStatus, { state: 'unsupported' }>['reason'] | null {
  if (!url) return null; // hidden without the tabs permission: try, and let injection tell
  if (!/^https?:/i.test(url)) return 'browser-page';
  if (/^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/i.test(url)) {
    return 'store-page';
  }
  return null;
}
