// Where the analysis spends its time: a CPU profile (the same V8 sampler as `node --cpu-prof`, taken in-process
// through node:inspector) of repeated analyses of one article, time summed by pass (the function analyzeArticle
// called: findSides, attributeQuotes, …) and by the nearest function of our own (library and regex time included). The raw profile is written for DevTools.
import { Session, type Profiler } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { analyzeArticle } from '../analysis';
import { PROJECT_ROOT } from '../tests/browser/support/environment';
import { countWords, repeatParagraphs, type BenchArticle } from './corpus';
import { round3 } from './measure';

export interface ProfileShare {
  where: string;
  selfMs: number;
  share: number;
}

export interface ProfileResult {
  article: string;
  times: number;
  words: number;
  runs: number;
  totalMs: number;
  /** Inclusive time per pass (the frame just below analyzeArticle). */
  byPass: ProfileShare[];
  byFunction: ProfileShare[];
  file: string;
}

const post = <T>(session: Session, method: string, params?: object) =>
  new Promise<T>((done, fail) => session.post(method, params ?? {}, (err, result) => (err ? fail(err) : done(result as T))));

/** Profiles `runs` analyses of the article repeated `times` over (in memory). */
export async function profileAnalysis(article: BenchArticle, times: number, runs: number, outFile: string): Promise<ProfileResult> {
  const paragraphs = repeatParagraphs(article.paragraphs, times);
  analyzeArticle(article.paragraphs, article.meta); // warm: the profile shows steady state, not module start-up
  const session = new Session();
  session.connect();
  try {
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: 200 });
    await post(session, 'Profiler.start');
    for (let i = 0; i < runs; i++) analyzeArticle(paragraphs, article.meta);
    const { profile } = await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop');
    writeFileSync(outFile, JSON.stringify(profile));
    const words = countWords(paragraphs);
    return { article: article.name, times, words, runs, ...summariseProfile(profile), file: relative(PROJECT_ROOT, outFile) };
  } finally {
    session.disconnect();
  }
}

function summariseProfile(profile: Profiler.Profile): Pick<ProfileResult, 'totalMs' | 'byPass' | 'byFunction'> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const passes = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // The first delta runs from Profiler.start to the first sample: it is the profiler's own start-up.
  for (let i = 1; i < samples.length; i++) {
    const us = deltas[i] ?? 0;
    const leaf = byId.get(samples[i]);
    if (!leaf) continue;
    if (leaf.callFrame.functionName === '(garbage collector)') {
      add(passes, '(garbage collector)', us);
      add(functions, '(garbage collector)', us);
      total += us;
      continue;
    }
    // Walk up: the nearest frame of our own code names the function; the frame just below analyzeArticle the pass.
    let own: string | null = null;
    let pass: string | null = null;
    let childOfTop: Profiler.ProfileNode | null = null;
    for (let id: number | undefined = leaf.id; id !== undefined; id = parentOf.get(id)) {
      const node = byId.get(id)!;
      const { url, functionName, columnNumber } = node.callFrame;
      if (!own && isOwnCode(url)) own = `${functionName || `(anonymous, col ${columnNumber})`} ${shortPath(url)}`;
      if (functionName === 'analyzeArticle' && url.endsWith('/analysis/index.ts')) {
        pass = childOfTop ? `${childOfTop.callFrame.functionName || '(inline)'} ${shortPath(childOfTop.callFrame.url)}` : 'analyzeArticle itself';
        break;
      }
      childOfTop = node;
    }
    if (!pass) continue; // not the analysis: the benchmark loop, the profiler
    total += us;
    add(passes, pass, us);
    add(functions, own ?? leaf.callFrame.functionName, us);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([where, us]) => ({ where, selfMs: round3(us / 1000), share: round3(us / total) }));
  return { totalMs: round3(total / 1000), byPass: top(passes, 12), byFunction: top(functions, 15) };
}

export interface PassGrowth {
  pass: string;
  msPer1000WordsAt1x: number;
  msPer1000WordsAtN: number;
  growth: number;
}

/** Each pass's profiled cost per 1,000 words per run, short article against long: the pass that grows is the culprit. */
export function passGrowth(short: ProfileResult, long: ProfileResult): PassGrowth[] {
  const perWord = (p: ProfileResult, ms: number) => (ms / p.runs / p.words) * 1000;
  return short.byPass.map((s) => {
    const l = long.byPass.find((x) => x.where === s.where);
    const a = perWord(short, s.selfMs);
    const b = l ? perWord(long, l.selfMs) : 0;
    return { pass: s.where, msPer1000WordsAt1x: round3(a), msPer1000WordsAtN: round3(b), growth: round3(a ? b / a : NaN) };
  });
}

function add(m: Map<string, number>, key: string, us: number) {
  m.set(key, (m.get(key) ?? 0) + us);
}

function isOwnCode(url: string): boolean {
  return url.startsWith(`file://${PROJECT_ROOT}/`) && !url.includes('/node_modules/') && !url.includes('/bench/');
}

function shortPath(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const lib = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (lib) return `node_modules/${lib[1]}`;
  return path.startsWith(PROJECT_ROOT) ? relative(PROJECT_ROOT, path) : path;
}
