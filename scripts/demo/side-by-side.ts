// Puts the article screenshot and the popup screenshot side by side in one picture (for the README),
// the way a reader sees them: the page, with the popup open beside it.
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';

export async function screenshotSideBySide(
  context: BrowserContext,
  leftPng: string,
  rightPng: string,
  outPng: string,
): Promise<void> {
  const dataUrl = (file: string) => `data:image/png;base64,${readFileSync(file).toString('base64')}`;
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 1280 + 420 + 48, height: 900 });
    await page.setContent(`<!doctype html>
      <style>
        body { margin: 0; padding: 16px; background: #e5e7eb; display: flex; gap: 16px; align-items: flex-start; }
        img { display: block; border-radius: 6px; box-shadow: 0 2px 10px rgb(0 0 0 / 0.25); background: #fff; }
        .popup { width: 420px; max-height: 900px; object-fit: cover; object-position: top; }
      </style>
      <img src="${dataUrl(leftPng)}" width="1280" height="900">
      <img class="popup" src="${dataUrl(rightPng)}">`);
    await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
    await page.screenshot({ path: outPng, fullPage: true });
  } finally {
    await page.close();
  }
}
