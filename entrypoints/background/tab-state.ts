// Per-tab state: what each frame of the tab reported (./frame-choice.ts decides which frame is the tab's), kept in
// storage.session so it survives the background worker being stopped (MV3 stops it after ~30 s idle) and is gone
// when the browser closes. Where storage.session is missing, a Map in memory.
import { browser } from 'wxt/browser';
import { isTabStatus } from '../../messaging/validate';
import { tabViewOf, type FrameMap, type FrameRecord } from './frame-choice';

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

function isFrameRecord(v: unknown): v is FrameRecord {
  const r = v as FrameRecord | null;
  return (
    !!r &&
    typeof r === 'object' &&
    isTabStatus(r.status) &&
    (r.hostname === null || typeof r.hostname === 'string') &&
    Number.isFinite(r.area) &&
    (r.yielded === undefined || typeof r.yielded === 'boolean')
  );
}

/** A stored map, keeping only well-formed frames (an older version's or a damaged entry reads as empty). */
function readFrames(v: unknown): FrameMap | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const frames = (v as { frames?: unknown }).frames;
  if (!frames || typeof frames !== 'object') return null;
  const valid = Object.entries(frames).filter(([key, record]) => /^\d+$/.test(key) && isFrameRecord(record));
  return Object.fromEntries(valid);
}

export async function getTabFrames(tabId: number): Promise<FrameMap> {
  const key = keyOf(tabId);
  try {
    return readFrames((await area().get(key))[key]) ?? readFrames((await memoryArea.get(key))[key]) ?? {};
  } catch {
    return {};
  }
}

/**
 * Stored as `{ status, hostname, frames }`: the tab's own status and hostname (the chosen frame's, for anyone who
 * reads the tab's entry, the browser tests among them) beside every frame's record.
 */
async function setTabFrames(tabId: number, frames: FrameMap): Promise<void> {
  const view = tabViewOf(frames);
  const entry = { status: view?.status, hostname: view?.hostname ?? null, frames };
  try {
    await area().set({ [keyOf(tabId)]: entry });
  } catch {
    // Over the session quota (a huge analysis): keep it in memory for as long as this worker lives.
    await memoryArea.set({ [keyOf(tabId)]: entry });
  }
}

/** Updates of one tab run one after another: frames report at the same time, and each update reads then writes. */
const queues = new Map<number, Promise<unknown>>();

/** Applies `change` to the tab's frames and stores the result, which it returns. */
export function updateTabFrames(tabId: number, change: (frames: FrameMap) => FrameMap): Promise<FrameMap> {
  const previous = queues.get(tabId) ?? Promise.resolve();
  const next = previous.then(async () => {
    const frames = change(await getTabFrames(tabId));
    await setTabFrames(tabId, frames);
    return frames;
  });
  const settled = next.catch(() => undefined);
  queues.set(tabId, settled);
  void settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return next;
}

export async function clearTabStatus(tabId: number): Promise<void> {
  await updateTabFrames(tabId, () => ({})).catch(() => undefined);
  await Promise.allSettled([area().remove(keyOf(tabId)), memoryArea.remove(keyOf(tabId))]);
}
