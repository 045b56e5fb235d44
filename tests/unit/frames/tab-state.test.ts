// The per-tab, per-frame state in storage.session (entrypoints/background/tab-state.ts): what frames report comes
// back as it went in, the tab's article is stored once, concurrent reports from several frames are all kept, and
// a damaged entry reads as an empty tab rather than a broken popup.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearTabStatus, getTabFrames, updateTabFrames } from '../../../entrypoints/background/tab-state';
import type { FrameRecord } from '../../../entrypoints/background/frame-choice';
import { fakeAnalysis } from '../popup/fake-analysis';

const analysed: FrameRecord = { status: { state: 'analysed', analysis: fakeAnalysis() }, hostname: 'syndication.example', area: 800 * 1200 };
const top: FrameRecord = { status: { state: 'not-article', reason: 'no article signals' }, hostname: 'news.example', area: 0 };

beforeEach(() => fakeBrowser.reset());

describe('tab state', () => {
  it("keeps each frame's record, and stores the tab's article once, under the tab's own status", async () => {
    await updateTabFrames(5, () => ({ 0: top, 9: analysed }));
    expect(await getTabFrames(5)).toEqual({ 0: top, 9: analysed });
    const stored = (await fakeBrowser.storage.session.get('tab:5'))['tab:5'] as { status: unknown; hostname: string; frames: Record<string, { status: unknown }> };
    expect(stored.status).toEqual(analysed.status);
    expect(stored.hostname).toBe('news.example');
    expect(stored.frames['9'].status).toBeNull();
    expect(JSON.stringify(stored).split('"analysis"').length - 1).toBe(1);
  });

  it('keeps every report when frames report at the same time', async () => {
    await Promise.all(
      [0, 3, 4, 7].map((frameId) => updateTabFrames(2, (frames) => ({ ...frames, [frameId]: { ...top, area: frameId } }))),
    );
    expect(Object.keys(await getTabFrames(2)).sort()).toEqual(['0', '3', '4', '7']);
  });

  it('forgets a tab, and reads a damaged entry as an empty tab', async () => {
    await updateTabFrames(1, () => ({ 0: top }));
    await clearTabStatus(1);
    expect(await getTabFrames(1)).toEqual({});
    await fakeBrowser.storage.session.set({ 'tab:3': { frames: { 0: { status: { state: 'hacked' } }, x: top } } });
    expect(await getTabFrames(3)).toEqual({});
    await fakeBrowser.storage.session.set({ 'tab:4': { status: { state: 'loading' } } }); // an older version's entry
    expect(await getTabFrames(4)).toEqual({});
  });
});
