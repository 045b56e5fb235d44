// `npm run bench`: what Counterpoint costs a reader, measured side by side with tools people already run, in one
// process and one run, so the ratios hold on a busy machine. Prints tables and writes bench-output/results.json.
//
//   npm run bench                  everything (about 10 minutes on a loaded 2-core machine)
//   npm run bench -- --no-browser  skip Chromium (and the build it needs)
//   npm run bench -- --all-long    the 100× article for every fixture, not only the seed and the sample
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { ensureBuilt, outputDir } from '../tests/browser/support/build';
import { PROJECT_ROOT } from '../tests/browser/support/environment';
import { measureInChromium, type BrowserResult } from './browser';
import { loadCorpus, SAMPLE_PATH } from './corpus';
import { measureEarlyExit } from './early-exit';
import { judgeGoals } from './goals';
import { measureHeap } from './heap';
import { measureRecall, measureScale, type RecallRow, type ScaleResult } from './node-speed';
import { passGrowth, profileAnalysis } from './profile';
import { measureBundle } from './sizes';
import { table } from './table';

const args = new Set(process.argv.slice(2));
const OUT_DIR = resolve(PROJECT_ROOT, 'bench-output');
mkdirSync(OUT_DIR, { recursive: true });
const log = (line: string) => process.stdout.write(`${line}\n`);
const step = (what: string) => log(`… ${what} (${new Date().toISOString().slice(11, 19)})`);

const machine = {
  nproc: Number(execSync('nproc', { encoding: 'utf8' }).trim()),
  cpuModel: cpuModel(),
  node: process.version,
  loadAverage1m: Math.round(loadavg()[0] * 100) / 100,
  date: new Date().toISOString(),
  commit: gitCommit(),
};
log(`Counterpoint benchmark: ${machine.nproc} cores, ${machine.cpuModel}, node ${machine.node}, load ${machine.loadAverage1m}`);

const { articles, skipped } = loadCorpus();
for (const reason of skipped) log(`skipped ${reason}`);
const seed = articles.find((a) => a.name.startsWith('seed')) ?? null;
const sample = articles.find((a) => a.source === 'sample') ?? null;
const longOnes = args.has('--all-long') ? articles : articles.filter((a) => a === seed || a === sample);
if (!args.has('--all-long') && longOnes.length < articles.length) log('100× runs on the seed and the sample only (--all-long for every article)');

// Profiles first, on a fresh heap: the later runs leave large documents behind for the collector.
step('CPU profiles of the analysis at 1× and 100×');
const profileTarget = seed ?? sample;
const profile = profileTarget ? await profileAnalysis(profileTarget, 1, 15, resolve(OUT_DIR, 'analysis-1x.cpuprofile')) : null;
const profileLong = profileTarget ? await profileAnalysis(profileTarget, 100, 1, resolve(OUT_DIR, 'analysis-100x.cpuprofile')) : null;
const growthByPass = profile && profileLong ? passGrowth(profile, profileLong) : [];

const scales: ScaleResult[] = [];
const recall: RecallRow[] = [];
for (const article of articles) {
  step(`${article.name}: 1× and 10×`);
  scales.push(measureScale(article, 1, true), measureScale(article, 10, true));
  const r = measureRecall(article);
  if (r) recall.push(r);
}
for (const article of longOnes) {
  step(`${article.name}: 100×`);
  scales.push(measureScale(article, 100, true));
}

step('early exit on the heavy home page');
const earlyExit = measureEarlyExit();
step('heap after the 100× article (child node --expose-gc)');
const heap = measureHeap();

