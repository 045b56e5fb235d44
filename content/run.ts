// The content script's life on one page: read the settings, decide whether this page is an article worth
// analysing, analyse, draw, report to the background, and then follow the page (SPA navigations, late or
// re-rendered text) until the extension goes away. An orphaned script (extension updated or removed) notices
// `browser.runtime.id` is gone, stops listening and takes its highlights away, without a console error.
// In a sub-frame (already found big enough, content/frame-gate.ts) the same, except that the background decides
// whether the frame's article is the tab's: it may decline the analysis, or later ask the frame to stand down.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Analysis, ArticleMeta } from '../analysis/types';
import type { AnalyseReply, FrameYieldReason, Message, StatusReply, TabStatus } from '../messaging/protocol';
import { isAnalysis, isFrameYieldReason, isFromOwnExtension, parseMessage } from '../messaging/validate';
import { isBlockConnected, readArticle, sameBlock, type BodyBlock } from '../page/read-article';
import { HOST_TAG } from '../page/cards/host';
import { MARK_TAG } from '../page/highlights';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { isSkipped, loadSettings, watchSettings } from '../settings/store';
import { viewportArea, type ViewportLike } from './frame-gate';
import { nonEnglishLanguage } from './language';
import { createOverlay } from './overlay';
import { t } from '../i18n/t';

/** Quiet time after the last page mutation before the text is read again. */
const MUTATION_DEBOUNCE_MS = 600;
/** A page that is not (yet) an article is re-read on mutations only this many times per navigation. */
const NOT_ARTICLE_RECHECKS = 4;
const ORPHAN_CHECK_MS = 5000;

/** Which frame the script runs in: the top page, or a sub-frame (with its viewport, whose size it reports). */
export type FrameRole = { kind: 'top' } | { kind: 'sub-frame'; view: ViewportLike };

