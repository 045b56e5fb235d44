// @vitest-environment node
// The extension asks for the least it needs (issue 9): storage, activeTab and scripting; no host permissions
// beyond the content script's own matches; nothing that lets a web page or remote code in. Checked on the
// manifest wxt.config.ts declares for each browser and, when a build is present, on the built manifests and
// bundles (run `npm run build` / `npm run build:firefox` to include them).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

const ROOT = resolve(__dirname, '../..');
const MINIMUM_PERMISSIONS = ['activeTab', 'scripting', 'storage'];
const CONTENT_SCRIPT_MATCHES = ['http://*/*', 'https://*/*'];
/** Keys that would open the extension to pages, other extensions or remote code. */
const FORBIDDEN_KEYS = [
  'host_permissions',
  'optional_permissions',
  'optional_host_permissions',
  'externally_connectable',
  'web_accessible_resources',
  'content_security_policy',
  'sandbox',
  'update_url',
  'oauth2',
  'key',
];
/**
 * URLs that may appear in the bundle as text, never fetched: the content script's own match patterns, XML
 * namespaces and links in library error messages.
 */
const INERT_URL = /^https?:\/\/(\*\/\*$|www\.w3\.org\/|schema\.org\b|wxt\.dev\/|github\.com\/wxt-dev\/|developer\.mozilla\.org\/|reactjs\.org\/|preactjs\.com\/|mths\.be\/|fb\.me\/)/;

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  content_scripts?: Array<{ matches: string[]; all_frames?: boolean; match_about_blank?: boolean; world?: string; js?: string[] }>;
};

async function declaredManifest(browser: 'chrome' | 'firefox'): Promise<Manifest> {
  const manifest = config.manifest;
  const env = { browser, manifestVersion: browser === 'chrome' ? 3 : 2, mode: 'production', command: 'build' } as const;
  return (typeof manifest === 'function' ? await manifest(env as never) : await manifest) as Manifest;
}

function builtDir(browser: 'chrome' | 'firefox'): string | null {
  const dir = join(ROOT, '.output', browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2');
  if (existsSync(join(dir, 'manifest.json'))) return dir;
  console.warn(`[manifest] no ${browser} build in ${dir}: only the declared manifest is checked (build first to check the output too).`);
  return null;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function expectMinimal(manifest: Manifest) {
  expect([...(manifest.permissions ?? [])].sort()).toEqual(MINIMUM_PERMISSIONS);
  for (const key of FORBIDDEN_KEYS) expect(manifest, `manifest key ${key}`).not.toHaveProperty(key);
}

function expectContentScriptsMinimal(manifest: Manifest) {
  expect(manifest.content_scripts?.length).toBe(1);
  for (const script of manifest.content_scripts ?? []) {
    expect([...script.matches].sort()).toEqual(CONTENT_SCRIPT_MATCHES);
    // Every frame, as an article can be shown in one; the script itself leaves small frames alone (content/frame-gate.ts).
    expect(script.all_frames).toBe(true);
    expect(script.match_about_blank).toBe(true); // srcdoc and script-written frames of an http(s) page too
    expect(script.world ?? 'ISOLATED').toBe('ISOLATED'); // never in the page's own world
  }
}

describe.each(['chrome', 'firefox'] as const)('%s manifest', (browser) => {
  it('declares only storage, activeTab and scripting, and nothing that opens the extension up', async () => {
    expectMinimal(await declaredManifest(browser));
  });

  it('the built manifest holds the same minimum, and content scripts only on http(s) pages (every frame), isolated world', () => {
    const dir = builtDir(browser);
    if (!dir) return;
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    expectMinimal(manifest);
    expectContentScriptsMinimal(manifest);
  });

  it('the build carries no remote code: scripts are its own files, no eval, no URL to fetch from', () => {
    const dir = builtDir(browser);
    if (!dir) return;
    const files = filesUnder(dir);
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]*)"/g)) expect(src, `${file} loads ${src}`).toMatch(/^(\.{0,2}\/)?[\w./-]+\.js$/);
      expect(html, file).not.toMatch(/<link[^>]+href="(https?:)?\/\//);
    }
    for (const file of files.filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      expect(code, `${file}: new Function`).not.toMatch(/\bnew Function\s*\(/);
      expect(code, `${file}: eval`).not.toMatch(/(^|[^.\w$])eval\s*\(/);
      expect(code, `${file}: importScripts`).not.toMatch(/\bimportScripts\s*\(/);
      const urls = [...code.matchAll(/https?:\/\/[^\s"'`)\\]+/g)].map((m) => m[0]).filter((url) => !INERT_URL.test(url));
      expect(urls, `${file} names remote URLs`).toEqual([]);
    }
  });
});
