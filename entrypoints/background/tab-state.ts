// Per-tab status, kept in storage.session so it survives the background worker being stopped (MV3 stops it
// after ~30 s idle) and is gone when the browser closes. Where storage.session is missing, a Map in memory.
import { browser } from 'wxt/browser';
import type { TabStatus } from '../../messaging/protocol';
import { isTabStatus } from '../../messaging/validate';

const keyOf = (tabId: number) => `tab:${tabId}`;

interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const memory = new Map<string, unknown>();
const memoryArea: SessionArea = {
  get: async (key) => (memory.has(key) ? { [key]: memory.get(key) } : {}),
  set: async (items) => {
    for (const [k, v] of Object.entries(items)) memory.set(k, v);
  },
  remove: async (key) => {
    memory.delete(key);
  },
};

function area(): SessionArea {
  const session = (browser.storage as unknown as { session?: SessionArea }).session;
  return session ?? memoryArea;
}

export async function getTabStatus(tabId: number): Promise<TabStatus | null> {
  try {
    const value = (await area().get(keyOf(tabId)))[keyOf(tabId)];
    return isTabStatus(value) ? value : null;
  } catch {
    return null;
  }
}

export async function setTabStatus(tabId: number, status: TabStatus): Promise<void> {
  try {
    await area().set({ [keyOf(tabId)]: status });
  } catch {
    // Over the session quota (a huge analysis): keep it in memory for as long as this worker lives.
    await memoryArea.set({ [keyOf(tabId)]: status });
  }
}

export async function clearTabStatus(tabId: number): Promise<void> {
  await Promise.allSettled([area().remove(keyOf(tabId)), memoryArea.remove(keyOf(tabId))]);
}
