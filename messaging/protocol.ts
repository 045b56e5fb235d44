// Messages between the content script, the background and the extension pages.
// Every message crossing a boundary is checked with `parseMessage` (./validate.ts) before it is acted on:
// page text is untrusted, and so is anything that claims to be one of our messages.
import type { Analysis, ArticleMeta } from '../analysis/types';

/** Where a tab stands, as the popup shows it. */
export type TabStatus =
  | { state: 'loading' }
  | { state: 'unsupported'; reason: 'browser-page' | 'store-page' | 'no-access' }
  | { state: 'skipped'; hostname: string }
  | { state: 'not-article'; reason: string }
  | { state: 'other-language'; language: string }
  | { state: 'analysed'; analysis: Analysis }
  | { state: 'error'; message: string };

export const TAB_STATES = [
  'loading',
  'unsupported',
  'skipped',
  'not-article',
  'other-language',
  'analysed',
  'error',
] as const satisfies readonly TabStatus['state'][];

export type Message =
  /**
   * content → background: the analysis (or the verdict) of the sender's frame. A sub-frame also gives its viewport
   * area (CSS px²): when the top page is not an article, the largest article sub-frame is the tab's article.
   */
  | { type: 'counterpoint/status'; status: TabStatus; frameArea?: number }
  /** content → background: this sub-frame's document is going away (removed, or navigating): forget its state. */
  | { type: 'counterpoint/frame-gone' }
  /** background → content: another frame holds the tab's article: take the highlights away and say so. */
  | { type: 'counterpoint/stand-down' }
  /** popup → background: what is known of tab N (the background injects the content script if needed). */
  | { type: 'counterpoint/get-status'; tabId: number }
  /** popup → background → content: analyse even though detection said no. */
  | { type: 'counterpoint/analyse-anyway'; tabId: number }
  /** popup → background → content: scroll to and flash an item of the analysis. */
  | { type: 'counterpoint/reveal'; tabId: number; itemId: string }
  /** background → content: run (again) now; `force` analyses even a page detection turned down. */
  | { type: 'counterpoint/run'; force: boolean }
  /** background → content (keyboard command): move to the next (1) or previous (-1) highlight. */
  | { type: 'counterpoint/step'; direction: 1 | -1 }
  /**
   * content → background: analyse these paragraphs (reply: AnalyseReply). The analysis runs in the background so
   * that its hundreds of milliseconds never block the page's main thread; the text stays inside the browser.
   */
  | { type: 'counterpoint/analyse'; paragraphs: string[]; meta: ArticleMeta; confidence: number; reason: string };

export const MESSAGE_TYPES = [
  'counterpoint/status',
  'counterpoint/get-status',
  'counterpoint/analyse-anyway',
  'counterpoint/reveal',
  'counterpoint/run',
  'counterpoint/step',
  'counterpoint/analyse',
  'counterpoint/frame-gone',
  'counterpoint/stand-down',
] as const satisfies readonly Message['type'][];

export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

/** Reply to get-status, analyse-anyway and run: the tab's status. */
export interface StatusReply {
  status: TabStatus;
  /**
   * The tab's page hostname (from the content script's sender URL), for the popup's "Skip this site": without the
   * "tabs" permission the popup cannot read a tab's URL when it is opened beside the page with ?tabId=N.
   */
  hostname?: string;
}

/**
 * Why a sub-frame's article is not the tab's: the background's answer to its analyse request (then the frame draws
 * nothing), or to its drawn article once another frame wins (stand-down). The frame reports it as its verdict.
 */
export const FRAME_YIELD_REASONS = [
  'top-page-is-article',
  'site-skipped',
  'larger-frame-holds-article',
  'another-frame-holds-article',
] as const;
export type FrameYieldReason = (typeof FRAME_YIELD_REASONS)[number];

/** Reply to analyse: the analysis, or (to a sub-frame only) why it was declined. */
export type AnalyseReply = { analysis: Analysis } | { declined: FrameYieldReason };

/** Bounds on what a content script may ask the background to analyse (a huge page gets a clear error). */
export const ANALYSE_LIMITS = { paragraphs: 5000, characters: 2_000_000 } as const;

/** The largest viewport area a frame may report (a 16k × 16k screen); anything beyond is not a real viewport. */
export const MAX_FRAME_AREA = 16_384 * 16_384;
