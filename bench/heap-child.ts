// Run by bench/heap.ts as `node --expose-gc --import tsx bench/heap-child.ts`, in a process of its own so the
// other measurements' garbage is not counted. Prints one JSON line: heap figures around the 100× analysis.
import { analyzeArticle } from '../analysis';
import { loadCorpus, repeatParagraphs } from './corpus';

const gc = (globalThis as unknown as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const TIMES = 100;
const REPEATS = 3;

const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const { articles } = loadCorpus();
const article = articles.find((a) => a.name.startsWith('seed')) ?? articles[0];
if (!article) throw new Error('no article to analyse');
const paragraphs = repeatParagraphs(article.paragraphs, TIMES);

// One analysis of the article itself first: modules that build their tables on first use are not growth.
analyzeArticle(article.paragraphs, article.meta);
const before = heap();
let analysis: ReturnType<typeof analyzeArticle> | null = analyzeArticle(paragraphs, article.meta);
const beforeGc = process.memoryUsage().heapUsed;
const withResult = heap();
const resultJsonBytes = JSON.stringify(analysis).length;
analysis = null;
const afterDrop = heap();
for (let i = 0; i < REPEATS; i++) analyzeArticle(paragraphs, article.meta);
const afterRepeats = heap();

const mb = (bytes: number) => Math.round((bytes / 1048576) * 100) / 100;
console.log(
  JSON.stringify({
    article: article.name,
    times: TIMES,
    words: paragraphs.reduce((n, p) => n + (p.match(/\S+/g)?.length ?? 0), 0),
    baselineMb: mb(before),
    /** Heap grown by the end of the analysis, garbage included (a floor for the peak). */
    growthBeforeGcMb: mb(beforeGc - before),
    /** Still held after a full collection while the Analysis is referenced: the result itself. */
    retainedWithResultMb: mb(withResult - before),
    resultJsonMb: mb(resultJsonBytes),
    /** Left after dropping the result: anything here is a cache or a leak. */
    leftAfterDropMb: mb(afterDrop - before),
    leftAfterRepeatsMb: mb(afterRepeats - before),
    repeats: REPEATS,
  }),
);
