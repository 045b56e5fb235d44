// Checks a message's shape and its sender before anyone acts on it. Anything that does not fit is dropped
// (`null`), never half-trusted: e.g. `{ type: 'counterpoint/reveal', tabId: '3' }` is not a reveal of tab 3.
import type { Analysis } from '../analysis/types';
import type { ArticleMeta } from '../analysis/types';
import { ANALYSE_LIMITS, FRAME_YIELD_REASONS, MAX_FRAME_AREA, MESSAGE_TYPES, TAB_STATES, type FrameYieldReason, type Message, type TabStatus } from './protocol';

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isTabId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isOffset = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isNullableString = (v: unknown) => v === null || isString(v);
const isFrameArea = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= MAX_FRAME_AREA;

/** Items placed in the text: an id and paragraph/start/end offsets with start ≤ end. */
function isPlacedItem(v: unknown): boolean {
  return (
    isObject(v) &&
    isString(v.id) &&
    isOffset(v.paragraph) &&
    isOffset(v.start) &&
    isOffset(v.end) &&
    (v.start as number) <= (v.end as number)
  );
}

const everyItem = (v: unknown, check: (item: unknown) => boolean) => Array.isArray(v) && v.every(check);

/** Enough of an Analysis for the overlay and the popup to use it without crashing. */
export function isAnalysis(v: unknown): v is Analysis {
  if (!isObject(v) || !isObject(v.article) || typeof v.article.isArticle !== 'boolean') return false;
  return (
    everyItem(v.speakers, (s) => isObject(s) && isString(s.id) && isString(s.name) && isNullableString(s.side)) &&
    everyItem(v.quotes, (q) => isPlacedItem(q) && isString((q as Loose).text) && isNullableString((q as Loose).speakerId)) &&
    everyItem(v.statistics, (n) => isPlacedItem(n) && isString((n as Loose).text)) &&
    everyItem(v.timeline, (t) => isObject(t) && isString(t.id)) &&
    everyItem(v.sides, (s) => isObject(s) && isString(s.id) && isString(s.name) && everyItem(s.speakerIds, isString)) &&
    everyItem(v.responses, (r) => isObject(r) && isString(r.claimId) && everyItem(r.responseIds, isString))
  );
}

export function isTabStatus(v: unknown): v is TabStatus {
  if (!isObject(v) || !(TAB_STATES as readonly unknown[]).includes(v.state)) return false;
  switch (v.state as TabStatus['state']) {
    case 'loading':
      return true;
    case 'unsupported':
      return ['browser-page', 'store-page', 'no-access'].includes(v.reason as string);
    case 'skipped':
      return isString(v.hostname);
    case 'not-article':
      return isString(v.reason);
    case 'other-language':
      return isString(v.language);
    case 'analysed':
      return isAnalysis(v.analysis);
    case 'error':
      return isString(v.message);
  }
}

export const isFrameYieldReason = (v: unknown): v is FrameYieldReason => (FRAME_YIELD_REASONS as readonly unknown[]).includes(v);

function parseMeta(v: unknown): ArticleMeta | null {
  if (!isObject(v)) return null;
  const { headline = null, published = null, outlet = null, url = null, language = null, authors = [] } = v;
  if (![headline, published, outlet, url, language].every(isNullableString)) return null;
  if (!Array.isArray(authors) || !authors.every(isString)) return null;
  return {
    headline: headline as string | null,
    published: published as string | null,
    outlet: outlet as string | null,
    authors: authors as string[],
    url: url as string | null,
    language: language as string | null,
  };
}

function isParagraphList(v: unknown): v is string[] {
  if (!Array.isArray(v) || v.length > ANALYSE_LIMITS.paragraphs || !v.every(isString)) return false;
  return v.reduce((n: number, p: string) => n + p.length, 0) <= ANALYSE_LIMITS.characters;
}

/** The message `raw` is, or null when it is not exactly one of ours. */
export function parseMessage(raw: unknown): Message | null {
  if (!isObject(raw) || !(MESSAGE_TYPES as readonly unknown[]).includes(raw.type)) return null;
  const type = raw.type as Message['type'];
  switch (type) {
    case 'counterpoint/status':
      if (!isTabStatus(raw.status)) return null;
      if (raw.frameArea === undefined) return { type, status: raw.status };
      return isFrameArea(raw.frameArea) ? { type, status: raw.status, frameArea: raw.frameArea } : null;
    case 'counterpoint/frame-gone':
    case 'counterpoint/stand-down':
      return { type };
    case 'counterpoint/get-status':
    case 'counterpoint/analyse-anyway':
      return isTabId(raw.tabId) ? { type, tabId: raw.tabId } : null;
    case 'counterpoint/reveal':
      return isTabId(raw.tabId) && isString(raw.itemId) && raw.itemId.length <= 200
        ? { type, tabId: raw.tabId, itemId: raw.itemId }
        : null;
    case 'counterpoint/run':
      return typeof raw.force === 'boolean' ? { type, force: raw.force } : null;
    case 'counterpoint/step':
      return raw.direction === 1 || raw.direction === -1 ? { type, direction: raw.direction } : null;
    case 'counterpoint/analyse': {
      const meta = parseMeta(raw.meta);
      const { confidence, reason } = raw;
      if (!meta || !isParagraphList(raw.paragraphs) || typeof confidence !== 'number' || !isString(reason)) return null;
      return { type, paragraphs: raw.paragraphs, meta, confidence: Math.min(1, Math.max(0, confidence)) || 0, reason };
    }
  }
}

/** The part of `runtime.MessageSender` the checks read (a structural type so tests can build one). */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  /** 0 for the top frame; browsers that do not say are taken to mean the top frame. */
  frameId?: number;
}

/** Where a message came from, once its sender passed the checks; null when it is not ours. */
export type SenderKind =
  | { kind: 'content'; tabId: number; frameId: number; hostname: string | null }
  | { kind: 'extension-page' };

/**
 * Classifies a sender: our content script in a tab (`sender.tab` set, page URL) or one of our extension pages
 * (URL under our own origin, e.g. the popup, even when it is opened as a tab). Other extensions and web pages
 * (`externally_connectable` is not declared, but check anyway) get null.
 */
export function classifySender(sender: SenderLike, ownId: string, ownOrigin: string): SenderKind | null {
  if (!sender || sender.id !== ownId) return null;
  if (sender.url !== undefined && sender.url.startsWith(ownOrigin)) return { kind: 'extension-page' };
  if (!sender.tab || !isTabId(sender.tab.id)) return null;
  const frameId = sender.frameId ?? 0;
  if (!isTabId(frameId)) return null; // frame ids are non-negative integers, like tab ids
  return { kind: 'content', tabId: sender.tab.id, frameId, hostname: hostnameOf(sender.url) };
}

function hostnameOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).hostname || null : null;
  } catch {
    return null;
  }
}

const FROM_CONTENT: ReadonlySet<Message['type']> = new Set(['counterpoint/status', 'counterpoint/analyse', 'counterpoint/frame-gone']);

/** Which senders may send which message: content scripts report status; extension pages ask and command. */
export function isAllowedFrom(message: Message, sender: SenderKind): boolean {
  if (FROM_CONTENT.has(message.type)) return sender.kind === 'content';
  return sender.kind === 'extension-page';
}

/** A content script hears `runtime.onMessage` only from extension contexts; still, it must be this extension. */
export function isFromOwnExtension(sender: SenderLike, ownId: string): boolean {
  return !!sender && sender.id === ownId && !sender.tab?.id;
}
