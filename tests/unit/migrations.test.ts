// An update must never lose a reader's settings or sites to skip. WXT's storage runs the migrations once, when
// the extension starts and the store module is loaded; so each test writes what the previous version left in
// storage.sync, then loads a fresh copy of the store, as the updated extension does. Settings written before
// the schema carried a version (no "settings$" meta key) are what WXT treats as version 1.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsMigrations } from '../../settings/migrations';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../settings/schema';

/** The store as a freshly started extension sees it, after storage already holds `stored`. */
async function startWith(stored: Record<string, unknown>) {
  await fakeBrowser.storage.sync.set(stored);
  vi.resetModules();
  return import('../../settings/store');
}

/** A reader who changed everything: any field lost or reset on update would show. */
const PREVIOUS_SCHEMA_SETTINGS: Settings = {
  highlightQuotes: false,
  highlightReported: false,
  highlightStatistics: false,
  hoverCards: false,
  autoAnalyse: false,
  colourBy: 'speaker',
  highContrast: true,
  skipSites: ['example.com', 'news.example.org', 'localhost'],
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings written by the previous schema', () => {
  it('the fixture differs from the defaults in every field', () => {
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      expect(PREVIOUS_SCHEMA_SETTINGS[key], key).not.toEqual(DEFAULT_SETTINGS[key]);
    }
  });

  it('loads unversioned settings (stored before the schema version) with nothing lost', async () => {
    const { loadSettings } = await startWith({ settings: PREVIOUS_SCHEMA_SETTINGS });
    expect(await loadSettings()).toEqual(PREVIOUS_SCHEMA_SETTINGS);
  });

  it('keeps the skip list and every other field through the first save after the update', async () => {
    const { saveSettings, skipSite } = await startWith({ settings: PREVIOUS_SCHEMA_SETTINGS });
    await saveSettings({ hoverCards: true });
    await skipSite('https://example.net/story');
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings as Settings;
    expect(stored).toEqual({ ...PREVIOUS_SCHEMA_SETTINGS, hoverCards: true, skipSites: [...PREVIOUS_SCHEMA_SETTINGS.skipSites, 'example.net'] });
  });

  it('loads settings of the first versioned schema, whatever version is current now', async () => {
    const { loadSettings } = await startWith({ settings: PREVIOUS_SCHEMA_SETTINGS, settings$: { v: 1 } });
    expect(await loadSettings()).toEqual(PREVIOUS_SCHEMA_SETTINGS);
    // After any migration, the stored version is the current one (WXT writes it with the migrated value).
    const meta = (await fakeBrowser.storage.sync.get('settings$'))['settings$'] as { v: number };
    expect(meta.v).toBe(SETTINGS_VERSION);
  });

  it('keeps a skip list written in the old, looser forms (URLs, capitals, duplicates)', async () => {
    const { loadSettings } = await startWith({ settings: { skipSites: ['https://Example.com/news', 'example.com', 'Example.ORG'] } });
    expect((await loadSettings()).skipSites).toEqual(['example.com', 'example.org']);
  });

  it('records the current schema version for a new reader, so the next update knows where to start', async () => {
    const { saveSettings } = await startWith({});
    await saveSettings({ colourBy: 'speaker' });
    const meta = (await fakeBrowser.storage.sync.get('settings$'))['settings$'] as { v?: number } | undefined;
    expect(meta?.v).toBe(SETTINGS_VERSION);
  });
});

describe('going back to an older version', () => {
  it('keeps the settings of a newer schema instead of wiping them', async () => {
    const { loadSettings } = await startWith({ settings: PREVIOUS_SCHEMA_SETTINGS, settings$: { v: SETTINGS_VERSION + 1 } });
    expect(await loadSettings()).toEqual(PREVIOUS_SCHEMA_SETTINGS);
  });
});

describe('the migration chain', () => {
  it('has one migration for every version after the first, and none beyond the current one', () => {
    const versions = Object.keys(settingsMigrations).map(Number).sort((a, b) => a - b);
    const expected = Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 2);
    expect(versions).toEqual(expected);
  });
});
