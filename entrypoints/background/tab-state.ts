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

/** What we know of a tab: its status, and the page's hostname (the popup's "Skip this site" needs it). */
export interface TabRecord {
  status: TabStatus;
  hostname: string | null;
}

function isTabRecord(v: unknown): v is TabRecord {
  const r = v as TabRecord | null;
  return !!r && typeof r === 'object' && isTabStatus(r.status) && (r.hostname === null || typeof r.hostname === 'string');
}

export async function getTabRecord(tabId: number): Promise<TabRecord | null> {
  const key = keyOf(tabId);
  try {
    const stored = (await area().get(key))[key];
    if (isTabRecord(stored)) return stored;
    const inMemory = (await memoryArea.get(key))[key];
    return isTabRecord(inMemory) ? inMemory : null;
  } catch {
    return null;
  }
}

export async function setTabRecord(tabId: number, record: TabRecord): Promise<void> {
  try {
    await area().set({ [keyOf(tabId)]: record });
  } catch {
    // Over the session quota (a huge analysis): keep it in memory for as long as this worker lives.
    await memoryArea.set({ [keyOf(tabId)]: record });
  }
}

export async function clearTabStatus(tabId: number): Promise<void> {
  await Promise.allSettled([area().remove(keyOf(tabId)), memoryArea.remove(keyOf(tabId))]);
}
