// The background: keeps each tab's status (storage.session), answers the popup, injects the content script into
// tabs that lack it, keeps the toolbar badge, and relays the keyboard command to the page. Every message is
// checked for shape and sender first (messaging/validate.ts); the page's postMessage is never listened to.
import { browser } from 'wxt/browser';
import { analyzeArticle } from '../../analysis';
import type { AnalyseReply, Message, StatusReply, TabStatus } from '../../messaging/protocol';
import { classifySender, isAllowedFrom, parseMessage } from '../../messaging/validate';
import { updateBadge } from './badge';
import { askContentScript, injectContentScript, unsupportedReason } from './inject';
import { clearTabStatus, getTabRecord, setTabRecord } from './tab-state';
import { t } from '../../i18n/t';

/** Keyboard commands (declared in wxt.config.ts `commands`). */
const STEP_COMMANDS: Record<string, 1 | -1> = { 'next-highlight': 1, 'previous-highlight': -1 };

export default defineBackground(() => {
  const ownOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    const from = classifySender(sender, browser.runtime.id, ownOrigin);
    if (!message || !from || !isAllowedFrom(message, from)) return undefined;
    if (message.type === 'counterpoint/status' && from.kind === 'content') {
      return record(from.tabId, message.status, from.hostname).then(() => true);
    }
    if (message.type === 'counterpoint/analyse') {
      const { paragraphs, meta, confidence, reason } = message;
      return Promise.resolve<AnalyseReply>({ analysis: analyzeArticle(paragraphs, meta, { isArticle: true, confidence, reason }) });
    }
    return handlePageRequest(message);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabStatus(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document is loading in the tab: what we knew was about the old one.
    if (change.status === 'loading' && change.url) {
      void clearTabStatus(tabId);
      void updateBadge(tabId, null);
    }
  });

  browser.commands?.onCommand.addListener(async (command, tab) => {
    const direction = STEP_COMMANDS[command];
    if (!direction) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    await browser.tabs.sendMessage(tabId, { type: 'counterpoint/step', direction } satisfies Message).catch(() => undefined);
  });
});

async function record(tabId: number, status: TabStatus, hostname: string | null): Promise<void> {
  await setTabRecord(tabId, { status, hostname });
  await updateBadge(tabId, status);
}

async function handlePageRequest(message: Message): Promise<unknown> {
  switch (message.type) {
    case 'counterpoint/get-status':
      return statusFor(message.tabId, false);
    case 'counterpoint/analyse-anyway':
      return statusFor(message.tabId, true);
    case 'counterpoint/reveal':
      return browser.tabs.sendMessage(message.tabId, { type: 'counterpoint/reveal', tabId: message.tabId, itemId: message.itemId } satisfies Message).catch(() => false);
    default:
      return undefined;
  }
}

/**
 * What the popup shows for a tab. A stored status answers at once; otherwise the content script is asked to
 * run (it may be waiting because automatic analysis is off), and injected first when the tab has none.
 */
async function statusFor(tabId: number, force: boolean): Promise<StatusReply> {
  const known = await getTabRecord(tabId);
  if (!force && known && known.status.state !== 'loading') return withHostname(known.status, known.hostname);
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { status: { state: 'error', message: t('errorTabClosed') } };
  }
  const unsupported = unsupportedReason(url);
  if (unsupported) return { status: { state: 'unsupported', reason: unsupported } };

  let reply = await askContentScript(tabId, force);
  if (!reply) {
    if (!(await injectContentScript(tabId))) return { status: { state: 'unsupported', reason: 'no-access' } };
    reply = await askContentScript(tabId, force);
  }
  const status = reply?.status ?? { state: 'loading' };
  const hostname = reply?.hostname ?? known?.hostname ?? null;
  await record(tabId, status, hostname);
  return withHostname(status, hostname);
}

const withHostname = (status: TabStatus, hostname: string | null): StatusReply =>
  hostname ? { status, hostname } : { status };
