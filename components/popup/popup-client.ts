// What the popup needs from the outside world, as one small interface: the real one talks to the background
// (components/popup/browser-client.ts), the unit tests hand in a fake.
import type { TabStatus } from '../../messaging/protocol';

export interface PopupClient {
  /** The tab the popup acts for: `?tabId=N` when given, else the active tab. */
  tabId: number | null;
  /** Hostname of that tab's page, when the browser lets us see it. */
  hostname: string | null;
  getStatus(): Promise<TabStatus>;
  analyseAnyway(): Promise<void>;
  /** Scroll the page to a quote, statistic or timeline entry and flash it. */
  reveal(itemId: string): Promise<void>;
  skipSite(hostname: string): Promise<void>;
  unskipSite(hostname: string): Promise<void>;
  openOptions(): Promise<void>;
}
