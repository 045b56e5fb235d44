// Scratch profiler for the analysis core: each pass of analyzeArticle timed on its own, next to Readability's
// parse() of the same happy-dom document in the same process (so the ratio holds on a loaded machine).
//   node --import tsx bench/profile-core.ts [--times N] [--runs N]     warm: median of N runs per pass
//   node --import tsx bench/profile-core.ts --cold                       first call of each pass, imports included
//   node --import tsx --cpu-prof bench/profile-core.ts                   then read the .cpuprofile (top self time)
// The seed is read from ../shared at run time, never copied.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const SEED = resolve(import.meta.dirname, '../../shared/fixtures/seed-junior-doctors-strike.html');
const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const cold = args.includes('--cold');
const times = flag('--times', 1);
const runs = flag('--runs', 50);
// --profile PASS: sample only that pass's warm runs and print the top self-time functions.
const profileAt = args.indexOf('--profile');
const profiled = profileAt >= 0 ? args[profileAt + 1] : null;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const timed = async <T>(fn: () => T | Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const out = await fn();
  return [out, performance.now() - t0];
};

const [{ loadPage }, { readArticle }, { Readability }] = await Promise.all([
  import('../cli/load-page'),
  import('../page/read-article'),
  import('@mozilla/readability').then((m) => ({ Readability: m.Readability ?? (m as unknown as { default: typeof m }).default.Readability })),
]);
const page = loadPage(readFileSync(SEED, 'utf8'), 'https://bench.example/seed.html');
const reading = readArticle(page.document);
const paragraphs: string[] = [];
for (let i = 0; i < times; i++) paragraphs.push(...reading.paragraphs);
const words = paragraphs.reduce((n, p) => n + (p.match(/\S+/g)?.length ?? 0), 0);

