// `tsx scripts/icons/render-icons.ts`: rasterises the icon source (icon.svg, and icon-small.svg for 16 px,
// where the quote marks would blur) into public/icon/<size>.png, which WXT puts in the manifest.
// Chromium draws the SVG at each exact size, so every PNG is crisp rather than scaled down from one bitmap.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS } from '../../tests/browser/harness';
import { CHROMIUM_PATH } from '../../tests/browser/support/environment';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(here, '../../public/icon');
const SIZES = [16, 32, 48, 128];

const svgFor = (size: number) => readFileSync(resolve(here, size <= 16 ? 'icon-small.svg' : 'icon.svg'), 'utf8');

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${Buffer.from(svgFor(size)).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${src}" width="${size}" height="${size}">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const file = resolve(outDir, `${size}.png`);
    await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
}
