// Bundled (esbuild, IIFE) and injected into a live page by bench/browser.ts: times our reader and analysis
// against Readability's parse() on a clone of the same live document, in the page's own main thread.
import { Readability } from '@mozilla/readability';
import { analyzeArticle } from '../analysis';
import { readArticle } from '../page/read-article';

interface ProbeResult {
  rounds: number;
  readMs: number;
  analyseMs: number;
  readAndAnalyseMs: number;
  readabilityMs: number;
  isArticle: boolean;
  words: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Alternating rounds; Readability gets a fresh clone each round, cloned before its clock starts. */
function compare(rounds: number): ProbeResult {
  const read: number[] = [];
  const analyse: number[] = [];
  const both: number[] = [];
  const readability: number[] = [];
  let last = readArticle(document);
  for (let i = 0; i < rounds + 2; i++) {
    const clone = document.cloneNode(true) as Document;
    const t0 = performance.now();
    new Readability(clone).parse();
    const t1 = performance.now();
    last = readArticle(document);
    const t2 = performance.now();
    analyzeArticle(last.paragraphs, last.meta);
    const t3 = performance.now();
    if (i < 2) continue; // warm-up
    readability.push(t1 - t0);
    read.push(t2 - t1);
    analyse.push(t3 - t2);
    both.push(t3 - t1);
  }
  return {
    rounds,
    readMs: median(read),
    analyseMs: median(analyse),
    readAndAnalyseMs: median(both),
    readabilityMs: median(readability),
    isArticle: last.isArticle,
    words: last.paragraphs.reduce((n, p) => n + (p.match(/\S+/g)?.length ?? 0), 0),
  };
}

/** readArticle on a page that is not an article: the cost of turning it away. */
function earlyExit(rounds: number): { medianMs: number; maxMs: number; isArticle: boolean; reason: string } {
  const times: number[] = [];
  let reading = readArticle(document);
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    reading = readArticle(document);
    times.push(performance.now() - t0);
  }
  return { medianMs: median(times), maxMs: Math.max(...times), isArticle: reading.isArticle, reason: reading.reason ?? '' };
}

(globalThis as unknown as { counterpointBench: object }).counterpointBench = { compare, earlyExit };
