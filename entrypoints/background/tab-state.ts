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

/**
 * Stored as `{ status, hostname, frames }`: the tab's own status and hostname (the chosen frame's, for anyone who
 * reads the tab's entry, the browser tests among them) beside every frame's record. The chosen frame's status is
 * stored once, as the tab's (`status: null` in its record): an analysis of a huge article must fit the quota once.
 */
interface StoredTab {
  status?: unknown;
  hostname: string | null;
  frames: Record<string, Omit<FrameRecord, 'status'> & { status: FrameRecord['status'] | null }>;
}

function toStored(frames: FrameMap): StoredTab {
  const view = tabViewOf(frames);
  const stored: StoredTab['frames'] = { ...frames };
  const shared = view !== null && frames[view.frameId].status === view.status;
  if (shared) stored[view.frameId] = { ...frames[view.frameId], status: null };
  return { status: view?.status, hostname: view?.hostname ?? null, frames: stored };
}

/** A stored entry's frames, keeping only well-formed ones (an older version's or a damaged entry reads as empty). */
function fromStored(v: unknown): FrameMap | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const { frames, status } = v as { frames?: unknown; status?: unknown };
  if (!frames || typeof frames !== 'object') return null;
  const valid = Object.entries(frames as Record<string, unknown>)
    .filter(([key]) => /^\d+$/.test(key))
    .map(([key, record]) => {
      const r = record as { status?: unknown } | null;
      return [key, r && typeof r === 'object' && r.status === null ? { ...r, status } : r] as const;
    })
    .filter(([, record]) => isFrameRecord(record));
  return Object.fromEntries(valid) as FrameMap;
}

export async function getTabFrames(tabId: number): Promise<FrameMap> {
  const key = keyOf(tabId);
  try {
    // The in-memory copy exists only while the session area is over its quota, and is then the newer one.
    return fromStored((await memoryArea.get(key))[key]) ?? fromStored((await area().get(key))[key]) ?? {};
  } catch {
    return {};
  }
}

async function setTabFrames(tabId: number, frames: FrameMap): Promise<void> {
  const key = keyOf(tabId);
  const entry = toStored(frames);
  try {
    await area().set({ [key]: entry });
    if (area() !== memoryArea) await memoryArea.remove(key);
  } catch {
    // Over the session quota (a huge analysis): keep it in memory for as long as this worker lives.
    await area().remove(key).catch(() => undefined);
    await memoryArea.set({ [key]: entry });
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
