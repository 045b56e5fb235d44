// The toolbar badge: the number of quotes on an article page, nothing anywhere else.
import { browser } from 'wxt/browser';
import type { TabStatus } from '../../messaging/protocol';

type ActionApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;

/** MV3 has `action`, Firefox MV2 `browserAction`. */
function actionApi(): ActionApi | undefined {
  const b = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return b.action ?? b.browserAction;
}

export function badgeTextOf(status: TabStatus | null): string {
  if (status?.state !== 'analysed') return '';
  const quotes = status.analysis.quotes.filter((q) => q.kind !== 'indirect').length;
  return quotes > 0 ? String(Math.min(quotes, 999)) : '';
}

export async function updateBadge(tabId: number, status: TabStatus | null): Promise<void> {
  const action = actionApi();
  if (!action) return;
  try {
    await action.setBadgeBackgroundColor({ tabId, color: '#1e3a8a' });
    await action.setBadgeText({ tabId, text: badgeTextOf(status) });
  } catch {
    // the tab closed meanwhile
  }
}
