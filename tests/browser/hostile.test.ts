// The hostile and broken pages of tests/pages/hostile in Chromium with the built extension (issue 9). For every
// page: no dialog opens and no script carried in the page's text runs (in the page, its frames, the popup or the
// background); the extension logs no error; with the highlights toggled off the page's DOM is the one the page
// built and the page still works; and the popup shows the page's words literally, as text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { Analysis } from '../../analysis/types';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumMissing, ensureBuilt, launchExtensionBrowser, skipBecause, type ConsoleProblem, type ExtensionBrowser } from './harness';
import { patchSettings, storedStatus } from './overlay-helpers';

interface CorpusPage {
  file: string;
  /** Response headers to add: the harness' static server sends none of its own, so the test adds them. */
  headers?: Record<string, string>;
  /** The verdict the content script must reach on its own. */
  verdict: 'analysed' | 'other-language' | 'not-article';
  /** Page text that must appear, character for character, in the popup (besides the headline, names and quotes). */
  showsLiterally?: string[];
  /** Text of a highlighted quotation to hover: its card must name its speaker as text, with no page markup. */
  hoverCardOn?: string;
}

const CORPUS: CorpusPage[] = [
  {
    file: 'payload-quotes.html',
    verdict: 'analysed',
    showsLiterally: [
      `<img src=x onerror=window.__pwned='quote';alert('quote')>`,
      `</style><script>window.__pwned='style';alert('style')</script>`,
    ],
    hoverCardOn: `<img src=x onerror=window.__pwned='quote';alert('quote')>`,
  },
  { file: 'invisible-characters.html', verdict: 'analysed' },
  { file: 'huge-article.html', verdict: 'analysed' },
  { file: 'deep-nesting.html', verdict: 'analysed' },
  { file: 'quote-marks.html', verdict: 'analysed' },
  { file: 'strict-csp.html', verdict: 'analysed', headers: { 'content-security-policy': "default-src 'none'" } },
  { file: 'overridden-globals.html', verdict: 'analysed' },
  { file: 'shadow-article.html', verdict: 'analysed' },
  { file: 'iframe-article.html', verdict: 'analysed' },
  { file: 'non-english.html', verdict: 'other-language' },
  { file: 'code-article.html', verdict: 'analysed' },
  { file: 'paywall-cut.html', verdict: 'analysed' },
];

const HIGHLIGHTS_OFF = { highlightQuotes: false, highlightReported: false, highlightStatistics: false };
const HIGHLIGHTS_ON = { highlightQuotes: true, highlightReported: true, highlightStatistics: true };
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Installed in every frame before the page's own scripts (and past its CSP): keeps a handle on the real highlight
 * registry (a page may replace window.CSS) and snapshots the DOM the page built, open shadow roots and adopted
 * style sheets included, at DOMContentLoaded: before the content script (document_idle) can touch anything.
 * Written without Array.prototype.map/JSON, which a corpus page replaces with traps.
 */
function installProbe() {
  const registry = CSS.highlights;
  const serialise = () => {
    let out = document.documentElement.outerHTML + '\n#adopted ' + document.adoptedStyleSheets.length;
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
      if (n.shadowRoot) out += `\n#shadow ${n.tagName} ${n.shadowRoot.adoptedStyleSheets.length}\n${n.shadowRoot.innerHTML}`;
    }
    return out;
  };
  const probe = {
    snapshot: null as string | null,
    serialise,
    names: () => {
      const out: string[] = [];
      for (const name of registry.keys()) if (name.startsWith('counterpoint-')) out.push(name);
      return out.join(',');
    },
  };
  Object.defineProperty(window, '__probe', { value: probe });
  document.addEventListener('DOMContentLoaded', () => (probe.snapshot = serialise()), { once: true });
}

interface ProbeWindow {
  __probe: { snapshot: string | null; serialise(): string; names(): string };
  __pwned?: unknown;
  __clicks?: number;
}

const highlightNames = (page: Page) => page.evaluate(() => (window as unknown as ProbeWindow).__probe.names());
const pwnedIn = (frame: Frame) => frame.evaluate(() => String((window as unknown as ProbeWindow).__pwned ?? ''));

async function waitForVerdict(b: ExtensionBrowser, page: Page, tabId: number): Promise<{ state: string; analysis?: Analysis }> {
  for (let i = 0; i < 600; i++) {
    const status = await storedStatus(b, tabId);
    if (status && status.state !== 'loading') return status;
    await page.waitForTimeout(250);
  }
  throw new Error('the content script reached no verdict within 150 s');
}