export function runCounterpoint(ctx: ContentScriptContext, frame: FrameRole): void {
  const doc = document;
  mark('counterpoint:start');
  const overlay = createOverlay(doc, () => ctx.isValid);
  let settings: Settings = DEFAULT_SETTINGS;
  let status: TabStatus = { state: 'loading' };
  /** What was last analysed: the blocks (by identity), their text and the analysis. Same again → nothing new. */
  let last: { blocks: BodyBlock[]; paragraphs: string[]; text: string; analysis: Analysis } | null = null;
  /** Bumped by every pass: a pass that awaited the background and finds it changed gives way to the newer one. */
  let generation = 0;
  let forced = false;
  let rechecksLeft = NOT_ARTICLE_RECHECKS;
  let debounce = 0;

  const report = (next: TabStatus) => {
    status = next;
    if (ctx.isInvalid) return;
    const message: Message = { type: 'counterpoint/status', status: next };
    if (frame.kind === 'sub-frame') message.frameArea = viewportArea(frame.view);
    browser.runtime.sendMessage(message).catch(() => {
      // The background may be restarting; it asks again (get-status) when the popup opens.
    });
  };

  const forget = () => {
    overlay.clear();
    last = null;
  };

  /** One pass over the page. `force`: the reader asked to analyse a page detection turned down. */
  const run = async (force: boolean): Promise<TabStatus> => {
    if (ctx.isInvalid) return status;
    const pass = ++generation;
    forced ||= force;
    if (isSkipped(location.hostname, settings)) {
      forget();
      if (status.state !== 'skipped') report({ state: 'skipped', hostname: location.hostname });
      return status;
    }
    mark('counterpoint:read');
    const reading = readArticle(doc, { force: forced });
    if (!reading.isArticle && !forced) {
      forget();
      if (status.state !== 'not-article') report({ state: 'not-article', reason: reading.reason });
      return status;
    }
    // "Analyse anyway" in the popup overrides the language check too, as the popup offers it for other languages.
    const language = forced ? null : nonEnglishLanguage(reading.meta.language, reading.paragraphs);
    if (language) {
      forget();
      if (status.state !== 'other-language') report({ state: 'other-language', language });
      return status;
    }
    const text = reading.paragraphs.join('\n');
    const same =
      last !== null &&
      last.text === text &&
      last.blocks.length === reading.blocks.length &&
      last.blocks.every((b, i) => sameBlock(b, reading.blocks[i]) && isBlockConnected(b));
    if (same && status.state === 'analysed') return status; // a second run does nothing new
    const meta = { ...reading.meta, url: reading.meta.url ?? location.href };
    const reason = reading.isArticle ? reading.reason : `analysed on request (${reading.reason})`;
    const reply = await analyseInBackground(reading.paragraphs, meta, reading.confidence, reason);
    if (ctx.isInvalid || pass !== generation) return status; // the page moved on while we waited
    if ('declined' in reply) {
      // A sub-frame whose article is not the tab's (the page around it is one, or a larger frame holds one).
      standDown(reply.declined);
      return status;
    }
    const { analysis } = reply;
    last = { blocks: reading.blocks, paragraphs: reading.paragraphs, text, analysis };
    draw();
    mark('counterpoint:drawn');
    report({ state: 'analysed', analysis });
    return status;
  };

  /** Draws the last analysis with the current settings (after a pass, or when a toggle or colour changes). */
  const draw = () => {
    if (!last) return;
    overlay.show(last.analysis, last.blocks, last.paragraphs, settings);
    observer.takeRecords(); // our own marks (wrapping fallback) are not page changes
  };

  const standDown = (reason: FrameYieldReason) => {
    forget();
    if (status.state !== 'not-article') report({ state: 'not-article', reason });
  };

  const safeRun = async (force: boolean): Promise<TabStatus> => {
    try {
      return await run(force);
    } catch (error) {
      forget();
      report({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      return status;
    }
  };

  // Late-loading and re-rendered text. Our own elements are ignored; a page that is not an article gets only a
  // few re-reads, so a busy non-article page (a feed, a web app) costs nothing after that.
  const isOurNode = (n: Node) => n.nodeName.toLowerCase() === HOST_TAG || n.nodeName.toLowerCase() === MARK_TAG;
  const observer = new MutationObserver((records) => {
    if (ctx.isInvalid) return;
    const relevant = records.some((r) => !isOurNode(r.target) && ![...r.addedNodes, ...r.removedNodes].every(isOurNode));
    if (!relevant) return;
    window.clearTimeout(debounce);
    debounce = window.setTimeout(() => {
      if (status.state !== 'analysed' && --rechecksLeft <= 0) observer.disconnect(); // a feed, a web app: stop here
      if (settings.autoAnalyse || forced || status.state === 'analysed') void safeRun(false);
    }, MUTATION_DEBOUNCE_MS);
  });
  const observe = () => observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });

  const onMessage = (raw: unknown, sender: Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1]) => {
    if (ctx.isInvalid || !isFromOwnExtension(sender, browser.runtime.id)) return undefined;
    const message = parseMessage(raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'counterpoint/run':
        // Injected by the popup, the script may still be reading the settings (sites to skip!): wait for them.
        return ready.then(() => safeRun(message.force)).then<StatusReply>((s) => ({ status: s, hostname: location.hostname }));
      case 'counterpoint/step':
        overlay.step(message.direction);
        return Promise.resolve(true);
      case 'counterpoint/reveal':
        return Promise.resolve(overlay.reveal(message.itemId));
      case 'counterpoint/stand-down':
        generation++; // a pass still waiting for its analysis must not draw either
        standDown('another-frame-holds-article');
        return Promise.resolve(true);
      default:
        return undefined;
    }
  };

  const onNavigate = () => {
    // Same document, new article (history API): start over once the new text has rendered.
    forget();
    forced = false;
    rechecksLeft = NOT_ARTICLE_RECHECKS;
    observe();
    report({ state: 'loading' });
    window.clearTimeout(debounce);
    debounce = window.setTimeout(() => {
      if (settings.autoAnalyse) void safeRun(false);
    }, MUTATION_DEBOUNCE_MS);
  };

  let unwatch = () => {};
  const stop = () => {
    window.clearTimeout(debounce);
    observer.disconnect();
    unwatch();
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // the API object itself can be gone in an orphaned script
    }
    overlay.clear();
  };
  ctx.onInvalidated(stop);
  // An orphaned script gets no event: look now and then (isInvalid checks runtime.id and fires onInvalidated).
  ctx.setInterval(() => void ctx.isInvalid, ORPHAN_CHECK_MS);

  browser.runtime.onMessage.addListener(onMessage);
  ctx.addEventListener(window, 'wxt:locationchange', onNavigate);
  if (frame.kind === 'sub-frame') {
    // The frame is removed or navigates: its verdict no longer counts for the tab (the top page navigating clears
    // the whole tab in the background).
    ctx.addEventListener(window, 'pagehide', () => {
      if (ctx.isValid) browser.runtime.sendMessage({ type: 'counterpoint/frame-gone' } satisfies Message).catch(() => undefined);
    });
    // Known to the background at once ("loading", with its size): the popup asks it to run when automatic
    // analysis is off, and waits for its verdict when the top page is not an article.
    report(status);
  }

  const ready = (async () => {
    try {
      settings = await loadSettings();
    } catch {
      settings = DEFAULT_SETTINGS;
    }
  })();
  void ready.then(() => {
    if (ctx.isInvalid) return;
    unwatch = watchSettings((next) => {
      if (ctx.isInvalid) return;
      const was = settings;
      settings = next;
      if (isSkipped(location.hostname, next) !== isSkipped(location.hostname, was)) {
        forget(); // skipped now: take everything away; no longer skipped: start again
        if (next.autoAnalyse || forced) void safeRun(false);
      } else if (status.state === 'analysed') {
        draw(); // new toggles or colours: the same analysis, drawn again
      }
    });
    observe();
    if (settings.autoAnalyse) void safeRun(false);
  });
}

/** The analysis, from the background (off the page's main thread); a sub-frame may be declined instead. */
async function analyseInBackground(paragraphs: string[], meta: ArticleMeta, confidence: number, reason: string): Promise<AnalyseReply> {
  const message: Message = { type: 'counterpoint/analyse', paragraphs, meta, confidence, reason };
  const reply = (await browser.runtime.sendMessage(message)) as { analysis?: unknown; declined?: unknown } | undefined;
  if (isFrameYieldReason(reply?.declined)) return { declined: reply.declined };
  if (!reply || !isAnalysis(reply.analysis)) throw new Error(t('errorNoAnalysis')); // shown in the popup's error state
  return { analysis: reply.analysis };
}

/**
 * Performance marks the benchmark reads: "counterpoint:start" (script start), "counterpoint:read" (each pass
 * begins reading the page) and "counterpoint:drawn" (highlights drawn); read → drawn is one synchronous task.
 */
function mark(name: string) {
  try {
    performance.mark(name);
  } catch {
    // marks are a measurement aid only
  }
}
