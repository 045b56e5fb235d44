// Where the real browsers and the shared test material live, and what to do when they are missing.
// A test that needs a browser is skipped with a printed reason on a developer's machine, but a missing
// browser must fail CI (CI=true): otherwise a green CI run could have tested nothing.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SHARED_DIR = resolve(PROJECT_ROOT, '../shared');
export const SHARED_FIXTURES_DIR = resolve(SHARED_DIR, 'fixtures');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const IN_CI = /^(1|true|yes)$/i.test(process.env.CI ?? '');

/** Why a group of tests cannot run here, or null when it can. */
export type Missing = string | null;

export function chromiumMissing(): Missing {
  return existsSync(CHROMIUM_PATH)
    ? null
    : `Chromium not found at ${CHROMIUM_PATH}. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`;
}

export function firefoxMissing(): Missing {
  return existsSync(FIREFOX_PATH)
    ? null
    : `Firefox ESR not found at ${FIREFOX_PATH}. Install it with \`apt-get install -y firefox-esr\` (or set FIREFOX_PATH).`;
}

export function sharedFixturesMissing(): Missing {
  return existsSync(SHARED_FIXTURES_DIR)
    ? null
    : `Shared fixtures not found at ${SHARED_FIXTURES_DIR}. Check out the shared material beside the project as ../shared.`;
}

/**
 * Decide whether a group of tests runs. Returns true when they must be skipped (after printing why);
 * throws under CI, where a skip would hide a broken set-up.
 * Usage: `describe.skipIf(skipBecause('popup', chromiumMissing()))('popup', ...)`.
 */
export function skipBecause(what: string, ...reasons: Missing[]): boolean {
  const missing = reasons.filter((r): r is string => r !== null);
  if (missing.length === 0) return false;
  const message = `[${what}] skipped: ${missing.join(' ')}`;
  if (IN_CI) throw new Error(`${message} (CI=true: a missing browser or fixture is a failure)`);
  console.warn(message);
  return true;
}
