// The toolbar popup in Chromium with the built extension, for a real tab holding the shared seed fixture: the
// speakers, both sides and the timeline the reader sees, a click that takes the page to a quote, and screenshots
// of every view, light and dark. What is expected is read from the fixture's gold at run time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumMissing, launchExtensionBrowser, sharedFixturesMissing, skipBecause, type ExtensionBrowser } from './harness';
import { PROJECT_ROOT, SHARED_FIXTURES_DIR } from './support/environment';
import { waitForStableHighlights } from './overlay-helpers';

const SCREENSHOTS = resolve(PROJECT_ROOT, 'test-output');
const SEED = 'seed-junior-doctors-strike';

interface GoldSpeaker {
  name: string;
  role: string | null;
  side: number | null;
}
interface GoldSide {
  name: string;
  aliases: string[];
}
interface GoldEvent {
  date: string | null;
  text: string;
}

const gold = () =>
  JSON.parse(readFileSync(resolve(SHARED_FIXTURES_DIR, `${SEED}.gold.json`), 'utf8')) as {
    speakers: GoldSpeaker[];
    sides: GoldSide[];
    events: GoldEvent[];
  };

const lower = (s: string) => s.toLowerCase().replace(/^the /, '');

async function selectTab(popup: Page, name: string) {
  await popup.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  await popup.waitForSelector(`[role="tabpanel"][aria-labelledby="${await popup.getByRole('tab', { name: new RegExp(`^${name}`) }).getAttribute('id')}"]`);
}

