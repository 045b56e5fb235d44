// The background: keeps each tab's status (per frame, storage.session), answers the popup, injects the content
// script into tabs that lack it, keeps the toolbar badge, and relays the keyboard command to the page. Every message
// is checked for shape and sender first (messaging/validate.ts); the page's postMessage is never listened to.
// The content script runs in every frame big enough to hold an article; ./frame-choice.ts decides which is the tab's.
import { browser } from 'wxt/browser';
import { analyzeArticle } from '../../analysis';
import type { AnalyseReply, Message, StatusReply, TabStatus } from '../../messaging/protocol';
import { classifySender, isAllowedFrom, parseMessage } from '../../messaging/validate';
import { updateBadge } from './badge';
import { relayCommand } from './commands';
import { TOP_FRAME, tabViewOf, topHoldsTab, type TabView } from './frame-choice';
import { articleFrameOf, declineSubFrame, forgetFrame, recordFrame } from './frames';
import { askContentScript, injectContentScript, unsupportedReason } from './inject';
import { clearTabStatus, getTabFrames } from './tab-state';
import { openPopupIfAsked, TEST_HOOKS_MODE } from './test-hooks';
import { t } from '../../i18n/t';

export default defineBackground(() => {
  const ownOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    const from = classifySender(sender, browser.runtime.id, ownOrigin);
    if (!message || !from || !isAllowedFrom(message, from)) return undefined;
    if (from.kind === 'content') {
      const { tabId, frameId, hostname } = from;
      switch (message.type) {
        case 'counterpoint/status':
          return recordFrame(tabId, frameId, { status: message.status, hostname, area: message.frameArea ?? 0 }).then(() => {
            if (import.meta.env.MODE === TEST_HOOKS_MODE && frameId === TOP_FRAME && message.status.state === 'analysed') openPopupIfAsked(tabId, sender.url);
            return true;
          });
        case 'counterpoint/frame-gone':
          return forgetFrame(tabId, frameId).then(() => true);
        case 'counterpoint/analyse':
          return analyse(message, tabId, frameId);
        default:
          return undefined;
      }
    }
    return handlePageRequest(message);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabStatus(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document is loading in the tab's top frame: what we knew, of every frame, was about the old one.
    if (change.status === 'loading' && change.url) {
      void clearTabStatus(tabId);
      void updateBadge(tabId, null);
    }
  });

  browser.commands?.onCommand.addListener((command, tab) => relayCommand(command, tab));
});

/** Analyses for a content script; a sub-frame first waits for the top page's verdict, which may decline it. */
async function analyse(message: Extract<Message, { type: 'counterpoint/analyse' }>, tabId: number, frameId: number): Promise<AnalyseReply> {
  if (frameId !== TOP_FRAME) {
    const refusal = await declineSubFrame(tabId, frameId);
    if (refusal) return { declined: refusal };
  }
  const { paragraphs, meta, confidence, reason } = message;
  return { analysis: analyzeArticle(paragraphs, meta, { isArticle: true, confidence, reason }) };
}

async function handlePageRequest(message: Message): Promise<unknown> {
  switch (message.type) {
    case 'counterpoint/get-status':
      return statusFor(message.tabId, false);
    case 'counterpoint/analyse-anyway':
      return statusFor(message.tabId, true);
    case 'counterpoint/reveal': {
      const frameId = await articleFrameOf(message.tabId);
      const reveal: Message = { type: 'counterpoint/reveal', tabId: message.tabId, itemId: message.itemId };
      return browser.tabs.sendMessage(message.tabId, reveal, { frameId }).catch(() => false);
    }
    default:
      return undefined;
  }
}

/**
 * What the popup shows for a tab. A settled status answers at once; otherwise the top frame's content script is
 * asked to run (it may be waiting because automatic analysis is off), and injected first when the tab has none;
 * when the top page is not an article, the sub-frames that could hold one are asked next. "Analyse anyway" is
 * for the page the reader sees, the top frame.
 */
async function statusFor(tabId: number, force: boolean): Promise<StatusReply> {
  const known = tabViewOf(await getTabFrames(tabId));
  if (!force && known && known.status.state !== 'loading') return replyOf(known);
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { status: { state: 'error', message: t('errorTabClosed') } };
  }
  const unsupported = unsupportedReason(url);
  if (unsupported) return { status: { state: 'unsupported', reason: unsupported } };

  let top = await askContentScript(tabId, TOP_FRAME, force);
  if (!top) {
    if (!(await injectContentScript(tabId))) return { status: { state: 'unsupported', reason: 'no-access' } };
    top = await askContentScript(tabId, TOP_FRAME, force);
  }
  const topStatus: TabStatus = top?.status ?? { state: 'loading' };
  let frames = await recordFrame(tabId, TOP_FRAME, { status: topStatus, hostname: top?.hostname ?? known?.hostname ?? null, area: 0 });
  if (!topHoldsTab(topStatus)) {
    // Sub-frames made themselves known (with their size) when they started.
    const subFrames = Object.entries(frames).filter(([key]) => Number(key) !== TOP_FRAME);
    await Promise.all(
      subFrames.map(async ([key, { area }]) => {
        const frameId = Number(key);
        const reply = await askContentScript(tabId, frameId, false);
        if (!reply) return forgetFrame(tabId, frameId); // the frame is gone, or navigated to a page without us
        return recordFrame(tabId, frameId, { status: reply.status, hostname: reply.hostname ?? null, area });
      }),
    );
    frames = await getTabFrames(tabId);
  }
  return replyOf(tabViewOf(frames) ?? { frameId: TOP_FRAME, status: topStatus, hostname: top?.hostname ?? null });
}

const replyOf = ({ status, hostname }: TabView): StatusReply => (hostname ? { status, hostname } : { status });
