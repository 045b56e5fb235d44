#!/usr/bin/env node
// Can a reviewer rebuild the Firefox zip from the sources zip? This does what addons.mozilla.org's reviewer
// does: unzip .output/counterpoint-<version>-sources.zip into an empty temporary folder, `npm ci`, build the
// Firefox zip there, and compare every file in that zip with the one `npm run zip` made here, byte for byte.
//
//   node scripts/check-reproducible.mjs             # runs `npm run zip` first
//   node scripts/check-reproducible.mjs --no-zip    # uses the zips already in .output/
//   node scripts/check-reproducible.mjs --keep      # leaves the temporary folder for a look
//
// Exits 1 and lists the files that differ when the builds are not identical.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const zipName = (kind) => `${name}-${version}-${kind}.zip`;

function run(command, commandArgs, cwd) {
  console.log(`$ ${[command, ...commandArgs].join(' ')}   (in ${cwd})`);
  execFileSync(command, commandArgs, { cwd, stdio: 'inherit', env: { ...process.env, CI: '1' } });
}

function unzip(zipPath, into) {
  execFileSync('unzip', ['-q', '-o', zipPath, '-d', into]);
}

/** Relative path → absolute path of every file under `dir`. */
function filesUnder(dir, base = dir, found = new Map()) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) filesUnder(path, base, found);
    else found.set(relative(base, path), path);
  }
  return found;
}

if (!args.has('--no-zip')) run('npm', ['run', 'zip'], ROOT);
const sourcesZip = join(ROOT, '.output', zipName('sources'));
const firefoxZip = join(ROOT, '.output', zipName('firefox'));
for (const zip of [sourcesZip, firefoxZip]) {
  if (!existsSync(zip)) {
    console.error(`Missing ${zip}: run \`npm run zip\` first.`);
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), 'counterpoint-rebuild-'));
let identical = false;
try {
  const sources = join(work, 'sources');
  unzip(sourcesZip, sources);
  run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], sources);
  run('npx', ['wxt', 'zip', '-b', 'firefox'], sources);

  const original = join(work, 'original');
  const rebuilt = join(work, 'rebuilt');
  unzip(firefoxZip, original);
  unzip(join(sources, '.output', zipName('firefox')), rebuilt);
  const a = filesUnder(original);
  const b = filesUnder(rebuilt);
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  const differences = names.filter((file) => !a.has(file) || !b.has(file) || !readFileSync(a.get(file)).equals(readFileSync(b.get(file))));
  for (const file of differences) {
    console.log(`  differs: ${file}${!a.has(file) ? ' (only in the rebuild)' : !b.has(file) ? ' (missing from the rebuild)' : ''}`);
  }
  identical = differences.length === 0;
  console.log(
    identical
      ? `Identical: all ${names.length} files of ${zipName('firefox')} rebuilt byte for byte from ${zipName('sources')}.`
      : `${differences.length} of ${names.length} files differ.`,
  );
} finally {
  if (args.has('--keep')) console.log(`Kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exit(identical ? 0 : 1);
