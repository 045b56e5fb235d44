// Test pages read at run time: the project's own (tests/pages, samples) and the shared fixtures (../shared).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadPage } from '../../../../cli/load-page';
import { readArticle, type PageReading } from '../../../../page/read-article';

export const REPO = resolve(__dirname, '../../../..');
export const OWN_PAGES = join(REPO, 'tests/pages');
export const SAMPLES = join(REPO, 'samples');
/** ../shared/fixtures beside the repo; COUNTERPOINT_SHARED_FIXTURES points elsewhere (or nowhere, to see the skip). */
export const SHARED_FIXTURES = resolve(REPO, process.env.COUNTERPOINT_SHARED_FIXTURES ?? '../shared/fixtures');

export function readPage(path: string, url?: string): PageReading {
  const page = loadPage(readFileSync(path, 'utf8'), url);
  try {
    return readArticle(page.document);
  } finally {
    page.close();
  }
}

export function readHtml(html: string, url?: string): PageReading {
  const page = loadPage(html, url);
  try {
    return readArticle(page.document);
  } finally {
    page.close();
  }
}

/**
 * The shared fixtures' pages, or null with the reason printed. Under CI=true a missing ../shared is an error:
 * the suite must not pass by skipping.
 */
export function sharedFixturePages(): string[] | null {
  if (existsSync(SHARED_FIXTURES)) return readdirSync(SHARED_FIXTURES).filter((f) => f.endsWith('.html')).sort();
  const reason = `../shared/fixtures not found at ${SHARED_FIXTURES}: the shared-fixture detection tests are skipped (clone the shared material beside the repo to run them)`;
  if (process.env.CI === 'true') throw new Error(`${reason}; CI=true makes this a failure`);
  console.warn(reason);
  return null;
}

export interface GoldItem {
  text: string;
  paragraph: number | 'headline';
  optional?: boolean;
  fragment?: boolean;
}

export interface Gold {
  isArticle?: boolean;
  headline?: string;
  outlet?: string;
  published?: string;
  quotes?: GoldItem[];
  statistics?: GoldItem[];
  events?: GoldItem[];
}

export function readGold(htmlPath: string): Gold {
  return JSON.parse(readFileSync(htmlPath.replace(/\.html$/, '.gold.json'), 'utf8')) as Gold;
}

/** Lower-case words without punctuation: how the scorer compares texts. */
export function words(text: string): string[] {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, ' ').split(/\s+/).filter(Boolean);
}
