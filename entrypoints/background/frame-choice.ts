// Which frame of a tab holds the tab's article. The content script runs in every frame big enough to hold one;
// the background keeps each such frame's verdict and decides here, from those verdicts alone (pure, no browser
// API), which frame the badge, the popup, the keyboard command and "reveal" address:
// the top page wins when it is an article (or the reader skips it); otherwise the largest article sub-frame.
import type { FrameYieldReason, TabStatus } from '../../messaging/protocol';

export const TOP_FRAME = 0;

/** What the background knows of one frame of a tab. */
export interface FrameRecord {
  status: TabStatus;
  /** The frame's page hostname (the popup's "Skip this site" needs it). */
  hostname: string | null;
  /** The frame's viewport area in CSS px² (0 for the top frame, which never competes on size). */
  area: number;
  /** The frame gave way to another (declined or stood down): it is asked again when that other lets go. */
  yielded?: boolean;
}

/** frameId (as a string key, for storage) → record. */
export type FrameMap = Record<string, FrameRecord>;

export interface TabView {
  frameId: number;
  status: TabStatus;
  hostname: string | null;
}

/** A top-frame verdict that keeps every sub-frame out: an article (in any language), or a site the reader skips. */
export function topHoldsTab(status: TabStatus | undefined): boolean {
  return status?.state === 'analysed' || status?.state === 'other-language' || status?.state === 'skipped';
}

const subFrames = (frames: FrameMap) =>
  Object.entries(frames)
    .map(([key, record]) => ({ frameId: Number(key), record }))
    .filter((f) => f.frameId !== TOP_FRAME);

/** Larger first; equal areas go to the frame that came first in the document (lower id), so the order is total. */
const bySize = (a: { frameId: number; record: FrameRecord }, b: { frameId: number; record: FrameRecord }) =>
  b.record.area - a.record.area || a.frameId - b.frameId;

/** The frame holding the tab's article, or null when no frame holds one (yet). */
export function articleFrame(frames: FrameMap): number | null {
  if (topHoldsTab(frames[TOP_FRAME]?.status)) return TOP_FRAME;
  const [largest] = subFrames(frames)
    .filter((f) => f.record.status.state === 'analysed')
    .sort(bySize);
  return largest?.frameId ?? null;
}

/**
 * What the tab shows: the article frame's status; else "loading" while the top page or a sub-frame has not
 * decided; else the top page's verdict. Null when nothing is known (the background then asks the page).
 */
export function tabViewOf(frames: FrameMap): TabView | null {
  const chosen = articleFrame(frames);
  // The tab's hostname is the top page's (the site the reader is on, whose "Skip this site" keeps every frame out).
  const hostnameOf = (frameId: number) => frames[TOP_FRAME]?.hostname ?? frames[frameId].hostname;
  const view = (frameId: number): TabView => ({ frameId, status: frames[frameId].status, hostname: hostnameOf(frameId) });
  if (chosen !== null) return view(chosen);
  const top = frames[TOP_FRAME];
  const undecided = subFrames(frames).find((f) => f.record.status.state === 'loading');
  if (top?.status.state === 'loading' || (top && undecided)) return { ...view(TOP_FRAME), status: { state: 'loading' } };
  if (top) return view(TOP_FRAME);
  return undecided ? { ...view(undecided.frameId), status: { state: 'loading' } } : null;
}

/** Why a sub-frame of `area` may not analyse now, or null when it may. */
export function subFrameRefusal(frames: FrameMap, frameId: number, area: number): FrameYieldReason | null {
  const top = frames[TOP_FRAME]?.status;
  if (top?.state === 'skipped') return 'site-skipped';
  if (topHoldsTab(top)) return 'top-page-is-article';
  const me = { frameId, record: { status: { state: 'loading' }, hostname: null, area } satisfies FrameRecord };
  const larger = subFrames(frames).some(
    (f) => f.frameId !== frameId && f.record.status.state === 'analysed' && bySize(f, me) < 0,
  );
  return larger ? 'larger-frame-holds-article' : null;
}

/** Frames that drew an article but do not hold the tab's: they take their highlights away. */
export function framesToStandDown(frames: FrameMap): number[] {
  const chosen = articleFrame(frames);
  return Object.entries(frames)
    .filter(([key, record]) => Number(key) !== chosen && record.status.state === 'analysed')
    .map(([key]) => Number(key));
}

/**
 * Frames to ask again: once the top page has decided it is not an article and no frame holds or may still
 * claim the tab, the frames that gave way earlier (to an article that is gone) get their turn.
 */
export function framesToInvite(frames: FrameMap): number[] {
  const top = frames[TOP_FRAME]?.status;
  if (!top || top.state === 'loading' || topHoldsTab(top) || articleFrame(frames) !== null) return [];
  if (subFrames(frames).some((f) => f.record.status.state === 'loading')) return [];
  return subFrames(frames)
    .filter((f) => f.record.yielded)
    .map((f) => f.frameId);
}
