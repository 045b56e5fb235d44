// `tsx scripts/build-extension.ts chrome|firefox [--force]`: builds the extension unless the output is
// already newer than every source file (shares the lock and freshness check of the test harness).
import { ensureBuilt, type TargetBrowser } from '../tests/browser/support/build';

const browser = process.argv[2] as TargetBrowser;
if (browser !== 'chrome' && browser !== 'firefox') {
  console.error('usage: tsx scripts/build-extension.ts chrome|firefox [--force]');
  process.exit(2);
}
const dir = await ensureBuilt(browser, { force: process.argv.includes('--force') });
console.log(`${browser} build ready: ${dir}`);
