import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isSkipped,
  loadSettings,
  saveSettings,
  skipSite,
  unskipSite,
  watchSettings,
  type Settings,
} from '../../../settings/store';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings store', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a patch to storage.sync and keeps the other fields', async () => {
    await saveSettings({ highlightStatistics: false });
    const settings = await loadSettings();
    expect(settings.highlightStatistics).toBe(false);
    expect(settings.highlightQuotes).toBe(true);
    const raw = await fakeBrowser.storage.sync.get('settings');
    expect((raw.settings as Settings).highlightStatistics).toBe(false);
  });

  it('tells a watcher about a change with the full settings', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await saveSettings({ colourBy: 'speaker' });
    unwatch();
    await saveSettings({ colourBy: 'side' });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual({ ...DEFAULT_SETTINGS, colourBy: 'speaker' });
  });

  it('fills fields an older stored object lacks and drops fields of the wrong type', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { highlightQuotes: false, colourBy: 'rainbow', hoverCards: 'yes', skipSites: ['Example.com', 42, 'not a host'] },
    });
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      highlightQuotes: false,
      skipSites: ['example.com'],
    });
  });

  it('survives garbage in storage', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'corrupt' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('sites to skip', () => {
  it('covers the hostname and its subdomains, not look-alikes', () => {
    const settings = { skipSites: ['example.com'] };
    expect(isSkipped('example.com', settings)).toBe(true);
    expect(isSkipped('www.example.com', settings)).toBe(true);
    expect(isSkipped('news.EXAMPLE.com', settings)).toBe(true);
    expect(isSkipped('notexample.com', settings)).toBe(false);
    expect(isSkipped('example.com.evil.net', settings)).toBe(false);
  });

  it('adds a pasted URL as its hostname, once, and refuses what is not a hostname', async () => {
    expect(await skipSite('https://www.Example.com/politics/article?id=1')).toBe(true);
    expect(await skipSite('example.com')).toBe(true);
    expect(await skipSite('hello world')).toBe(false);
    expect((await loadSettings()).skipSites).toEqual(['example.com']);
  });

  it('stops skipping every entry that covers a hostname', async () => {
    await saveSettings({ skipSites: ['example.com', 'news.example.com', 'other.org'] });
    await unskipSite('news.example.com');
    expect((await loadSettings()).skipSites).toEqual(['other.org']);
  });
});

describe('saving in quick succession', () => {
  it('keeps every patch when saves overlap', async () => {
    await Promise.all([saveSettings({ colourBy: 'speaker' }), saveSettings({ highContrast: true }), saveSettings({ hoverCards: false })]);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, colourBy: 'speaker', highContrast: true, hoverCards: false });
  });
});
