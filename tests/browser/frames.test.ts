// Articles inside frames, in Chromium with the built extension: an article shown in a same-origin or a cross-origin
// frame of a page that is not one is highlighted inside the frame, and the popup, the badge and the popup's
// "reveal" all address that frame; a small ad frame inside an article page, and a page with no article anywhere,
// are left untouched. The pages are our own (tests/pages/frames/).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { chromiumMissing, launchExtensionBrowser, skipBecause, type ExtensionBrowser } from './harness';
import { patchSettings } from './overlay-helpers';

/** The speakers of tests/pages/frames/article.html, of its ad frame, and of article-with-ad.html's story. */
const FRAMED_SPEAKERS = ['Tamsin Varga', 'Brendan Osei'];
const AD_SPEAKER = 'Imelda Sorensen';
const PAGE_SPEAKERS = ['Rhona Calloway', 'Felix Arden'];

/** Our custom elements (card host, fallback marks) and highlight names: any of them means the document was touched. */
const traceOfUs = (target: Page | Frame) =>
  target.evaluate(() => ({
    highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith('counterpoint-')),
    elements: document.querySelectorAll('counterpoint-overlay, counterpoint-mark').length,
  }));

const highlightsIn = (target: Page | Frame) =>
  target.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('counterpoint-')), undefined, {
    timeout: 30_000,
  });

function frameAt(page: Page, path: string): Frame {
  const frame = page.frames().find((f) => f !== page.mainFrame() && new URL(f.url()).pathname === path);
  if (!frame) throw new Error(`no frame at ${path} in ${page.url()}: ${page.frames().map((f) => f.url()).join(', ')}`);
  return frame;
}

interface WorkerChrome {
  chrome: {
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
    storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
  };
}

