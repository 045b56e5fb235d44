#!/usr/bin/env node
// `npm run analyze` starts here. It runs cli/analyze.ts from one bundled file cached in node_modules/.cache,
// rebuilt with esbuild whenever a source it was built from (or the lockfile) is newer. Why: the scorer starts
// one process per page, and loading the TypeScript sources through tsx costs seconds of start-up each time;
// the bundle starts in well under one.
import { mkdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'cli/analyze.ts');
const cacheDir = join(root, 'node_modules/.cache/counterpoint-cli');
const bundle = join(cacheDir, 'analyze.mjs');
const inputsList = join(cacheDir, 'inputs.json');

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Infinity; // a source that vanished means the bundle is stale
  }
}

function isFresh() {
  const built = mtime(bundle);
  if (built === Infinity) return false;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsList, 'utf8'));
  } catch {
    return false;
  }
  return [...inputs, 'package-lock.json'].every((file) => mtime(join(root, file)) <= built);
}

async function rebuild() {
  // The bundle is dated when the build started, not when it finished: a source saved during the build is then
  // newer than the bundle, and the next run rebuilds instead of running the old code.
  const started = new Date();
  const { build } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  // Built beside the final file and renamed into place, so two runs rebuilding at once never read half a file.
  const temp = `${bundle}.${process.pid}.tmp.mjs`;
  const result = await build({
    entryPoints: [entry],
    outfile: temp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    logLevel: 'error',
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('node_modules/'));
  writeFileSync(`${inputsList}.${process.pid}.tmp`, JSON.stringify(inputs));
  renameSync(`${inputsList}.${process.pid}.tmp`, inputsList);
  renameSync(temp, bundle);
  utimesSync(bundle, started, started);
}

try {
  if (!isFresh()) await rebuild();
} catch (e) {
  // No esbuild, or a read-only node_modules: run the sources through tsx instead (slower, same result).
  process.stderr.write(`analyze: running from sources (${e instanceof Error ? e.message.split('\n')[0] : e})\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', entry, ...process.argv.slice(2)], { stdio: 'inherit', cwd: process.cwd() });
  process.exit(run.status ?? 1);
}
await import(pathToFileURL(bundle).href);