let browser: BrowserResult | null = null;
if (args.has('--no-browser')) log('skipped Chromium: --no-browser');
else {
  step('Chromium with the built extension');
  const pages = [
    ...(seed ? [{ name: seed.name, path: `/fixtures/${seed.name}.html` }] : []),
    ...(sample ? [{ name: sample.name, path: `/samples/${SAMPLE_PATH.split('/').pop()}` }] : []),
  ];
  try {
    browser = await measureInChromium(pages);
    if (browser.skipped) log(`skipped Chromium: ${browser.skipped}`);
  } catch (error) {
    browser = { skipped: `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, pages: [], earlyExit: null, chromiumVersion: null };
    log(`Chromium ${browser.skipped}`);
  }
}
if (args.has('--no-browser')) await ensureBuilt('chrome', { log });
const sizes = measureBundle(outputDir('chrome'));

const goals = judgeGoals({ scales, earlyExit, sizes, browser, seedName: seed?.name ?? null });

// ---- terminal ----
log(
  table(
    'Analysis in Node (happy-dom documents parsed beforehand; medians; ratio = ours / Readability parse() in the same rounds)',
    ['article', '×', 'words', 'analysis ms', 'ms/1k words', 'per word vs 1×', 'Readability ms', 'analysis/Rdb', 'read+analyse/Rdb', 'compromise ms', 'compromise/ours', 'runs'],
    scales.map((s) => [
      s.article, s.times, s.words, s.analysis.medianMs, s.analysisMsPer1000Words, s.perWordVs1x, s.readability.medianMs, s.analysisToReadability,
      s.readAndAnalyseToReadability, s.compromise?.medianMs ?? null, s.compromiseToAnalysis, s.analysis.runs,
    ]),
  ),
);
log(
  table(
    'Quote recall against the gold (non-fragment quotes, word-set Jaccard ≥ 0.8, as ../shared/eval/score.mjs)',
    ['article', 'gold quotes', 'ours found', 'ours recall', 'compromise found', 'compromise recall'],
    recall.map((r) => [r.article, r.ours.gold, r.ours.found, r.ours.recall, r.compromise.found, r.compromise.recall]),
  ),
);
log(
  table(
    'Early exit: readArticle on tests/pages/bench-home-page.html (Node, happy-dom)',
    ['variant', 'links', 'verdict', 'median ms', 'min ms', 'runs'],
    earlyExit.map((e) => [e.variant, e.links, `${e.isArticle ? 'ARTICLE' : 'not article'}: ${e.reason}`, e.time.medianMs, e.time.minMs, e.time.runs]),
  ),
);
if (browser && !browser.skipped) {
  log(
    table(
      `Chromium ${browser.chromiumVersion ?? ''} with the built extension (document_idle = the content script's start mark)`,
      ['page', 'idle→drawn median ms', 'first load ms', 'longest task, ours ms', 'its marks', 'longest task, any ms', 'live: read+analyse ms', 'Readability (clone) ms', 'ratio'],
      browser.pages.map((p) => [p.page, p.idleToDrawnMedianMs, p.idleToDrawnFirstMs, p.longestTaskOursMs, p.longestTaskOursMarks.map((m) => m.replace('counterpoint:', '')).join('+') || '-', p.longestTaskMs, p.live?.readAndAnalyseMs ?? null, p.live?.readabilityMs ?? null, p.live?.ratio ?? null]),
    ),
  );
  if (browser.earlyExit) log(`Chromium early exit on the home page: median ${browser.earlyExit.medianMs} ms, max ${browser.earlyExit.maxMs} ms (${browser.earlyExit.reason})`);
}
log(table('Built JavaScript (.output/chrome-mv3)', ['file', 'raw KB', 'gzip KB'], sizes.map((s) => [s.file, s.rawBytes / 1024, s.gzipBytes / 1024])));
if ('error' in heap) log(`\nheap: ${heap.error}`);
else
  log(
    `\nHeap, ${heap.article} ×${heap.times} (${heap.words} words): +${heap.growthBeforeGcMb} MB by the end of the analysis (before GC), ` +
      `${heap.retainedWithResultMb} MB retained with the result (JSON ${heap.resultJsonMb} MB), ${heap.leftAfterDropMb} MB left after dropping it, ` +
      `${heap.leftAfterRepeatsMb} MB after ${heap.repeats} more analyses`,
  );
if (profile) {
  log(table(`Where the analysis time goes (${profile.article}, ${profile.runs} runs, CPU profile: ${profile.file})`, ['pass', 'ms', 'share'], profile.byPass.map((p) => [p.where, p.selfMs, p.share])));
  if (profileLong)
    log(
      table(
        `Cost per 1,000 words by pass, 1× against 100× (${profileLong.file}); GC is the collector's time during the runs`,
        ['pass', 'ms/1k words at 1×', 'at 100×', 'growth'],
        growthByPass.map((g) => [g.pass, g.msPer1000WordsAt1x, g.msPer1000WordsAtN, g.growth]),
      ),
    );
  if (profileLong) log(table('Hottest functions at 100×', ['function', 'ms', 'share'], profileLong.byFunction.map((p) => [p.where, p.selfMs, p.share])));
  log(table('Hottest functions (own code, with the library and regex time they call)', ['function', 'ms', 'share'], profile.byFunction.map((p) => [p.where, p.selfMs, p.share])));
}
log(table('Goals (reported, not asserted)', ['goal', 'status', 'measured'], goals.map((g) => [g.goal, g.status.toUpperCase(), g.measured])));

const results = { machine, skipped, scales, recall, earlyExit, browser, sizes, heap, profiles: { short: profile, long: profileLong, growthByPass }, goals };
writeFileSync(resolve(OUT_DIR, 'results.json'), JSON.stringify(results, null, 1) + '\n');
log(`\nwrote bench-output/results.json`);

function cpuModel(): string {
  try {
    return readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
}

function gitCommit(): string | null {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}
