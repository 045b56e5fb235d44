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

/** Merges `patch` into the stored settings. */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const current = await loadSettings();
  await settingsItem.setValue(normaliseSettings({ ...current, ...patch }));
}

/** True when the reader asked the extension to leave pages of `hostname` alone. */
export function isSkipped(hostname: string, settings: Pick<Settings, 'skipSites'>): boolean {
  return settings.skipSites.some((entry) => hostnameMatches(hostname, entry));
}

/** Adds a hostname (or URL) to the sites to skip; returns false when it is not a hostname. */
export async function skipSite(input: string): Promise<boolean> {
  const hostname = parseHostnameInput(input);
  if (!hostname) return false;
  const { skipSites } = await loadSettings();
  if (!skipSites.includes(hostname)) await saveSettings({ skipSites: [...skipSites, hostname] });
  return true;
}

/** Stops skipping every entry that covers `hostname` ("Stop skipping" in the popup). */
export async function unskipSite(hostname: string): Promise<void> {
  const { skipSites } = await loadSettings();
  await saveSettings({ skipSites: skipSites.filter((entry) => !hostnameMatches(hostname, entry)) });
}
