// `npm run demo [-- FILE.html]`: builds the extension, serves the sample article on 127.0.0.1, opens it in Chromium with the
// extension loaded (a window when $DISPLAY is set, headless otherwise), and writes screenshots of the annotated
// page and of the popup for that tab to demo-output/, then prints what was found. FILE.html (a page saved from a
// browser) is shown instead of the sample article when given.
// Without Chromium it says how to install it and still prints the analysis of the sample article.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from '../tests/browser/harness';
import { chromiumMissing, PROJECT_ROOT } from '../tests/browser/support/environment';
import { analyseWithCore, demoArticle, printSummary } from './demo/article';
import { screenshotSideBySide } from './demo/side-by-side';

const OUTPUT_DIR = resolve(PROJECT_ROOT, 'demo-output');
const shown = (file: string) => relative(process.cwd(), file) || file;

async function main(): Promise<number> {
  const article = demoArticle(process.argv[2]);
  if (!article) {
    console.error('demo: no sample article found (samples/*.html) and no ../shared fixtures to fall back on.');
    return 1;
  }
  mkdirSync(OUTPUT_DIR, { recursive: true });

  const missing = chromiumMissing();
  if (missing) {
    console.log(`${missing}\nThe extension cannot be shown without it; here is what it finds in ${shown(article.file)}:\n`);
    const analysis = await analyseWithCore(article.file);
    writeFileSync(resolve(OUTPUT_DIR, 'analysis.json'), JSON.stringify(analysis, null, 1));
    printSummary(analysis);
    return 0;
  }

  const headed = Boolean(process.env.DISPLAY);
  console.log(`Building the extension and starting Chromium (${headed ? 'window on ' + process.env.DISPLAY : 'headless'})...`);
  const browser = await launchExtensionBrowser({ headed, mounts: { [article.urlPrefix]: article.dir } });
  try {
    const pageUrl = browser.server.url(`${article.urlPrefix}${basename(article.file)}`);
    const analysis = await analyseWithCore(article.file, pageUrl);
    writeFileSync(resolve(OUTPUT_DIR, 'analysis.json'), JSON.stringify(analysis, null, 1));

    const page = await browser.openPage(pageUrl);
    const highlights = await waitForHighlightCounts(browser, page);
    const files = await takeScreenshots(browser, page);

    console.log(`\nServed ${shown(article.file)} at ${pageUrl}`);
    console.log(`Extension ${browser.extensionId} loaded.`);
    if (Object.keys(highlights).length > 0) {
      console.log('Highlights on the page (CSS.highlights name: ranges):');
      for (const [name, count] of Object.entries(highlights)) console.log(`  ${name}: ${count}`);
    } else {
      console.log('No counterpoint- highlights appeared on the page within 20 s.');
    }
    // A saved page asks for its own images and styles, which are not beside it: not the extension's errors.
    const isMissingPageFile = (e: { source: string; text: string }) => e.source === pageUrl && e.text.startsWith('Failed to load resource');
    const missingFiles = browser.consoleErrors().filter(isMissingPageFile).length;
    if (missingFiles > 0) console.log(`The page asked for ${missingFiles} file(s) not saved beside it (its own images or styles).`);
    const errors = browser.consoleErrors().filter((e) => !isMissingPageFile(e));
    if (errors.length > 0) {
      console.log(`Console errors (${errors.length}):`);
      for (const e of errors.slice(0, 10)) console.log(`  ${e.source}: ${e.text}`);
    }
    console.log('\nScreenshots:');
    for (const file of files) console.log(`  ${shown(file)}`);
    console.log(`  ${shown(resolve(OUTPUT_DIR, 'analysis.json'))} (the core's analysis)\n`);
    printSummary(analysis);

    if (headed && process.stdin.isTTY) {
      console.log('\nThe browser stays open to explore; press Enter here to close it.');
      await new Promise((done) => process.stdin.once('data', done));
    }
  } finally {
    await browser.close();
    process.stdin.pause();
  }
  return 0;
}

/** Waits for the content script's highlights and counts the ranges under each `counterpoint-` name. */
async function waitForHighlightCounts(browser: ExtensionBrowser, page: Page): Promise<Record<string, number>> {
  try {
    await browser.waitForHighlights(page, 20_000);
  } catch {
    return {};
  }
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('counterpoint-')) counts[name] = highlight.size;
    });
    return counts;
  });
}

async function takeScreenshots(browser: ExtensionBrowser, page: Page): Promise<string[]> {
  const articleShot = resolve(OUTPUT_DIR, 'article.png');
  const articleFull = resolve(OUTPUT_DIR, 'article-full.png');
  const popupShot = resolve(OUTPUT_DIR, 'popup.png');
  const overview = resolve(OUTPUT_DIR, 'overview.png');

  // Bring the first highlighted quote into view (a third of the way down), so the shot shows the annotations.
  await page.evaluate(() => {
    let top: number | null = null;
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('counterpoint-')) return;
      for (const range of highlight) {
        const y = (range as Range).getBoundingClientRect().top + window.scrollY;
        if (y > 0 && (top === null || y < top)) top = y;
      }
    });
    if (top !== null) window.scrollTo(0, Math.max(0, top - window.innerHeight / 3));
  });
  await page.waitForTimeout(300);
  await page.screenshot({ path: articleShot });
  await page.screenshot({ path: articleFull, fullPage: true });

  const tabId = await browser.tabIdOf(page);
  const popup = await browser.openPopup(tabId);
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.waitForTimeout(1500); // let the popup fetch the tab's analysis and render it
  // The real popup has its own size (the browser fits its window to the content): crop the tab to it.
  const popupHeight = await popup.evaluate(() => {
    const app = document.getElementById('app');
    return Math.ceil(app?.getBoundingClientRect().bottom || document.documentElement.scrollHeight);
  });
  await popup.screenshot({ path: popupShot, clip: { x: 0, y: 0, width: 420, height: Math.min(Math.max(popupHeight, 200), 900) } });

  await screenshotSideBySide(browser.context, articleShot, popupShot, overview);
  return [articleShot, articleFull, popupShot, overview];
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
