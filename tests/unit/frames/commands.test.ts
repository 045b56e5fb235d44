// The keyboard's next/previous-highlight commands reach the frame that holds the article, not always the top page
// (entrypoints/background/commands.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { relayCommand } from '../../../entrypoints/background/commands';
import { updateTabFrames } from '../../../entrypoints/background/tab-state';
import type { FrameRecord } from '../../../entrypoints/background/frame-choice';
import { fakeAnalysis } from '../popup/fake-analysis';

const analysed: FrameRecord = { status: { state: 'analysed', analysis: fakeAnalysis() }, hostname: 'syndication.example', area: 800 * 1200 };
const notArticle: FrameRecord = { status: { state: 'not-article', reason: 'no article signals' }, hostname: 'news.example', area: 0 };

let sent: Array<[number, unknown, unknown]>;
beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown, options: unknown) => {
    sent.push([tabId, message, options]);
  }) as never);
});

describe('keyboard commands', () => {
  it("steps through the highlights of the sub-frame that holds the tab's article", async () => {
    await updateTabFrames(5, () => ({ 0: notArticle, 9: analysed }));
    await relayCommand('next-highlight', { id: 5 });
    await relayCommand('previous-highlight', { id: 5 });
    expect(sent).toEqual([
      [5, { type: 'counterpoint/step', direction: 1 }, { frameId: 9 }],
      [5, { type: 'counterpoint/step', direction: -1 }, { frameId: 9 }],
    ]);
  });

  it('addresses the top page when it is the article, or when nothing is known of the tab yet', async () => {
    await updateTabFrames(5, () => ({ 0: analysed, 9: analysed }));
    await relayCommand('next-highlight', { id: 5 });
    await relayCommand('next-highlight', { id: 6 });
    expect(sent.map(([tabId, , options]) => [tabId, options])).toEqual([
      [5, { frameId: 0 }],
      [6, { frameId: 0 }],
    ]);
  });

  it('acts for the active tab when the browser names none, and ignores commands it does not know', async () => {
    const tab = { id: 12 };
    // The fake browser keeps no active tab of its own: the browser's answer to the query is given here.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab] as never);
    await relayCommand('next-highlight');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    await relayCommand('toString', { id: tab.id });
    await relayCommand('_execute_action', { id: tab.id });
    expect(sent).toEqual([[tab.id, { type: 'counterpoint/step', direction: 1 }, { frameId: 0 }]]);
  });

  it('a tab with no content script left is a quiet no-op, not an unhandled rejection', async () => {
    vi.mocked(fakeBrowser.tabs.sendMessage).mockRejectedValue(new Error('Could not establish connection'));
    await expect(relayCommand('next-highlight', { id: 3 })).resolves.toBeUndefined();
  });
});
