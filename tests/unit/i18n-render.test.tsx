// The rendering half of "every string in the UI comes from the locale file": each view is rendered with a
// pseudo-locale that wraps every message in ⟦…⟧, and everything the reader could see or hear (text and
// accessible attributes) must then be a wrapped message, page data from the analysis, a date the browser
// formats, or punctuation and numbers. A string typed straight into a component shows up unwrapped.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../components/popup/PopupApp';
import { StatusView } from '../../components/popup/StatusView';
import { OptionsPage } from '../../components/options/OptionsPage';
import { saveSettings } from '../../settings/store';
import type { TabStatus } from '../../messaging/protocol';
import type { LocaleMessages } from '../../i18n/resolve-message';
import { activeMessages, ENGLISH } from './i18n-setup';
import { fakeAnalysis } from './popup/fake-analysis';
import { fakeClient } from './popup/fake-client';
import { click, mount, settle } from './popup/render';

const PSEUDO: LocaleMessages = Object.fromEntries(
  Object.entries(ENGLISH).map(([key, entry]) => [key, { ...entry, message: `⟦${entry.message}⟧` }]),
);
const VISIBLE_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt'];

beforeEach(() => {
  fakeBrowser.reset();
  activeMessages.current = PSEUDO;
});
afterEach(() => {
  activeMessages.current = ENGLISH;
});

function stringsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsIn(v, found));
  return found;
}

/** What is left of `text` once messages, page data and formatted dates are taken out. */
function unexplained(text: string, pageData: string[]): string {
  let rest = text;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  for (const data of [...pageData].sort((a, b) => b.length - a.length)) if (data.length > 1) rest = rest.split(data).join(' ');
  return rest.replace(/[^\p{L}]+/gu, ' ').trim();
}

/** Every text a reader meets in `root`, dates (in <time> and the event times) left out. */
function readerText(root: HTMLElement): string[] {
  const copy = root.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('time, .cp-event-time').forEach((el) => el.remove());
  const attributes = [...copy.querySelectorAll('*')].flatMap((el) => VISIBLE_ATTRIBUTES.map((a) => el.getAttribute(a)).filter((v): v is string => !!v));
  return [copy.textContent ?? '', ...attributes];
}

describe('with a pseudo-locale every visible string is a locale message or page data', () => {
  it('the popup: header, every tab, every speaker opened, footer', async () => {
    const analysis = fakeAnalysis();
    const root = mount(<PopupApp client={fakeClient([{ state: 'analysed', analysis }])} locale="en-GB" />);
    await settle();
    const seen: string[] = [];
    for (const tab of [...root.querySelectorAll<HTMLElement>('[role="tab"]')]) {
      click(tab);
      await settle();
      root.querySelectorAll<HTMLElement>('.cp-card-head').forEach((head) => click(head));
      await settle();
      seen.push(...readerText(root));
    }
    expect(seen.join(' ')).toContain('⟦');
    const data = stringsIn(analysis);
    expect(seen.map((text) => unexplained(text, data)).filter(Boolean)).toEqual([]);
  });

  it('every status the popup can show instead of an analysis', async () => {
    const statuses: Exclude<TabStatus, { state: 'analysed' }>[] = [
      { state: 'loading' },
      { state: 'unsupported', reason: 'browser-page' },
      { state: 'unsupported', reason: 'store-page' },
      { state: 'unsupported', reason: 'no-access' },
      { state: 'skipped', hostname: 'news.example.com' },
      { state: 'not-article', reason: 'listing page' },
      { state: 'other-language', language: 'es' },
      { state: 'error', message: 'page data' },
    ] as Exclude<TabStatus, { state: 'analysed' }>[];
    for (const status of statuses) {
      const noop = () => undefined;
      const root = mount(<StatusView status={status} onAnalyseAnyway={noop} onStopSkipping={noop} onRetry={noop} locale="en" />);
      const leftover = readerText(root).map((text) => unexplained(text, stringsIn(status))).filter(Boolean);
      expect(leftover, status.state).toEqual([]);
    }
  });

  it('the options page, with a site to skip', async () => {
    await saveSettings({ skipSites: ['example.com'] });
    const root = mount(<OptionsPage />);
    await settle();
    expect(root.textContent).toContain('⟦');
    expect(readerText(root).map((text) => unexplained(text, ['example.com'])).filter(Boolean)).toEqual([]);
  });
});
