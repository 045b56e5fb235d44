// storage.sync is written by other versions of the extension, by other devices and, in principle, by anyone
// with the extension's storage: never trust its shape. Each field is kept only when it has the right type, and
// falls back to the default otherwise, so a settings object from an older version (without `highContrast`, say)
// loads with the new fields at their defaults.
import { DEFAULT_SETTINGS, type Settings } from './schema';
import { parseHostnameInput } from './hostnames';

const BOOLEAN_KEYS = [
  'highlightQuotes',
  'highlightReported',
  'highlightStatistics',
  'hoverCards',
  'autoAnalyse',
  'highContrast',
] as const satisfies readonly (keyof Settings)[];

export function normaliseSettings(stored: unknown): Settings {
  const source = (stored !== null && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const settings: Settings = { ...DEFAULT_SETTINGS, skipSites: [...DEFAULT_SETTINGS.skipSites] };
  for (const key of BOOLEAN_KEYS) {
    if (typeof source[key] === 'boolean') settings[key] = source[key];
  }
  if (source.colourBy === 'side' || source.colourBy === 'speaker') settings.colourBy = source.colourBy;
  if (Array.isArray(source.skipSites)) settings.skipSites = normaliseSkipSites(source.skipSites);
  return settings;
}

/** Valid, distinct hostnames in the order given. */
export function normaliseSkipSites(entries: readonly unknown[]): string[] {
  const sites = new Set<string>();
  for (const entry of entries) {
    if (typeof entry !== 'string') continue;
    const hostname = parseHostnameInput(entry);
    if (hostname) sites.add(hostname);
  }
  return [...sites];
}