describe.skipIf(skipBecause('popup in Chromium', chromiumMissing(), sharedFixturesMissing()))('popup for the seed fixture', () => {
  let b: ExtensionBrowser;
  let article: Page;
  let popup: Page;

  beforeAll(async () => {
    b = await launchExtensionBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
    article = await b.openPage(`/fixtures/${SEED}.html`);
    await waitForStableHighlights(article);
    popup = await b.openPopup(await b.tabIdOf(article));
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.waitForSelector('.cp-headline', { timeout: 20_000 });
  });
  afterAll(async () => {
    await b?.close();
  });

  it('heads the popup with the article, its counts and the "can be wrong" note', async () => {
    const header = await popup.locator('header').innerText();
    expect(header).toMatch(/\d+ quotes/);
    expect(header).toMatch(/\d+ speakers/);
    expect(header).toMatch(/can be wrong/);
  });

  it("lists the first side's main speaker with the role the article gives", async () => {
    const [expected] = gold().speakers;
    const card = popup.locator('.cp-card', { has: popup.locator('.cp-speaker-name', { hasText: expected.name }) });
    await expect.poll(() => card.count()).toBe(1);
    expect(lower((await card.locator('.cp-speaker-role').innerText()).trim())).toBe(lower(expected.role!));
    await card.locator('.cp-card-head').click();
    expect(await card.locator('.cp-quote').count()).toBeGreaterThan(0);
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-speakers-light.png') });
  });

  it('clicking a quote scrolls the page to it and flashes it', async () => {
    const [expected] = gold().speakers;
    const card = popup.locator('.cp-card', { has: popup.locator('.cp-speaker-name', { hasText: expected.name }) });
    if ((await card.locator('.cp-card-head').getAttribute('aria-expanded')) !== 'true') await card.locator('.cp-card-head').click();
    await article.evaluate(() => window.scrollTo(0, 0));
    await card.locator('.cp-quote').last().click();
    await article.waitForFunction(() => (CSS.highlights.get('counterpoint-flash') as unknown as Set<Range> | undefined)?.size === 1, undefined, {
      timeout: 5_000,
    });
    await article.waitForFunction(() => window.scrollY > 0, undefined, { timeout: 5_000 });
  });

  it('sets both sides of the dispute side by side', async () => {
    await selectTab(popup, 'The other side');
    const columns = await popup.locator('.cp-side .cp-side-name').allInnerTexts();
    expect(columns).toHaveLength(2);
    const goldSides = gold().sides.map((s) => [s.name, ...s.aliases].map(lower));
    for (const names of goldSides) {
      expect(columns.some((c) => names.includes(lower(c.trim()))), `${names[0]} among ${columns.join(' | ')}`).toBe(true);
    }
    expect(await popup.locator('.cp-claim').count()).toBeGreaterThan(0);
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-sides-light.png') });
  });

  it('shows the election year and the two strike days in date order', async () => {
    await selectTab(popup, 'Timeline');
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-timeline-light.png') });
    const keys = await popup.locator('.cp-timeline-date time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect([...keys].sort()).toEqual(keys);
    // The gold's year-precision event (the general election) and the two days of the strike, read from the gold.
    const dates = gold().events.map((e) => e.date).filter((d): d is string => d !== null);
    const year = dates.find((d) => d.length === 4)!;
    const strikeDays = [...new Set(dates.filter((d) => d.length === 10))].sort().slice(-2);
    const positions = [year, ...strikeDays].map((d) => keys.indexOf(d));
    expect(positions.every((p) => p >= 0), `${[year, ...strikeDays]} in ${keys}`).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    // A year-only date is shown as the year alone, and its entry is the general election (issue 7's bar).
    const yearGroup = popup.locator('.cp-timeline-group', { has: popup.locator(`time[datetime="${year}"]`) });
    expect((await yearGroup.locator('.cp-timeline-date').innerText()).trim()).toBe(year);
    expect(await yearGroup.innerText()).toMatch(/general election/i);
  });

  it('clicking a timeline event scrolls the page to its words and flashes them', async () => {
    await selectTab(popup, 'Timeline');
    await article.evaluate(() => window.scrollTo(0, 0));
    await popup.locator('.cp-event').last().click();
    await article.waitForFunction(() => (CSS.highlights.get('counterpoint-flash') as unknown as Set<Range> | undefined)?.size === 1, undefined, {
      timeout: 5_000,
    });
    await article.waitForFunction(() => window.scrollY > 0, undefined, { timeout: 5_000 });
  });

  it('lists statistics with what they measure', async () => {
    await selectTab(popup, 'Statistics');
    expect(await popup.locator('.cp-statistic').count()).toBeGreaterThan(0);
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-statistics-light.png') });
  });

  it('follows the system dark mode, and saves each view dark', async () => {
    await popup.emulateMedia({ colorScheme: 'dark' });
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(27, 28, 31)');
    for (const view of ['Speakers', 'The other side', 'Timeline', 'Statistics']) {
      await selectTab(popup, view);
      await popup.screenshot({ path: resolve(SCREENSHOTS, `popup-${view.toLowerCase().replace(/\s+/g, '-')}-dark.png`) });
    }
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('can be used from the keyboard: arrow keys move between tabs, with a visible focus ring', async () => {
    const tab = popup.getByRole('tab', { name: /^Speakers/ });
    await tab.click();
    await popup.keyboard.press('ArrowRight');
    const focused = await popup.evaluate(() => ({
      text: document.activeElement?.textContent,
      selected: document.activeElement?.getAttribute('aria-selected'),
      outline: getComputedStyle(document.activeElement!).outlineStyle,
    }));
    expect(focused.text).toMatch(/^The other side/);
    expect(focused.selected).toBe('true');
    expect(focused.outline).toBe('solid');
    expect(b.consoleErrors().filter((p) => p.source.includes('popup.html'))).toEqual([]);
  });

  // Last in this group: it skips the site every page here is served from.
  it('"Skip this site" removes the highlights from the open page at once', async () => {
    await popup.getByRole('button', { name: 'Skip this site' }).click();
    await popup.getByRole('heading', { name: 'You skip this site' }).waitFor();
    await article.waitForFunction(() => ![...CSS.highlights.keys()].some((n) => n.startsWith('counterpoint-')), undefined, { timeout: 10_000 });
    expect(await popup.locator('.cp-status').innerText()).toContain(new URL(article.url()).hostname);
  });
});

describe.skipIf(skipBecause('popup states in Chromium', chromiumMissing()))('popup states', () => {
  let b: ExtensionBrowser;

  beforeAll(async () => {
    b = await launchExtensionBrowser({ mounts: { '/harness/': resolve(import.meta.dirname, 'support/pages') } });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await b?.close();
  });

  it("explains that extensions cannot run on the browser's own pages", async () => {
    const page = await b.openPage('chrome://version');
    const popup = await b.openPopup(await b.tabIdOf(page));
    // Without the "tabs" permission the background may not see the URL of a tab opened beside the popup, and can only
    // tell that it has no access; from the toolbar (activeTab) it knows it is a browser page. Both explain why.
    // ("Reading the page…" may show first, while the background finds out.)
    const title = popup.locator('.cp-status-title', { hasText: /^(Extensions cannot run on this page|Counterpoint cannot read this page)$/ });
    await title.waitFor({ timeout: 15_000 });
    expect(await title.innerText()).toMatch(/^(Extensions cannot run on this page|Counterpoint cannot read this page)$/);
    expect(await popup.locator('.cp-status').innerText()).toContain('chrome://');
    expect(await popup.getByRole('button', { name: 'Skip this site' }).count()).toBe(0);
  });

  it('offers "Analyse anyway" on a page that is not an article', async () => {
    const page = await b.openPage('/harness/plain.html');
    const popup = await b.openPopup(await b.tabIdOf(page));
    await popup.getByRole('heading', { name: "This page doesn't look like a news article" }).waitFor({ timeout: 15_000 });
    await popup.setViewportSize({ width: 420, height: 320 });
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-not-article-light.png') });
    await popup.getByRole('button', { name: 'Analyse anyway' }).click();
    // Analysed anyway: the header appears (with whatever little a notice of opening times holds).
    await popup.locator('.cp-headline').waitFor({ timeout: 15_000 });
    expect(await popup.locator('.cp-counts').innerText()).toMatch(/\d+ quotes/);
  });
});
