// The one place that reads and writes the reader's settings: storage.sync through WXT's storage helper, so they
// follow the reader across devices, with a schema version and migrations. Everything read is normalised.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './schema';
import { settingsMigrations } from './migrations';
import { normaliseSettings } from './normalise';
import { hostnameMatches, parseHostnameInput } from './hostnames';

export type { Settings } from './schema';
export { DEFAULT_SETTINGS, SETTINGS_VERSION } from './schema';
export { parseHostnameInput } from './hostnames';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
});

export async function loadSettings(): Promise<Settings> {
  return normaliseSettings(await settingsItem.getValue());
}

/** Calls `onChange` with the full settings whenever they change (here or on another device). Returns the unwatch. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((next) => onChange(normaliseSettings(next)));
}

// Saves are read-modify-write: two quick clicks in the options page must not both read the old value and the
// second overwrite the first, so updates from this page run one after another.
let pendingUpdate: Promise<void> = Promise.resolve();

function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<void> {
  const update = pendingUpdate.then(async () => {
    const current = await loadSettings();
    await settingsItem.setValue(normaliseSettings({ ...current, ...change(current) }));
  });
  pendingUpdate = update.catch(() => undefined);
  return update;
}

/** Merges `patch` into the stored settings. */
export function saveSettings(patch: Partial<Settings>): Promise<void> {
  return updateSettings(() => patch);
}

/** True when the reader asked the extension to leave pages of `hostname` alone. */
export function isSkipped(hostname: string, settings: Pick<Settings, 'skipSites'>): boolean {
  return settings.skipSites.some((entry) => hostnameMatches(hostname, entry));
}

/** Adds a hostname (or URL) to the sites to skip; returns false when it is not a hostname. */
export async function skipSite(input: string): Promise<boolean> {
  const hostname = parseHostnameInput(input);
  if (!hostname) return false;
  await updateSettings(({ skipSites }) => (skipSites.includes(hostname) ? {} : { skipSites: [...skipSites, hostname] }));
  return true;
}

/** Stops skipping every entry that covers `hostname` ("Stop skipping" in the popup). */
export async function unskipSite(hostname: string): Promise<void> {
  await updateSettings(({ skipSites }) => ({ skipSites: skipSites.filter((entry) => !hostnameMatches(hostname, entry)) }));
}
