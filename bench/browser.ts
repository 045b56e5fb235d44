// In real Chromium with the built extension (tests/browser/harness.ts launches it): from document_idle (the
// content script's "counterpoint:start" mark) to highlights drawn ("counterpoint:drawn"), the longest task
// (a longtask PerformanceObserver installed before the page's first script), our reader and analysis against
// Readability on a clone of the live page, and the early exit on the heavy home page.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumMissing, launchExtensionBrowser, type ExtensionBrowser } from '../tests/browser/harness';
import { PROJECT_ROOT } from '../tests/browser/support/environment';
import { HOME_PAGE } from './early-exit';
import { median, round3 } from './measure';

/** Page loads per article: the first pays for the background worker's cold start, the median does not. */
const LOADS = 5;
/** Enough rounds for the JIT to settle: with 15, the analysis was still warming up (≈20 ms against ≈13 ms at 120). */
const PROBE_ROUNDS = 60;
/** Waited after the first highlight appears, so the tasks that finish drawing are observed too. */
const SETTLE_MS = 800;

export interface LoadTiming {
  idleToDrawnMs: number;
  /** From navigation start: when the content script started, i.e. document_idle. */
  idleAtMs: number;
  longestTaskMs: number;
  /** Longest task in which one of the content script's marks fell (start, read, drawn): our own work. */
  longestTaskOursMs: number;
  /** The content script's marks inside that task: "counterpoint:read" = reading the page, ":drawn" = drawing. */
  longestTaskOursMarks: string[];
}

export interface BrowserPageResult {
  page: string;
  loads: LoadTiming[];
  idleToDrawnMedianMs: number;
  idleToDrawnFirstMs: number;
  longestTaskMs: number;
  longestTaskOursMs: number;
  longestTaskOursMarks: string[];
  live: { readMs: number; analyseMs: number; readAndAnalyseMs: number; readabilityMs: number; ratio: number; words: number } | null;
}

export interface BrowserResult {
  skipped: string | null;
  pages: BrowserPageResult[];
  earlyExit: { medianMs: number; maxMs: number; isArticle: boolean; reason: string } | null;
  chromiumVersion: string | null;
}

interface PageGlobals {
  __benchLongTasks: Array<{ start: number; duration: number }>;
  counterpointBench: {
    compare(rounds: number): { readMs: number; analyseMs: number; readAndAnalyseMs: number; readabilityMs: number; words: number };
    earlyExit(rounds: number): { medianMs: number; maxMs: number; isArticle: boolean; reason: string };
  };
}

export async function measureInChromium(pagePaths: Array<{ name: string; path: string }>): Promise<BrowserResult> {
  const missing = chromiumMissing();
  if (missing) return { skipped: missing, pages: [], earlyExit: null, chromiumVersion: null };
  const probe = await bundleProbe();
  const b = await launchWithRetry();
  try {
    await b.context.addInitScript(() => {
      const w = window as unknown as PageGlobals;
      w.__benchLongTasks = [];
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
      } catch {
        // no longtask support: the longest task is reported as 0
      }
    });
    const pages: BrowserPageResult[] = [];
    for (const { name, path } of pagePaths) pages.push(await measurePage(b, name, path, probe));
    const home = await b.openPage(`/${HOME_PAGE}`);
    await home.addScriptTag({ content: probe });
    const earlyExit = await home.evaluate((n) => (window as unknown as PageGlobals).counterpointBench.earlyExit(n), 50);
    await home.close();
    return { skipped: null, pages, earlyExit: roundAll(earlyExit), chromiumVersion: b.context.browser()?.version() ?? null };
  } finally {
    await b.close();
  }
}

/** On a loaded machine the extension's worker can miss the harness's 20 s window once; a second try is honest. */
async function launchWithRetry(): Promise<ExtensionBrowser> {
  try {
    return await launchExtensionBrowser();
  } catch (error) {
    console.log(`Chromium launch failed once (${error instanceof Error ? error.message.split('\n')[0] : String(error)}), retrying`);
    return launchExtensionBrowser();
  }
}

async function measurePage(b: ExtensionBrowser, name: string, path: string, probe: string): Promise<BrowserPageResult> {
  const loads: LoadTiming[] = [];
  let last: Page | null = null;
  for (let i = 0; i < LOADS; i++) {
    const page = await b.openPage(path);
    await b.waitForHighlights(page, 60_000);
    await page.waitForTimeout(SETTLE_MS);
    loads.push(await timingsOf(page));
    if (i < LOADS - 1) await page.close();
    else last = page;
  }
  let live: BrowserPageResult['live'] = null;
  if (last) {
    await last.addScriptTag({ content: probe });
    const r = await last.evaluate((n) => (window as unknown as PageGlobals).counterpointBench.compare(n), PROBE_ROUNDS);
    live = { ...roundAll(r), ratio: round3(r.readAndAnalyseMs / r.readabilityMs) };
    await last.close();
  }
  const idle = loads.map((l) => l.idleToDrawnMs);
  return {
    page: name,
    loads,
    idleToDrawnMedianMs: round3(median(idle)),
    idleToDrawnFirstMs: idle[0],
    longestTaskMs: Math.max(...loads.map((l) => l.longestTaskMs)),
    longestTaskOursMs: Math.max(...loads.map((l) => l.longestTaskOursMs)),
    longestTaskOursMarks: [...loads].sort((a, b) => b.longestTaskOursMs - a.longestTaskOursMs)[0]?.longestTaskOursMarks ?? [],
    live,
  };
}

async function timingsOf(page: Page): Promise<LoadTiming> {
  // No named functions inside evaluate(): tsx would wrap them in a helper the page does not have.
  const raw = await page.evaluate(() => ({
    start: performance.getEntriesByName('counterpoint:start', 'mark')[0]?.startTime ?? NaN,
    drawn: performance.getEntriesByName('counterpoint:drawn', 'mark')[0]?.startTime ?? NaN,
    marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('counterpoint:')).map((m) => ({ name: m.name, at: m.startTime })),
    tasks: (window as unknown as PageGlobals).__benchLongTasks ?? [],
  }));
  if (!Number.isFinite(raw.start) || !Number.isFinite(raw.drawn)) {
    throw new Error('the content script left no counterpoint:start / counterpoint:drawn performance marks');
  }
  const marksIn = (t: { start: number; duration: number }) => raw.marks.filter((m) => m.at >= t.start && m.at <= t.start + t.duration).map((m) => m.name);
  const ours = raw.tasks.filter((t) => marksIn(t).length > 0).sort((a, b) => b.duration - a.duration);
  return {
    idleToDrawnMs: round3(raw.drawn - raw.start),
    idleAtMs: round3(raw.start),
    longestTaskMs: round3(Math.max(0, ...raw.tasks.map((t) => t.duration))),
    longestTaskOursMs: round3(ours[0]?.duration ?? 0),
    longestTaskOursMarks: ours[0] ? marksIn(ours[0]) : [],
  };
}

async function bundleProbe(): Promise<string> {
  const out = await build({
    entryPoints: [resolve(PROJECT_ROOT, 'bench/page-probe.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

function roundAll<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? round3(v) : v])) as T;
}
