// The keyboard commands (declared in wxt.config.ts `commands`): stepping through the highlights is relayed to the
// frame that holds the tab's article, which may be a sub-frame, not the top page.
import { browser } from 'wxt/browser';
import type { Message } from '../../messaging/protocol';
import { articleFrameOf } from './frames';

const STEP_COMMANDS: Record<string, 1 | -1> = { 'next-highlight': 1, 'previous-highlight': -1 };

/** Relays a command to the article's frame of the tab (the active tab when the browser names none). */
export async function relayCommand(command: string, tab?: { id?: number }): Promise<void> {
  const direction = Object.hasOwn(STEP_COMMANDS, command) ? STEP_COMMANDS[command] : undefined;
  if (!direction) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const frameId = await articleFrameOf(tabId);
  const step: Message = { type: 'counterpoint/step', direction };
  // A tab whose content script is gone (navigated, restricted page) simply has nothing to step through.
  await browser.tabs.sendMessage(tabId, step, { frameId }).catch(() => undefined);
}
