// A PopupClient that records what the popup asked for and answers with the statuses it is given, in turn.
import { vi } from 'vitest';
import type { TabStatus } from '../../../messaging/protocol';
import type { PopupClient } from '../../../components/popup/popup-client';

export function fakeClient(statuses: TabStatus[], hostname: string | null = 'news.example.com') {
  let answered = 0;
  const client = {
    tabId: 3,
    hostname,
    getStatus: vi.fn(async () => statuses[Math.min(answered++, statuses.length - 1)]),
    analyseAnyway: vi.fn(async () => {}),
    reveal: vi.fn(async (_itemId: string) => {}),
    skipSite: vi.fn(async (_hostname: string) => {}),
    unskipSite: vi.fn(async (_hostname: string) => {}),
    openOptions: vi.fn(async () => {}),
  } satisfies PopupClient;
  return client;
}
