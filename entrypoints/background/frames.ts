// The background's side of frames: records each frame's verdict, keeps the badge on the tab's article frame, tells
// frames that lost the tab to stand down (and those that gave way to come back when the winner lets go), and makes
// a sub-frame's analysis wait for the top page's verdict, so a frame inside an article page never draws anything.
import { browser } from 'wxt/browser';
import type { FrameYieldReason, Message } from '../../messaging/protocol';
import { updateBadge } from './badge';
import {
  TOP_FRAME,
  articleFrame,
  framesToInvite,
  framesToStandDown,
  subFrameRefusal,
  tabViewOf,
  type FrameMap,
  type FrameRecord,
} from './frame-choice';
import { getTabFrames, updateTabFrames } from './tab-state';

/** How long a sub-frame's analysis waits for the top page to decide (it may never: a page our script cannot reach). */
const TOP_VERDICT_WAIT_MS = 10_000;

/** Sub-frames waiting for the top page's verdict, by tab. */
const waitingForTop = new Map<number, Set<() => void>>();

const topDecided = (frames: FrameMap) => {
  const top = frames[TOP_FRAME]?.status;
  return top !== undefined && top.state !== 'loading';
};

/** Stores a frame's verdict and acts on what changed for the tab; returns the tab's frames. */
export async function recordFrame(tabId: number, frameId: number, record: FrameRecord): Promise<FrameMap> {
  const frames = await updateTabFrames(tabId, (frames) => {
    // A frame that gave way stays marked until it holds an article itself.
    const yielded = record.status.state !== 'analysed' && frames[frameId]?.yielded === true;
    return { ...frames, [frameId]: yielded ? { ...record, yielded } : record };
  });
  await settle(tabId, frames);
  return frames;
}

/** A frame went away (removed, or navigated): its verdict no longer counts. */
export async function forgetFrame(tabId: number, frameId: number): Promise<void> {
  const frames = await updateTabFrames(tabId, ({ [frameId]: _gone, ...rest }) => rest);
  await settle(tabId, frames);
}

/** The frame the reader's actions address: the article's frame, else the top frame. */
export async function articleFrameOf(tabId: number): Promise<number> {
  return articleFrame(await getTabFrames(tabId)) ?? TOP_FRAME;
}

/**
 * Why a sub-frame may not analyse, or null when it may. Waits (a while) for the top page to decide first: an
 * article page's own frames are never drawn on. A declined frame is marked so it gets its turn later.
 */
export async function declineSubFrame(tabId: number, frameId: number): Promise<FrameYieldReason | null> {
  const frames = await topVerdict(tabId);
  const area = frames[frameId]?.area ?? 0;
  const refusal = subFrameRefusal(frames, frameId, area);
  if (refusal) {
    await updateTabFrames(tabId, (now) => {
      const mine = now[frameId] ?? { status: { state: 'not-article', reason: refusal }, hostname: null, area };
      return { ...now, [frameId]: { ...mine, yielded: true } };
    });
  }
  return refusal;
}

async function topVerdict(tabId: number): Promise<FrameMap> {
  let wake = () => {};
  const woken = new Promise<void>((resolve) => (wake = resolve));
  // Listen before looking, so a verdict stored in between is not missed.
  const waiters = waitingForTop.get(tabId) ?? new Set();
  waitingForTop.set(tabId, waiters.add(wake));
  try {
    const frames = await getTabFrames(tabId);
    if (topDecided(frames)) return frames;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([woken, new Promise<void>((resolve) => (timer = setTimeout(resolve, TOP_VERDICT_WAIT_MS)))]);
    clearTimeout(timer);
    return await getTabFrames(tabId);
  } finally {
    waiters.delete(wake);
    if (waiters.size === 0 && waitingForTop.get(tabId) === waiters) waitingForTop.delete(tabId);
  }
}

/** After any change: wake waiting sub-frames, keep frames in line with the tab's choice, update the badge. */
async function settle(tabId: number, frames: FrameMap): Promise<void> {
  if (topDecided(frames)) waitingForTop.get(tabId)?.forEach((wake) => wake());
  const standDown = framesToStandDown(frames);
  const invite = framesToInvite(frames);
  if (standDown.length || invite.length) {
    await updateTabFrames(tabId, (now) => {
      const next = { ...now };
      for (const id of standDown) if (next[id]) next[id] = { ...next[id], yielded: true };
      for (const id of invite) if (next[id]) next[id] = { ...next[id], yielded: false };
      return next;
    });
  }
  const send = (frameId: number, message: Message) =>
    browser.tabs.sendMessage(tabId, message, { frameId }).catch(() => forgetFrame(tabId, frameId));
  standDown.forEach((frameId) => void send(frameId, { type: 'counterpoint/stand-down' }));
  invite.forEach((frameId) => void send(frameId, { type: 'counterpoint/run', force: false }));
  await updateBadge(tabId, tabViewOf(frames)?.status ?? null);
}