const rows: Array<[string, number]> = [];
if (cold) {
  // Each pass's module imported and called once, in pass order: what the first page a reader opens pays.
  const [document, importDoc] = await timed(() => import('../analysis/document'));
  const [doc, buildMs] = await timed(() => document.buildDocument(paragraphs, reading.meta));
  rows.push(['buildDocument import', importDoc], ['buildDocument first call', buildMs]);
  const [quotesMod, importQuotes] = await timed(() => import('../analysis/quotes'));
  const [spans, quotesMs] = await timed(() => quotesMod.findQuotes(doc));
  rows.push(['findQuotes import', importQuotes], ['findQuotes first call', quotesMs]);
  const [speakersMod, importSpeakers] = await timed(() => import('../analysis/speakers'));
  const [found, speakersMs] = await timed(() => speakersMod.attributeQuotes(doc, spans));
  rows.push(['attributeQuotes import', importSpeakers], ['attributeQuotes first call', speakersMs]);
  const [statsMod, importStats] = await timed(() => import('../analysis/statistics'));
  const [, statsMs] = await timed(() => statsMod.findStatistics(doc));
  rows.push(['findStatistics import', importStats], ['findStatistics first call', statsMs]);
  const [timelineMod, importTimeline] = await timed(() => import('../analysis/timeline'));
  const [, timelineMs] = await timed(() => timelineMod.buildTimeline(doc, found));
  rows.push(['buildTimeline import', importTimeline], ['buildTimeline first call', timelineMs]);
  const [sidesMod, importSides] = await timed(() => import('../analysis/sides'));
  const [, sidesMs] = await timed(() => sidesMod.findSides(doc, found));
  rows.push(['findSides import', importSides], ['findSides first call', sidesMs]);
  const { analyzeArticle } = await import('../analysis');
  const [, secondMs] = await timed(() => analyzeArticle(paragraphs, reading.meta));
  rows.push(['analyzeArticle (2nd call)', secondMs]);
} else {
  const [{ analyzeArticle }, { buildDocument }, { findQuotes }, { attributeQuotes }, { findStatistics }, { buildTimeline }, { findSides }] =
    await Promise.all([
      import('../analysis'),
      import('../analysis/document'),
      import('../analysis/quotes'),
      import('../analysis/speakers'),
      import('../analysis/statistics'),
      import('../analysis/timeline'),
      import('../analysis/sides'),
    ]);
  const doc = buildDocument(paragraphs, reading.meta);
  const spans = findQuotes(doc);
  const found = attributeQuotes(doc, spans);
  const passes: Array<[string, () => unknown]> = [
    ['buildDocument', () => buildDocument(paragraphs, reading.meta)],
    ['findQuotes', () => findQuotes(doc)],
    ['attributeQuotes', () => attributeQuotes(doc, spans)],
    ['findStatistics', () => findStatistics(doc)],
    ['buildTimeline', () => buildTimeline(doc, found)],
    ['findSides', () => findSides(doc, found)],
    ['analyzeArticle', () => analyzeArticle(paragraphs, reading.meta)],
  ];
  const samples = new Map<string, number[]>(passes.map(([name]) => [name, []]));
  const readabilityMs: number[] = [];
  for (let r = 0; r < runs + 2; r++) {
    // Interleaved rounds: a burst of load hits every contender alike.
    for (const [name, fn] of passes) {
      const t0 = performance.now();
      fn();
      if (r >= 2) samples.get(name)!.push(performance.now() - t0);
    }
    if (times === 1) {
      const clone = page.document.cloneNode(true) as Document;
      const t0 = performance.now();
      new Readability(clone).parse();
      if (r >= 2) readabilityMs.push(performance.now() - t0);
    }
  }
  // The same passes chained as analyzeArticle chains them, on a fresh document each round: what each costs inside
  // a real analysis (GC from earlier passes included), which the isolated rows above can flatter.
  const chained = new Map<string, number[]>();
  const lap = (name: string, t0: number) => {
    const list = chained.get(name) ?? [];
    list.push(performance.now() - t0);
    chained.set(name, list);
    return performance.now();
  };
  for (let r = 0; r < runs; r++) {
    let t = performance.now();
    const d = buildDocument(paragraphs, reading.meta);
    t = lap('chained buildDocument', t);
    const s = findQuotes(d);
    t = lap('chained findQuotes', t);
    const f = attributeQuotes(d, s);
    t = lap('chained attributeQuotes', t);
    findStatistics(d);
    t = lap('chained findStatistics', t);
    buildTimeline(d, f);
    t = lap('chained buildTimeline', t);
    findSides(d, f);
    lap('chained findSides', t);
  }
  for (const [name, xs] of samples) rows.push([name, median(xs)]);
  for (const [name, xs] of chained) rows.push([name, median(xs)]);
  const pass = passes.find(([name]) => name === profiled);
  if (pass) await printProfile(pass[1], runs);
  if (readabilityMs.length) rows.push(['Readability.parse', median(readabilityMs)]);
}

const total = rows.find(([n]) => n === 'analyzeArticle')?.[1];
const readability = rows.find(([n]) => n === 'Readability.parse')?.[1];
console.log(`${cold ? 'cold' : `warm, median of ${runs}`} · ${times}× seed · ${words} words`);
for (const [name, ms] of rows) console.log(`${name.padEnd(28)} ${ms.toFixed(2).padStart(9)} ms`);
if (total !== undefined) console.log(`${'ms per 1,000 words'.padEnd(28)} ${((total / words) * 1000).toFixed(3).padStart(9)}`);
if (total !== undefined && readability) console.log(`${'analyzeArticle / Readability'.padEnd(28)} ${(total / readability).toFixed(3).padStart(9)}`);
page.close();

async function printProfile(fn: () => unknown, n: number) {
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  for (let i = 0; i < n; i++) fn();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples!.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const where = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/(?:main|node_modules)\//, '')}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    self.set(where, (self.get(where) ?? 0) + profile.timeDeltas![i] / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`profile of ${profiled}: ${(total / n).toFixed(2)} ms per run`);
  for (const [where, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(ms / n).toFixed(3).padStart(8)} ms  ${where}`);
}