/** The popup's text once it has left "Reading the page…". */
async function settle(popup: Page) {
  await popup.waitForFunction(() => document.body.innerText.trim().length > 0 && !document.querySelector('[aria-busy="true"]'), undefined, {
    timeout: 60_000,
  });
}

/** Everything a popup shows that came from the page must be text: no element, handler or link made of it. */
function popupMarkupFromPage(popup: Page) {
  return popup.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`);
      if (/^\s*javascript:/i.test(el.getAttribute('href') ?? '') || /^\s*javascript:/i.test(el.getAttribute('src') ?? '')) found.push(`${el.tagName} javascript: URL`);
      if (['IMG', 'SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName) && !(el as HTMLScriptElement).src?.startsWith(location.origin)) {
        found.push(el.tagName);
      }
    }
    return found;
  });
}

/** Hovering the highlighted quotation opens its card, which names the speaker as text and holds no page markup. */
async function expectCardShowsAsText(page: Page, text: string, speakerName: string) {
  const at = await page.evaluate((wanted) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('counterpoint-quote')) continue;
      for (const range of highlight as unknown as Set<Range>) {
        if (!range.toString().includes(wanted)) continue;
        range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        return { x: rect.left + Math.min(12, rect.width / 2), y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
  expect(at, `a quote highlight containing ${text}`).not.toBeNull();
  await page.mouse.move(at!.x, at!.y);
  await page.mouse.move(at!.x + 2, at!.y);
  await page.waitForFunction(() => !!document.querySelector('counterpoint-overlay')?.shadowRoot?.querySelector('.card'), undefined, { timeout: 15_000 });
  const card = await page.evaluate(() => {
    const root = document.querySelector('counterpoint-overlay')!.shadowRoot!;
    return { text: root.querySelector('.card')!.textContent ?? '', markup: root.querySelectorAll('img, script, svg, iframe, [onerror], [onload]').length };
  });
  expect(card.text).toContain(speakerName);
  expect(card.markup).toBe(0);
  await page.keyboard.press('Escape');
  await page.mouse.move(0, 0);
}

/** The headline, every speaker's name and every quotation of the tab's analysis, character for character. */
async function expectPopupShowsPageText(b: ExtensionBrowser, page: Page, popup: Page, tabId: number, showsLiterally: string[]) {
  await popup.waitForSelector('.cp-headline', { timeout: 60_000 });
  const analysis = (await storedStatus(b, tabId))!.analysis!;
  const jsonLd = JSON.parse(await page.evaluate(() => document.querySelector('script[type="application/ld+json"]')!.textContent!)) as { headline: string };
  expect(analysis.article.headline).toBe(collapse(jsonLd.headline));
  expect(await popup.locator('.cp-headline').textContent()).toBe(analysis.article.headline);
  // Open every speaker card (each click re-renders, so always the first closed one).
  for (let closed = popup.locator('.cp-card-head[aria-expanded="false"]'); (await closed.count()) > 0; ) await closed.first().click();
  const shown = await popup.evaluate(() => ({
    names: [...document.querySelectorAll('.cp-speaker-name')].map((e) => e.textContent ?? ''),
    quotes: [...document.querySelectorAll('.cp-quote-text')].map((e) => e.textContent ?? '').join('\n'),
    all: document.body.textContent ?? '',
  }));
  for (const speaker of analysis.speakers) expect(shown.names).toContain(speaker.name);
  for (const quote of analysis.quotes) expect(shown.quotes).toContain(quote.text);
  for (const text of showsLiterally) expect(shown.all).toContain(text);
}

describe.skipIf(skipBecause('hostile pages in Chromium', chromiumMissing()))('hostile and broken pages in Chromium', () => {
  let b: ExtensionBrowser;
  let extensionDir = '';
  const dialogs: string[] = [];

  beforeAll(async () => {
    // A private copy of the build: the engineers sharing this tree rebuild .output/ while the tests run.
    extensionDir = mkdtempSync(join(tmpdir(), 'counterpoint-hostile-ext-'));
    cpSync(await ensureBuilt('chrome'), extensionDir, { recursive: true });
    b = await launchExtensionBrowser({ extensionDir });
    await b.context.addInitScript(installProbe);
    b.context.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()} (${dialog.page()?.url() ?? 'no page'})`);
      void dialog.dismiss().catch(() => undefined);
    });
    for (const { file, headers } of CORPUS) {
      if (!headers) continue;
      await b.context.route(`**/hostile/${file}`, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
      });
    }
  });
  afterAll(async () => {
    await b?.close();
    if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
  });

  it.each(CORPUS)(
    '$file: nothing runs, nothing breaks, the popup shows its words as text',
    async ({ file, verdict, showsLiterally = [], hoverCardOn, headers }) => {
      const page = await b.openPage(`/hostile/${file}`);
      if (headers?.['content-security-policy']) {
        // The policy is in force: the page may not load even an inline image (Chromium logs the refusal, which is
        // why the errors are counted from here on).
        const image = await page.evaluate(
          () =>
            new Promise<string>((done) => {
              const img = new Image();
              img.onload = () => done('loaded');
              img.onerror = () => done('refused');
              img.src = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=';
            }),
        );
        expect(image).toBe('refused');
      }
      const errorsBefore = b.consoleErrors().length;
      const tabId = await b.tabIdOf(page);
      const status = await waitForVerdict(b, page, tabId);
      expect(status.state, JSON.stringify(status).slice(0, 300)).toBe(verdict);
      if (status.state === 'analysed') {
        const { quotes, statistics } = status.analysis!;
        // Every analysed corpus page has numbers and quotations: they must be drawn, whatever the page did.
        expect(quotes.length + statistics.length).toBeGreaterThan(0);
        await page.waitForFunction(() => (window as unknown as ProbeWindow).__probe.names() !== '', undefined, { timeout: 30_000 });
      }

      if (hoverCardOn) {
        const quote = status.analysis!.quotes.find((q) => q.text.includes(hoverCardOn));
        const speaker = status.analysis!.speakers.find((sp) => sp.id === quote?.speakerId);
        expect(speaker, `the speaker of the quote with ${hoverCardOn}`).toBeDefined();
        await expectCardShowsAsText(page, hoverCardOn, speaker!.name);
      }

      // The popup: the page's words, literally, and nothing of them as markup.
      const popup = await b.openPopup(tabId);
      await settle(popup);
      if (verdict === 'other-language') {
        // The page's language, named, and an offer to analyse anyway, which then shows the page's words as they are.
        const text = await popup.locator('body').innerText();
        expect(text).toMatch(/not in English/);
        expect(text).toMatch(/Spanish/);
        await popup.getByRole('button', { name: 'Analyse anyway' }).click();
        await expectPopupShowsPageText(b, page, popup, tabId, showsLiterally);
      } else {
        await expectPopupShowsPageText(b, page, popup, tabId, showsLiterally);
      }
      expect(await popupMarkupFromPage(popup)).toEqual([]);
      expect(await popup.evaluate(() => String((window as unknown as ProbeWindow).__pwned ?? ''))).toBe('');
      await popup.close();

      // Highlights off: the DOM the page built, in every frame, and a page that still works.
      await patchSettings(b, HIGHLIGHTS_OFF);
      try {
        await page.waitForFunction(() => (window as unknown as ProbeWindow).__probe.names() === '', undefined, { timeout: 30_000 });
        for (const frame of page.frames()) {
          const same = await frame.evaluate(() => {
            const probe = (window as unknown as ProbeWindow).__probe;
            return probe.snapshot !== null && probe.serialise() === probe.snapshot;
          });
          expect(same, `DOM of ${frame.url()} as the page built it`).toBe(true);
        }
      } finally {
        await patchSettings(b, HIGHLIGHTS_ON);
      }
      await page.fill('#probe', 'typed after the highlights went');
      expect(await page.inputValue('#probe')).toBe('typed after the highlights went');
      if ((await page.locator('#page-button').count()) > 0 && (await page.evaluate(() => typeof (window as unknown as ProbeWindow).__clicks === 'number'))) {
        await page.click('#page-button');
        expect(await page.evaluate(() => (window as unknown as ProbeWindow).__clicks)).toBe(1);
      }

      // Nothing ran: no dialog, no payload flag in any frame or the background, no error from the extension.
      for (const frame of page.frames()) expect(await pwnedIn(frame), frame.url()).toBe('');
      // The extension talks to the page through nothing the page can hear (a corpus page listens for posted messages).
      expect(await page.evaluate(() => (window as unknown as { __postedToPage?: string[] }).__postedToPage ?? [])).toEqual([]);
      expect(await b.serviceWorker.evaluate(() => String((globalThis as unknown as ProbeWindow).__pwned ?? ''))).toBe('');
      expect(dialogs).toEqual([]);
      expect(b.consoleErrors().slice(errorsBefore).filter((p: ConsoleProblem) => !isBrowserFaviconRefusal(p))).toEqual([]);
      await page.close();
    },
    300_000,
  );
});

/** Under `default-src 'none'` Chromium refuses its own favicon request and says so: the browser's, not ours. */
function isBrowserFaviconRefusal(problem: ConsoleProblem): boolean {
  return /favicon\.ico/.test(problem.text) && /Content Security Policy/.test(problem.text);
}
