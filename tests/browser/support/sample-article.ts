// Locates the project's own sample article (samples/*.html), which the demo and the end-to-end tests open.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from './environment';

export const SAMPLES_DIR = resolve(PROJECT_ROOT, 'samples');

/** The sample article's file name inside samples/ (the first .html there), or null when none exists yet. */
export function sampleArticleFile(): string | null {
  if (!existsSync(SAMPLES_DIR)) return null;
  const html = readdirSync(SAMPLES_DIR).filter((f) => /\.html?$/i.test(f)).sort();
  return html[0] ?? null;
}

export function sampleArticleMissing(): string | null {
  return sampleArticleFile() ? null : `No sample article found in ${SAMPLES_DIR} (expected samples/*.html).`;
}

export function sampleArticlePath(): string {
  const file = sampleArticleFile();
  if (!file) throw new Error(sampleArticleMissing()!);
  return join(SAMPLES_DIR, file);
}
