// The popup's link to the background, through the messages of messaging/protocol.ts. The popup acts for the tab
// named by `?tabId=N` (tests, and readers who open the popup in a tab beside the article), else the active tab.
import { browser } from 'wxt/browser';
import type { Message, TabStatus } from '../../messaging/protocol';
import { skipSite, unskipSite } from '../../settings/store';
import type { PopupClient } from './popup-client';
import { readReplyHostname, readTabStatus } from './read-tab-status';
import { t } from '../../i18n/t';

export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

function hostnameOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname : null;
  } catch {
    return null;
  }
}

async function findTab(search: string): Promise<{ id: number | null; url?: string }> {
  const requested = tabIdFromSearch(search);
  if (requested !== null) {
    const tab = await browser.tabs.get(requested).catch(() => null);
    return { id: requested, url: tab?.url };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: active?.id ?? null, url: active?.url };
}

export async function createBrowserClient(search: string): Promise<PopupClient> {
  const tab = await findTab(search);
  const send = (message: Message) => browser.runtime.sendMessage(message);
  // Opened from the toolbar, activeTab lets us read the tab's URL; opened beside the page (?tabId=N) it does not,
  // and the background's reply may name the hostname instead.
  let hostname = hostnameOf(tab.url);
  return {
    tabId: tab.id,
    get hostname() {
      return hostname;
    },
    async getStatus(): Promise<TabStatus> {
      if (tab.id === null) return { state: 'error', message: t('errorNoTab') };
      const reply = await send({ type: 'counterpoint/get-status', tabId: tab.id });
      hostname = readReplyHostname(reply) ?? hostname;
      return readTabStatus(reply);
    },
    async analyseAnyway() {
      if (tab.id !== null) await send({ type: 'counterpoint/analyse-anyway', tabId: tab.id });
    },
    async reveal(itemId) {
      if (tab.id !== null) await send({ type: 'counterpoint/reveal', tabId: tab.id, itemId });
    },
    async skipSite(hostname) {
      await skipSite(hostname);
    },
    async unskipSite(hostname) {
      await unskipSite(hostname);
    },
    async openOptions() {
      await browser.runtime.openOptionsPage();
      window.close();
    },
  };
}
