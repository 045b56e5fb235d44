// The issue's goals, judged from one run's figures and reported as met or missed (never asserted in a test).
import type { BrowserResult } from './browser';
import type { EarlyExitRow } from './early-exit';
import type { ScaleResult } from './node-speed';
import { CONTENT_SCRIPT, type BundleSize } from './sizes';

export interface Goal {
  goal: string;
  measured: string;
  status: 'met' | 'missed' | 'not measured';
}

export interface GoalInputs {
  scales: ScaleResult[];
  earlyExit: EarlyExitRow[];
  sizes: BundleSize[];
  browser: BrowserResult | null;
  seedName: string | null;
}

const judged = (ok: boolean | null): Goal['status'] => (ok === null ? 'not measured' : ok ? 'met' : 'missed');
const f = (x: number, digits = 2) => x.toFixed(digits);

export function judgeGoals({ scales, earlyExit, sizes, browser, seedName }: GoalInputs): Goal[] {
  const goals: Goal[] = [];

  const seed = scales.find((s) => s.article === seedName && s.times === 1);
  // In Chromium, Readability runs on the native DOM and costs far less than on happy-dom: reported beside.
  const live = browser?.pages.find((p) => p.page === seedName)?.live;
  const inChromium = live ? `; Chromium live page: ${f(live.analyseMs / live.readabilityMs)}× (${f(live.analyseMs, 1)} ms vs ${f(live.readabilityMs, 1)} ms)` : '';
  goals.push({
    goal: 'seed analysis ≤ 0.5× Readability parse()',
    measured: seed
      ? `Node: ${f(seed.analysisToReadability)}× (${f(seed.analysis.medianMs, 1)} ms vs ${f(seed.readability.medianMs, 1)} ms; reader + analysis ${f(seed.readAndAnalyseToReadability ?? NaN)}×)${inChromium}`
      : 'no seed fixture',
    status: judged(seed ? seed.analysisToReadability <= 0.5 : null),
  });

  const growth = scales
    .filter((s) => s.times === 100 && s.perWordVs1x !== null)
    .map((long) => ({ article: long.article, ratio: long.perWordVs1x as number }));
  const worst = [...growth].sort((a, b) => b.ratio - a.ratio)[0];
  goals.push({
    goal: 'cost per word flat within 1.5× from 1× to 100×',
    measured: worst ? `ms per 1,000 words at 100× ÷ at 1× (same rounds): ${growth.map((g) => `${g.article} ${f(g.ratio)}×`).join(', ')}` : 'no 100× run',
    status: judged(worst ? worst.ratio <= 1.5 : null),
  });

  const slowestExit = [...earlyExit].sort((a, b) => b.time.medianMs - a.time.medianMs)[0];
  const chromiumExit = browser?.earlyExit;
  goals.push({
    goal: 'non-article exit < 1 ms',
    measured: slowestExit
      ? `${earlyExit.map((e) => `${e.variant}: ${f(e.time.medianMs, 3)} ms`).join('; ')}${chromiumExit ? `; Chromium live page: ${f(chromiumExit.medianMs, 3)} ms` : ''}`
      : 'not run',
    status: judged(slowestExit ? earlyExit.every((e) => !e.isArticle && e.time.medianMs < 1) && (!chromiumExit || chromiumExit.medianMs < 1) : null),
  });

  const content = sizes.find((s) => s.file === CONTENT_SCRIPT);
  goals.push({
    goal: 'content script ≤ 40 KB gzipped',
    measured: content ? `${f(content.gzipBytes / 1024, 1)} KB gzipped (${f(content.rawBytes / 1024, 1)} KB raw)` : 'no build',
    status: judged(content ? content.gzipBytes <= 40 * 1024 : null),
  });

  const seedPage = browser?.pages.find((p) => p.page === seedName);
  goals.push({
    goal: 'no task > 50 ms on the seed (Chromium)',
    measured: seedPage
      ? `longest task running our content script: ${f(seedPage.longestTaskOursMs, 0)} ms (marks in it: ${seedPage.longestTaskOursMarks.join(', ') || 'none'}); longest of any kind: ${f(seedPage.longestTaskMs, 0)} ms (longtask reports only tasks ≥ 50 ms)`
      : (browser?.skipped ?? 'not run'),
    status: judged(seedPage ? seedPage.longestTaskOursMs <= 50 : null),
  });
  return goals;
}
