// Builds the extension once and reuses the output while it is newer than every source file,
// so a run of several browser test files (or the demo after the tests) builds only once.
// Several people and processes share one working tree: a lock folder keeps two builds from
// writing into .output/ at the same time.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from './environment';

export type TargetBrowser = 'chrome' | 'firefox';

/**
 * The folder WXT writes each build to (WXT's defaults: MV3 for Chrome, MV2 for Firefox). A build in another Vite
 * mode (`wxt build --mode M`, e.g. the wrapping-highlights test build) goes to its own folder, suffixed "-M".
 */
export function outputDir(browser: TargetBrowser, mode?: string): string {
  return resolve(PROJECT_ROOT, '.output', (browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2') + (mode ? `-${mode}` : ''));
}

// Top-level entries that never end up in the bundle; everything else counts as a source (over-counting only
// costs a rebuild, under-counting would test stale code).
const NOT_SOURCES = new Set([
  'node_modules', '.output', '.git', '.wxt', '.ci', 'tests', 'scripts', 'cli', 'bench', 'samples', 'docs',
  'demo-output', 'bench-output', 'test-output', 'vitest.config.ts', 'vitest.browser.config.ts',
]);

function sourcePaths(): string[] {
  return readdirSync(PROJECT_ROOT)
    .filter((name) => !NOT_SOURCES.has(name) && !/\.(md|log)$/i.test(name))
    .map((name) => resolve(PROJECT_ROOT, name));
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs; // a deleted file bumps its folder's mtime
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function isBuildFresh(browser: TargetBrowser, mode?: string): boolean {
  const manifest = join(outputDir(browser, mode), 'manifest.json');
  if (!existsSync(manifest)) return false;
  const builtAt = statSync(manifest).mtimeMs;
  return sourcePaths().every((p) => newestMtime(p) <= builtAt);
}

const LOCK_STALE_MS = 3 * 60_000;

async function withBuildLock<T>(browser: TargetBrowser, mode: string | undefined, work: () => Promise<T>): Promise<T> {
  mkdirSync(resolve(PROJECT_ROOT, '.output'), { recursive: true });
  const lock = resolve(PROJECT_ROOT, '.output', `.build-${browser}${mode ? `-${mode}` : ''}.lock`);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Someone else is building; a lock left by a killed process goes stale.
      try {
        if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      } catch { /* the holder just released it */ }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function runWxtBuild(browser: TargetBrowser, mode: string | undefined, log: (line: string) => void): Promise<void> {
  const wxt = resolve(PROJECT_ROOT, 'node_modules/wxt/bin/wxt.mjs');
  const args = [wxt, 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : []), ...(mode ? ['--mode', mode] : [])];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) {
        log(`built the ${browser} extension into ${outputDir(browser, mode)}`);
        done();
      } else fail(new Error(`wxt build -b ${browser} failed (exit ${code}):\n${output}`));
    });
  });
}

/**
 * Returns the folder of a build of the extension for `browser` that is newer than its sources; `mode` builds in
 * that Vite mode instead of production (see outputDir).
 */
export async function ensureBuilt(
  browser: TargetBrowser,
  { force = false, log = (line: string) => console.log(line), mode }: { force?: boolean; log?: (line: string) => void; mode?: string } = {},
): Promise<string> {
  if (!force && isBuildFresh(browser, mode)) return outputDir(browser, mode);
  return withBuildLock(browser, mode, async () => {
    if (force || !isBuildFresh(browser, mode)) await runWxtBuild(browser, mode, log);
    return outputDir(browser, mode);
  });
}
