#!/usr/bin/env node
// `npm test`: unit tests, then the real-browser tests in Chromium (after a build), then the Firefox checks
// (build, web-ext lint, smoke test in Firefox ESR). Every step runs even when an earlier one failed, so one
// run shows everything that is broken; the exit code is non-zero when any step failed.
//
//   npm test                      all steps
//   npm test -- --only=unit       just one group (unit | browser | firefox), comma-separated
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);

const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const groups = onlyArg ? onlyArg.slice('--only='.length).split(',') : ['unit', 'browser', 'firefox'];

/** @type {Array<{ group: string; name: string; command: string[] }>} */
const steps = [
  { group: 'unit', name: 'unit tests (vitest, happy-dom)', command: [bin('vitest'), 'run'] },
  { group: 'browser', name: 'build for Chrome', command: [bin('tsx'), 'scripts/build-extension.ts', 'chrome'] },
  {
    group: 'browser',
    name: 'browser tests (Chromium)',
    command: [bin('vitest'), 'run', '-c', 'vitest.browser.config.ts', 'tests/browser'],
  },
  { group: 'firefox', name: 'build for Firefox', command: [bin('tsx'), 'scripts/build-extension.ts', 'firefox'] },
  { group: 'firefox', name: 'web-ext lint (Firefox build)', command: ['npm', 'run', '--silent', 'lint:firefox'] },
  {
    group: 'firefox',
    name: 'Firefox smoke test (Firefox ESR)',
    command: [bin('vitest'), 'run', '-c', 'vitest.browser.config.ts', 'tests/firefox'],
  },
].filter((step) => groups.includes(step.group));

function run([command, ...args]) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      done(127);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

const results = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name}: ${step.command.map((c) => c.replace(root + '/', '')).join(' ')}`);
  const started = Date.now();
  const code = await run(step.command);
  results.push({ ...step, code, seconds: ((Date.now() - started) / 1000).toFixed(1) });
}

console.log('\n━━ summary');
for (const r of results) console.log(`${r.code === 0 ? 'pass' : 'FAIL'}  ${r.name} (${r.seconds}s)`);
const failed = results.filter((r) => r.code !== 0);
console.log(failed.length === 0 ? 'all steps passed' : `${failed.length} step(s) failed`);
process.exit(failed.length === 0 ? 0 : 1);