describe.skipIf(skipBecause('frames in Chromium', chromiumMissing()))('articles in frames', () => {
  let b: ExtensionBrowser;

  beforeAll(async () => {
    b = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await b?.close();
  });

  const badgeOf = async (tabId: number) =>
    (await b.liveServiceWorker()).evaluate((id) => (globalThis as unknown as WorkerChrome).chrome.action.getBadgeText({ tabId: id }), tabId);

  /** Frame ids the background holds a record for: only frames that were big enough to look at ever report. */
  const reportingFrames = async (tabId: number) =>
    (await b.liveServiceWorker()).evaluate(async (id) => {
      const key = `tab:${id}`;
      const entry = (await (globalThis as unknown as WorkerChrome).chrome.storage.session.get(key))[key] as { frames?: object } | undefined;
      return Object.keys(entry?.frames ?? {}).map(Number);
    }, tabId);

  /** The top frame's state and the sub-frames' states, as the background holds them. */
  const frameStates = async (tabId: number) =>
    (await b.liveServiceWorker()).evaluate(async (id) => {
      const key = `tab:${id}`;
      const entry = (await (globalThis as unknown as WorkerChrome).chrome.storage.session.get(key))[key] as
        | { status?: { state: string }; frames?: Record<string, { status: { state: string } | null }> }
        | undefined;
      // The frame holding the tab's article keeps its status once, as the tab's.
      const stateOf = (record: { status: { state: string } | null }) => (record.status ?? entry?.status)?.state;
      const frames = Object.entries(entry?.frames ?? {});
      return {
        top: frames.filter(([frameId]) => frameId === '0').map(([, record]) => stateOf(record))[0],
        subFrames: frames.filter(([frameId]) => frameId !== '0').map(([, record]) => stateOf(record)),
      };
    }, tabId);

  /** The popup for the tab, once it shows an analysis (its header counts the quotes). */
  async function popupWithAnalysis(tabId: number): Promise<Page> {
    const popup = await b.openPopup(tabId);
    await popup.waitForSelector('.cp-headline', { timeout: 20_000 });
    return popup;
  }

  async function popupStatusText(tabId: number): Promise<string> {
    const popup = await b.openPopup(tabId);
    await popup.waitForFunction(() => document.body.innerText.trim().length > 0 && !document.querySelector('[aria-busy="true"]'), undefined, {
      timeout: 15_000,
    });
    const text = await popup.locator('body').innerText();
    await popup.close();
    return text;
  }

  async function expectFramedArticle(page: Page, framePath: string) {
    const frame = frameAt(page, framePath);
    await highlightsIn(frame);
    // The quote of the frame's first speaker is among the highlighted ranges of the frame's own document.
    const drawnText = await frame.evaluate(() =>
      [...CSS.highlights.entries()]
        .filter(([name]) => name.startsWith('counterpoint-'))
        .flatMap(([, ranges]) => [...(ranges as unknown as Set<Range>)].map((r) => r.toString())),
    );
    expect(drawnText.some((text) => text.includes('a victory for every child')), drawnText.join(' | ')).toBe(true);
    // The reader-view page around the frame is no article: nothing of ours there.
    expect(await traceOfUs(page)).toEqual({ highlights: [], elements: 0 });

    const tabId = await b.tabIdOf(page);
    const popup = await popupWithAnalysis(tabId);
    expect(await popup.locator('.cp-headline').innerText()).toMatch(/Eastwick library saved/);
    expect(await popup.locator('header').innerText()).toMatch(/[1-9]\d* quotes/);
    const names = (await popup.locator('.cp-speaker-name').allInnerTexts()).map((n) => n.trim());
    for (const name of FRAMED_SPEAKERS) expect(names, names.join(' | ')).toContain(name);
    await expect.poll(() => badgeOf(tabId), { timeout: 5_000 }).toMatch(/^[1-9]\d*$/);

    // A click on one of the speaker's quotes in the popup flashes it inside the frame, not in the top page.
    const card = popup.locator('.cp-card', { has: popup.locator('.cp-speaker-name', { hasText: FRAMED_SPEAKERS[0] }) });
    if ((await card.locator('.cp-card-head').getAttribute('aria-expanded')) !== 'true') await card.locator('.cp-card-head').click();
    await card.locator('.cp-quote').first().click();
    await frame.waitForFunction(() => (CSS.highlights.get('counterpoint-flash') as unknown as Set<Range> | undefined)?.size === 1, undefined, {
      timeout: 5_000,
    });
    await popup.close();
    return { tabId, frame };
  }

  it('highlights an article shown in a same-origin frame, and the popup, badge and reveal address that frame', async () => {
    const page = await b.openPage('/frames/reader-host.html');
    const { tabId } = await expectFramedArticle(page, '/frames/article.html');

    // The frame is removed: its article is no longer the tab's, and the tab falls back to the page's own verdict.
    await page.evaluate(() => document.getElementById('reader')?.remove());
    await expect.poll(() => badgeOf(tabId), { timeout: 5_000 }).toBe('');
    expect(await popupStatusText(tabId)).toMatch(/n[o’']t (look like )?a news article/i);
    await page.close();
  });

  it('highlights an article a frame fills in by script well after loading', async () => {
    const page = await b.openPage('/frames/late-reader-host.html');
    await expectFramedArticle(page, '/frames/late-article.html');
    await page.close();
  });

  it('highlights an article in a frame with no address of its own: srcdoc, and about:blank written by script', async () => {
    for (const host of ['/frames/srcdoc-host.html', '/frames/written-host.html']) {
      const page = await b.openPage(host);
      const frame = await expect.poll(() => page.frames().find((f) => f !== page.mainFrame()), { timeout: 10_000 }).toBeTruthy().then(() =>
        page.frames().find((f) => f !== page.mainFrame())!,
      );
      await highlightsIn(frame);
      expect(await traceOfUs(page), host).toEqual({ highlights: [], elements: 0 });
      const popup = await popupWithAnalysis(await b.tabIdOf(page));
      expect(await popup.locator('.cp-headline').innerText()).toMatch(/Eastwick library saved/);
      await popup.close();
      await page.close();
    }
  });

  it('"Skip this site" in the popup takes the framed article away, and stopping skipping brings it back', async () => {
    const page = await b.openPage('/frames/cross-origin-host.html');
    const frame = frameAt(page, '/frames/article.html');
    await highlightsIn(frame);
    const tabId = await b.tabIdOf(page);
    const popup = await popupWithAnalysis(tabId);
    // The site is the page the reader is on (127.0.0.1), not the frame's origin.
    await popup.getByRole('button', { name: 'Skip this site' }).click();
    await expect.poll(() => traceOfUs(frame), { timeout: 10_000 }).toEqual({ highlights: [], elements: 0 });
    expect(await popupStatusText(tabId)).toMatch(/You skip this site/);
    await patchSettings(b, { skipSites: [] });
    await highlightsIn(frame);
    await expect.poll(() => badgeOf(tabId), { timeout: 5_000 }).toMatch(/^[1-9]\d*$/);
    await popup.close();
    await page.close();
  });

  it('highlights an article shown in a cross-origin frame (localhost inside 127.0.0.1)', async () => {
    const page = await b.openPage('/frames/cross-origin-host.html');
    const frame = frameAt(page, '/frames/article.html');
    expect(new URL(frame.url()).hostname).toBe('localhost');
    expect(new URL(page.url()).hostname).toBe('127.0.0.1');
    await expectFramedArticle(page, '/frames/article.html');
    await page.close();
  });

  it('analyses an article page itself and leaves its small ad frame untouched, even though the ad reads like an article', async () => {
    const page = await b.openPage('/frames/article-with-ad.html');
    await highlightsIn(page);
    const tabId = await b.tabIdOf(page);
    const popup = await popupWithAnalysis(tabId);
    expect(await popup.locator('.cp-headline').innerText()).toMatch(/Ferry crews vote/);
    const names = (await popup.locator('.cp-speaker-name').allInnerTexts()).map((n) => n.trim());
    for (const name of PAGE_SPEAKERS) expect(names, names.join(' | ')).toContain(name);
    expect(names).not.toContain(AD_SPEAKER);
    await popup.close();

    const ad = frameAt(page, '/frames/ad.html');
    expect(await traceOfUs(ad)).toEqual({ highlights: [], elements: 0 });
    // The ad frame never even reported to the background: only the top frame did.
    expect(await reportingFrames(tabId)).toEqual([0]);
    await page.close();
  });

  it("analyses an article page itself, not the large frame of another story it embeds", async () => {
    const page = await b.openPage('/frames/article-with-story-frame.html');
    await highlightsIn(page);
    const tabId = await b.tabIdOf(page);
    const popup = await popupWithAnalysis(tabId);
    expect(await popup.locator('.cp-headline').innerText()).toMatch(/Night buses return/);
    const names = (await popup.locator('.cp-speaker-name').allInnerTexts()).map((n) => n.trim());
    for (const name of FRAMED_SPEAKERS) expect(names).not.toContain(name);
    await popup.close();
    // The story frame is big enough to be read and reads as an article; the background turns it down.
    await expect.poll(() => frameStates(tabId), { timeout: 15_000 }).toEqual({ top: 'analysed', subFrames: ['not-article'] });
    expect(await traceOfUs(frameAt(page, '/frames/article.html'))).toEqual({ highlights: [], elements: 0 });
    await page.close();
  });

  it('with automatic analysis off, opening the popup finds the article in the frame', async () => {
    await patchSettings(b, { autoAnalyse: false });
    try {
      const page = await b.openPage('/frames/reader-host.html');
      const frame = frameAt(page, '/frames/article.html');
      const tabId = await b.tabIdOf(page);
      expect(await traceOfUs(frame)).toEqual({ highlights: [], elements: 0 }); // nothing until the reader asks
      const popup = await popupWithAnalysis(tabId);
      expect(await popup.locator('.cp-headline').innerText()).toMatch(/Eastwick library saved/);
      await highlightsIn(frame);
      await popup.close();
      await page.close();
    } finally {
      await patchSettings(b, { autoAnalyse: true });
    }
  });

  it('leaves a page with no article anywhere untouched: neither the page, nor its big headlines frame, nor its ad', async () => {
    const page = await b.openPage('/frames/portal.html');
    const tabId = await b.tabIdOf(page);
    expect(await popupStatusText(tabId)).toMatch(/n[o’']t (look like )?a news article/i);
    for (const target of [page, frameAt(page, '/frames/listing.html'), frameAt(page, '/frames/ad.html')]) {
      expect(await traceOfUs(target)).toEqual({ highlights: [], elements: 0 });
    }
    expect(await badgeOf(tabId)).toBe('');
    await page.close();
  });

  it('logs no errors in the pages, the popup or the background', () => {
    const ours = b.consoleErrors().filter((p) => !/Failed to load resource/.test(p.text));
    expect(ours).toEqual([]);
  });
});
