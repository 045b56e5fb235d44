// The reader's settings: one shape, one place. Stored in storage.sync with a schema version;
// migrations from older versions live in ./migrations.ts.

export interface Settings {
  highlightQuotes: boolean;
  /** Reported speech (no quote marks) in a lighter style. */
  highlightReported: boolean;
  highlightStatistics: boolean;
  hoverCards: boolean;
  /** true: analyse every article on load; false: only when the popup is opened. */
  autoAnalyse: boolean;
  colourBy: 'side' | 'speaker';
  highContrast: boolean;
  /** Hostnames the extension leaves alone ("example.com" also covers "www.example.com"). */
  skipSites: string[];
}

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Settings = {
  highlightQuotes: true,
  highlightReported: true,
  highlightStatistics: true,
  hoverCards: true,
  autoAnalyse: true,
  colourBy: 'side',
  highContrast: false,
  skipSites: [],
};
