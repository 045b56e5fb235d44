// Which frame of a tab holds the tab's article (entrypoints/background/frame-choice.ts): the verdicts of the top
// page and of its sub-frames decide what the popup and badge show, which frames may analyse, and which stand down.
import { describe, expect, it } from 'vitest';
import type { TabStatus } from '../../../messaging/protocol';
import {
  articleFrame,
  framesToInvite,
  framesToStandDown,
  subFrameRefusal,
  tabViewOf,
  type FrameMap,
  type FrameRecord,
} from '../../../entrypoints/background/frame-choice';
import { fakeAnalysis } from '../popup/fake-analysis';

const analysed: TabStatus = { state: 'analysed', analysis: fakeAnalysis() };
const notArticle: TabStatus = { state: 'not-article', reason: 'no article signals' };
const loading: TabStatus = { state: 'loading' };

const frame = (status: TabStatus, area = 0, extra: Partial<FrameRecord> = {}): FrameRecord => ({
  status,
  hostname: 'news.example',
  area,
  ...extra,
});

describe('the tab article frame', () => {
  it('is the top page when it is an article, whatever the frames inside it hold', () => {
    const frames: FrameMap = { 0: frame(analysed), 4: frame(analysed, 900 * 1400) };
    expect(articleFrame(frames)).toBe(0);
    expect(framesToStandDown(frames)).toEqual([4]);
    expect(subFrameRefusal(frames, 4, 900 * 1400)).toBe('top-page-is-article');
  });

  it('is the top page when the reader skips the site, so no frame of it is analysed', () => {
    const frames: FrameMap = { 0: frame({ state: 'skipped', hostname: 'news.example' }), 4: frame(analysed, 900 * 1400) };
    expect(tabViewOf(frames)?.status.state).toBe('skipped');
    expect(framesToStandDown(frames)).toEqual([4]);
    expect(subFrameRefusal(frames, 4, 900 * 1400)).toBe('site-skipped');
  });

  it('is the largest article sub-frame when the top page is not an article', () => {
    const frames: FrameMap = { 0: frame(notArticle), 3: frame(analysed, 400 * 500), 7: frame(analysed, 900 * 1400) };
    expect(articleFrame(frames)).toBe(7);
    expect(tabViewOf(frames)).toMatchObject({ frameId: 7, status: { state: 'analysed' } });
    expect(framesToStandDown(frames)).toEqual([3]);
    expect(subFrameRefusal(frames, 3, 400 * 500)).toBe('larger-frame-holds-article');
    expect(subFrameRefusal(frames, 9, 1000 * 1500)).toBeNull();
  });

  it("names the top page's site for the tab, even when the article comes from another", () => {
    const frames: FrameMap = { 0: frame(notArticle), 3: frame(analysed, 900 * 1400, { hostname: 'syndication.example' }) };
    expect(tabViewOf(frames)).toMatchObject({ frameId: 3, hostname: 'news.example' });
    expect(tabViewOf({ 3: frame(loading, 900 * 1400, { hostname: 'syndication.example' }) })?.hostname).toBe('syndication.example');
  });

  it('breaks a tie in size by document order, so two equal frames never both win', () => {
    const frames: FrameMap = { 0: frame(notArticle), 5: frame(analysed, 600 * 600), 2: frame(analysed, 600 * 600) };
    expect(articleFrame(frames)).toBe(2);
    expect(framesToStandDown(frames)).toEqual([5]);
  });

  it('says "loading" while the top page or a possible article frame has not decided', () => {
    expect(tabViewOf({ 0: frame(loading), 3: frame(notArticle, 500 * 500) })?.status.state).toBe('loading');
    expect(tabViewOf({ 0: frame(notArticle), 3: frame(loading, 500 * 500) })?.status.state).toBe('loading');
    expect(tabViewOf({ 0: frame(notArticle), 3: frame(notArticle, 500 * 500) })).toMatchObject({ frameId: 0, status: notArticle });
  });

  it('knows nothing of a tab no frame reported for', () => {
    expect(tabViewOf({})).toBeNull();
    expect(articleFrame({})).toBeNull();
  });

  it('gives the frames that gave way their turn once the article they gave way to is gone', () => {
    const yielded = frame(notArticle, 800 * 900, { yielded: true });
    expect(framesToInvite({ 0: frame(analysed), 6: yielded })).toEqual([]); // the top article still holds the tab
    expect(framesToInvite({ 0: frame(loading), 6: yielded })).toEqual([]); // the top page is deciding
    expect(framesToInvite({ 0: frame(notArticle), 6: yielded })).toEqual([6]);
    expect(framesToInvite({ 0: frame(notArticle), 6: yielded, 8: frame(analysed, 100 * 100) })).toEqual([]);
    expect(framesToInvite({ 0: frame(notArticle), 6: frame(notArticle, 800 * 900) })).toEqual([]);
  });
});
