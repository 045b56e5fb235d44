// Migrations of the stored settings between schema versions, keyed by the version they migrate *to*
// (WXT's storage helper runs each one in turn when the stored version is older than SETTINGS_VERSION).
// Version 1 is the first schema, so there is nothing to migrate yet. When a field changes meaning, bump
// SETTINGS_VERSION in ./schema.ts and add e.g. `2: (v1) => ({ ...v1, colourBy: v1.colourBySide ? 'side' : 'speaker' })`.
// New fields need no migration: normaliseSettings fills them from the defaults.

export const settingsMigrations: Record<number, (stored: unknown) => unknown> = {};
