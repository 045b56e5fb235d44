// The in-page overlay in Chromium with the built extension: highlights drawn with the Custom Highlight API on
// real pages served on 127.0.0.1, cards, the keyboard step-through, toggling off, live pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Analysis } from '../../analysis/types';
import { chromiumMissing, launchExtensionBrowser, sharedFixturesMissing, skipBecause, type ExtensionBrowser } from './harness';
import { PROJECT_ROOT, SHARED_FIXTURES_DIR } from './support/environment';
import {
  analysisOf,
  cardText,
  drawnHighlights,
  elementBoxes,
  patchSettings,
  pointOver,
  sendToTab,
  waitForStableHighlights,
} from './overlay-helpers';

const SCREENSHOTS = resolve(PROJECT_ROOT, 'test-output');
const SEED = 'seed-junior-doctors-strike';
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What the analysis says should be highlighted by default: direct and partial quotes, and statistics. */
function expectedTexts(analysis: Analysis, paragraphsOf: (p: number) => string): string[] {
  const spans = [
    ...analysis.quotes.filter((q) => q.kind !== 'indirect'),
    ...analysis.statistics,
  ].map((x) => collapse(paragraphsOf(x.paragraph).slice(x.start, x.end)));
  return spans.sort();
}

describe.skipIf(skipBecause('overlay in Chromium', chromiumMissing()))('overlay in Chromium', () => {
  let b: ExtensionBrowser;

  beforeAll(async () => {
    b = await launchExtensionBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await b?.close();
  });

  describe('on a story set as bare text between <br>s (an older CMS)', () => {
    it('highlights quotes and numbers inside the runs of text and shows their card on hover', async () => {
      const page = await b.openPage('/article-br-paragraphs.html');
      const before = await page.evaluate(() => document.body.innerHTML);
      const drawn = await waitForStableHighlights(page);
      const all = Object.values(drawn).flat();
      expect(all).toContainEqual(expect.stringContaining('we cannot sail an empty boat'));
      expect(drawn['counterpoint-statistic']).toEqual(expect.arrayContaining(['40%']));
      // Nothing from the photo caption between two runs, and the page's markup untouched.
      expect(all.some((t) => t.includes('dawn'))).toBe(false);
      expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);

      const at = await pointOver(page, 'we cannot sail an empty boat');
      expect(at).not.toBeNull();
      await page.mouse.move(at!.x, at!.y);
      await page.mouse.move(at!.x + 2, at!.y);
      await page.waitForFunction(() => !!document.querySelector('counterpoint-overlay')?.shadowRoot?.querySelector('.card'));
      expect(await cardText(page)).toMatch(/Tom Arkwright/);
      expect(b.consoleErrors()).toEqual([]);
      await page.close();
    });
  });

  describe('on a page of our own with a strict CSP', () => {
    it('draws highlights visible from the page world, without touching the DOM or the layout', async () => {
      const page = await b.openPage('/overlay-article.html');
      const drawn = await waitForStableHighlights(page);
      expect(Object.keys(drawn).every((n) => n.startsWith('counterpoint-'))).toBe(true);
      expect(drawn['counterpoint-statistic']).toEqual(expect.arrayContaining(['78%']));

      // The drawn ranges are exactly the analysis' quotes and statistics, in the page's own text.
      const analysis = await analysisOf(b, page);
      const paragraphs = await page.evaluate(() =>
        [...document.querySelectorAll('article p:not(.byline)')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim()),
      );
      const all = Object.entries(drawn)
        .filter(([n]) => n !== 'counterpoint-reported')
        .flatMap(([, texts]) => texts)
        .sort();
      expect(all).toEqual(expectedTexts(analysis, (p) => paragraphs[p]));

      // Highlights live in CSS.highlights: the serialised DOM is the one the page built.
      const sameDom = await page.evaluate(
        () => document.documentElement.outerHTML === (window as unknown as { __pageSnapshot: string }).__pageSnapshot,
      );
      expect(sameDom).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __pageScriptErrors: string[] }).__pageScriptErrors)).toEqual([]);
      // The benchmark reads these marks: the content script's start and highlights drawn.
      const marks = await page.evaluate(() =>
        ['counterpoint:start', 'counterpoint:drawn'].map((n) => performance.getEntriesByName(n, 'mark').length),
      );
      expect(marks.every((n) => n >= 1)).toBe(true);
      await page.screenshot({ path: resolve(SCREENSHOTS, 'overlay-own-article.png'), fullPage: true });
      expect(b.consoleErrors()).toEqual([]);
      await page.close();
    });

    it('turning the highlights off removes every trace, with identical element boxes, and on again redraws', async () => {
      const page = await b.openPage('/overlay-article.html');
      await waitForStableHighlights(page);
      const boxesOn = await elementBoxes(page);
      // Open a card first: its host element must go too.
      const at = await pointOver(page, '78%');
      await page.mouse.move(at!.x, at!.y);
      await page.mouse.move(at!.x + 2, at!.y);
      await page.waitForFunction(() => !!document.querySelector('counterpoint-overlay'));
      const sheetsOn = await page.evaluate(() => document.adoptedStyleSheets.length);
      expect(sheetsOn).toBe(1);

      await patchSettings(b, { highlightQuotes: false, highlightReported: false, highlightStatistics: false });
      try {
        await page.waitForFunction(() => ![...CSS.highlights.keys()].some((n) => n.startsWith('counterpoint-')));
        const after = await page.evaluate(() => ({
          dom: document.documentElement.outerHTML === (window as unknown as { __pageSnapshot: string }).__pageSnapshot,
          sheets: document.adoptedStyleSheets.length,
        }));
        expect(after).toEqual({ dom: true, sheets: 0 });
        expect(await elementBoxes(page)).toEqual(boxesOn);
      } finally {
        await patchSettings(b, { highlightQuotes: true, highlightReported: true, highlightStatistics: true });
      }
      await b.waitForHighlights(page);
      await page.close();
    });

    it('shows a card on hover, in a shadow root, rendering page text as text; Esc closes it', async () => {
      const page = await b.openPage('/overlay-article.html');
      await waitForStableHighlights(page);
      const at = await pointOver(page, '78%');
      expect(at).not.toBeNull();
      await page.mouse.move(at!.x, at!.y);
      await page.mouse.move(at!.x + 2, at!.y);
      await page.waitForFunction(() => !!document.querySelector('counterpoint-overlay')?.shadowRoot?.querySelector('.card'));
      const text = await cardText(page);
      expect(text).toMatch(/statistic/i);
      expect(text).toMatch(/78%/);
      expect(text).toMatch(/automatic analysis/i);
      await page.screenshot({ path: resolve(SCREENSHOTS, 'overlay-card.png') });
      // nothing in the card is markup from the page
      expect(await page.evaluate(() => document.querySelector('counterpoint-overlay')!.shadowRoot!.querySelectorAll('img, script').length)).toBe(0);

      await page.keyboard.press('Escape');
      expect(await cardText(page)).toBeNull();

      // Keyboard readers: focusing a link inside a quote shows that quote's card.
      await page.focus('article a[href="/pay"]');
      await page.waitForFunction(() => !!document.querySelector('counterpoint-overlay')?.shadowRoot?.querySelector('.card'));
      expect(await cardText(page)).toMatch(/quote/i);
      await page.keyboard.press('Escape');
      expect(await cardText(page)).toBeNull();
      await page.close();
    });

    it('steps through the highlights from the keyboard command and announces each one', async () => {
      const page = await b.openPage('/overlay-article.html');
      const drawn = await waitForStableHighlights(page);
      const total = Object.entries(drawn)
        .filter(([n]) => n !== 'counterpoint-current')
        .reduce((n, [, t]) => n + t.length, 0);
      const tabId = await b.tabIdOf(page);
      await sendToTab(b, tabId, { type: 'counterpoint/step', direction: 1 });
      await sendToTab(b, tabId, { type: 'counterpoint/step', direction: 1 });
      const live = () =>
        page.evaluate(() => document.querySelector('counterpoint-overlay')?.shadowRoot?.querySelector('[aria-live]')?.textContent ?? '');
      await page.waitForFunction(
        () => /2 of \d+/.test(document.querySelector('counterpoint-overlay')?.shadowRoot?.querySelector('[aria-live]')?.textContent ?? ''),
      );
      expect(await live()).toMatch(new RegExp(`2 of ${total}\\b`));
      expect((await drawnHighlights(page))['counterpoint-current']).toHaveLength(1);
      await page.waitForFunction(() => !!document.querySelector('counterpoint-overlay')?.shadowRoot?.querySelector('.card'));
      await page.keyboard.press('Escape');
      expect(await cardText(page)).toBeNull();
      await page.close();
    });

    it('leaves selection and copy as they were: selecting a highlighted paragraph gives its text', async () => {
      const page = await b.openPage('/overlay-article.html');
      await waitForStableHighlights(page);
      const box = await page.locator('article p').nth(2).boundingBox();
      await page.mouse.click(box!.x + 5, box!.y + 5, { clickCount: 3 });
      const selected = await page.evaluate(() => ({
        selection: getSelection()!.toString().replace(/\s+/g, ' ').trim(),
        paragraph: document.querySelectorAll('article p')[2].textContent!.replace(/\s+/g, ' ').trim(),
      }));
      expect(selected.selection).toBe(selected.paragraph);
      await page.close();
    });

    it('uses a dark palette on a dark page', async () => {
      const page = await b.openPage('/overlay-article.html?dark');
      await waitForStableHighlights(page);
      await page.screenshot({ path: resolve(SCREENSHOTS, 'overlay-dark.png') });
      const colour = await page.evaluate(() => {
        const sheet = document.adoptedStyleSheets[0];
        const rule = [...sheet.cssRules].find((r) => r.cssText.startsWith('::highlight(counterpoint-statistic)')) as CSSStyleRule;
        return rule.style.backgroundColor;
      });
      expect(colour).toBe('rgb(20, 83, 45)'); // the deep green of the dark palette, not the pale one
      await page.close();
    });
  });

  describe('runtime', () => {
    it('reveals an item for the popup: scrolls to it and flashes it', async () => {
      const page = await b.openPage('/overlay-article.html');
      await waitForStableHighlights(page);
      const analysis = await analysisOf(b, page);
      const last = analysis.statistics.at(-1)!;
      const tabId = await b.tabIdOf(page);
      const popup = await b.openPopup(tabId);
      const revealed = await popup.evaluate(
        ([id, itemId]) =>
          (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({
            type: 'counterpoint/reveal',
            tabId: id,
            itemId,
          }),
        [tabId, last.id] as const,
      );
      expect(revealed).toBe(true);
      await page.bringToFront();
      await page.waitForFunction(() => (CSS.highlights.get('counterpoint-flash') as unknown as Set<Range> | undefined)?.size === 1);
      await popup.close();
      await page.close();
    });

    it('answers the popup only for well-formed messages from the extension', async () => {
      const page = await b.openPage('/overlay-article.html');
      await waitForStableHighlights(page);
      const tabId = await b.tabIdOf(page);
      const popup = await b.openPopup(tabId);
      const ask = (message: object) =>
        popup.evaluate(
          (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
          message,
        );
      const good = (await ask({ type: 'counterpoint/get-status', tabId })) as { status: { state: string }; hostname?: string };
      expect(good.status.state).toBe('analysed');
      // The toolbar badge counts the page's quotes.
      const analysis = await analysisOf(b, page);
      const badge = await b.serviceWorker.evaluate(
        (id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }),
        tabId,
      );
      expect(badge).toBe(String(analysis.quotes.filter((q) => q.kind !== 'indirect').length));
      expect(good.hostname).toBe('127.0.0.1');
      expect(await ask({ type: 'counterpoint/get-status', tabId: String(tabId) })).toBeUndefined();
      expect(await ask({ type: 'counterpoint/status', status: { state: 'loading' } })).toBeUndefined(); // pages do not report
      // A second run finds nothing new: the very same Highlight objects stay registered.
      await page.evaluate(() => {
        (window as unknown as { __before: unknown[] }).__before = [...CSS.highlights.values()];
      });
      const again = (await sendToTab(b, tabId, { type: 'counterpoint/run', force: false })) as { status: { state: string } };
      expect(again.status.state).toBe('analysed');
      // The page's own world cannot reach the background, and posting our messages to the window does nothing.
      await page.evaluate(() => window.postMessage({ type: 'counterpoint/run', force: true }, '*'));
      await page.waitForTimeout(300);
      const unchanged = await page.evaluate(() => {
        const before = (window as unknown as { __before: unknown[] }).__before;
        const now = [...CSS.highlights.values()];
        return now.length === before.length && now.every((h, i) => h === before[i]);
      });
      expect(unchanged).toBe(true);
      await popup.close();
      await page.close();
    });

    it('a content script told a newer copy started stops quietly and clears up; the popup then asks for a fresh one', async () => {
      const page = await b.openPage('/overlay-article.html');
      await waitForStableHighlights(page);
      const tabId = await b.tabIdOf(page);
      // What a newer copy of the content script announces when it starts (after an update, or injected by the
      // background): the old copy stops listening and takes its highlights away.
      await page.evaluate((id) => {
        document.dispatchEvent(
          new CustomEvent(`${id}:content:wxt:content-script-started`, { detail: { contentScriptName: 'content', messageId: 'test' } }),
        );
      }, b.extensionId);
      await page.waitForFunction(() => ![...CSS.highlights.keys()].some((n) => n.startsWith('counterpoint-')), undefined, { timeout: 5000 });
      expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
      await b.serviceWorker.evaluate(
        (id) => (globalThis as unknown as { chrome: { storage: { session: { remove(k: string): Promise<void> } } } }).chrome.storage.session.remove(`tab:${id}`),
        tabId,
      );
      // No content script answers now, so the background injects one. That needs activeTab, which only a click on
      // the toolbar button grants; a test cannot click it, so here the injection is refused and said so.
      const popup = await b.openPopup(tabId);
      const reply = (await popup.evaluate(
        (id) =>
          (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({
            type: 'counterpoint/get-status',
            tabId: id,
          }),
        tabId,
      )) as { status: { state: string; reason?: string } };
      expect(reply.status).toEqual({ state: 'unsupported', reason: 'no-access' });
      expect(b.consoleErrors()).toEqual([]);
      await popup.close();
      await page.close();
    });
  });

  describe('live pages', () => {
    it('follows a single-page-app navigation and highlights the new story once', async () => {
      const page = await b.openPage('/overlay-spa.html');
      await page.waitForTimeout(1000);
      expect(await drawnHighlights(page)).toEqual({}); // the front page is not an article
      await page.evaluate(() => (window as unknown as { __openStory(n: string): void }).__openStory('ferry'));
      const first = await waitForStableHighlights(page);
      expect(first['counterpoint-statistic']).toEqual(expect.arrayContaining(['30%']));
      const count = (h: Record<string, string[]>) => Object.values(h).flat().length;
      const firstCount = count(first);

      await page.evaluate(() => (window as unknown as { __openStory(n: string): void }).__openStory('market'));
      await page.waitForFunction(() => {
        const stat = CSS.highlights.get('counterpoint-statistic') as unknown as Set<Range> | undefined;
        return !!stat && [...stat].some((r) => r.toString().includes('4,000'));
      });
      const second = await waitForStableHighlights(page);
      const texts = Object.values(second).flat();
      expect(texts.some((t) => t.includes('30%'))).toBe(false); // nothing left of the first story
      expect(new Set(texts).size).toBe(texts.length); // no duplicates
      expect(count(second)).toBeLessThan(firstCount + 10);
      await page.close();
    });

    it('highlights text that arrives late, and re-rendered text, once', async () => {
      const page = await b.openPage('/overlay-late.html');
      await page.waitForFunction(() => (window as unknown as { __rerendered?: boolean }).__rerendered === true, undefined, { timeout: 10_000 });
      const drawn = await waitForStableHighlights(page);
      const statistics = drawn['counterpoint-statistic'] ?? [];
      expect(statistics).toEqual(expect.arrayContaining(['18%']));
      const all = Object.values(drawn).flat();
      expect(new Set(all).size).toBe(all.length);
      // the ranges point into the live, re-rendered paragraph (not the detached one)
      const live = await page.evaluate(() =>
        [...CSS.highlights.values()].every((h) => [...(h as unknown as Set<Range>)].every((r) => r.startContainer.isConnected)),
      );
      expect(live).toBe(true);
      await page.close();
    });
  });

  describe.skipIf(skipBecause('overlay on the shared seed fixture', sharedFixturesMissing()))('on the shared seed fixture', () => {
    const gold = () => JSON.parse(readFileSync(resolve(SHARED_FIXTURES_DIR, `${SEED}.gold.json`), 'utf8'));

    it('highlights exactly the analysis’ direct and partial quotes plus statistics, and saves a screenshot', async () => {
      const page = await b.openPage(`/fixtures/${SEED}.html`);
      const drawn = await waitForStableHighlights(page);
      const analysis = await analysisOf(b, page);
      const bodyText = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
      const all = Object.entries(drawn)
        .filter(([n]) => n !== 'counterpoint-reported')
        .flatMap(([, texts]) => texts);
      const expected = [...analysis.quotes.filter((q) => q.kind !== 'indirect'), ...analysis.statistics];
      expect(all).toHaveLength(expected.length);
      for (const text of all) expect(bodyText).toContain(text);
      await page.screenshot({ path: resolve(SCREENSHOTS, 'overlay-seed.png'), fullPage: true });
      expect(b.consoleErrors()).toEqual([]);
      await page.close();
    });

    it('the card of a quote by the first side’s main speaker names them and shows the other side’s response', async () => {
      const g = gold();
      // The first side's speaker with the most quotes in the gold (read at run time, never copied).
      const counts = new Map<string, number>();
      for (const q of g.quotes) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
      const main = g.speakers
        .filter((s: { side: number }) => s.side === 0)
        .sort((a: { name: string }, c: { name: string }) => (counts.get(c.name) ?? 0) - (counts.get(a.name) ?? 0))[0];
      const otherSide: { name: string; aliases: string[] } = g.sides[1];

      const page = await b.openPage(`/fixtures/${SEED}.html`);
      await waitForStableHighlights(page);
      const analysis = await analysisOf(b, page);
      const speaker = analysis.speakers.find((sp) => sp.name === main.name);
      expect(speaker, `the analysis names ${main.name}`).toBeDefined();
      const answered = new Set(analysis.responses.filter((r) => r.responseIds.length > 0).map((r) => r.claimId));
      const unique = (text: string) => analysis.quotes.filter((q) => q.text.includes(text) || text.includes(q.text)).length === 1;
      const quote = analysis.quotes.find(
        (q) => q.speakerId === speaker!.id && q.kind !== 'indirect' && answered.has(q.id) && unique(q.text),
      );
      expect(quote, `a quote of ${main.name} with a response from the other side`).toBeDefined();
      const at = await pointOver(page, collapse(quote!.text));
      expect(at, 'the quote is highlighted').not.toBeNull();
      await page.mouse.move(at!.x, at!.y);
      await page.mouse.move(at!.x + 2, at!.y);
      await page.waitForFunction(() => !!document.querySelector('counterpoint-overlay')?.shadowRoot?.querySelector('.card'));
      const text = (await cardText(page))!;
      expect(text).toContain(main.name);
      const names = [otherSide.name, ...otherSide.aliases].map((n) => n.replace(/^the /i, ''));
      expect(names.some((n) => text.includes(`Response from ${n}`) || text.includes(`Response from the ${n}`)), text).toBe(true);
      await page.screenshot({ path: resolve(SCREENSHOTS, 'overlay-seed-card.png') });
      await page.close();
    });
  });
});
