// The articles the benchmark runs on: the shared fixtures (read at run time, never copied into the project) and
// the project's own sample, each parsed once into a happy-dom document so HTML parsing is left out of every timing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ArticleMeta } from '../analysis/types';
import { loadPage } from '../cli/load-page';
import { readArticle } from '../page/read-article';
import { isTextRun, runNodes, type BodyBlock } from '../page/reader/body/text-run';
import { PROJECT_ROOT, SHARED_FIXTURES_DIR } from '../tests/browser/support/environment';

export interface GoldQuote {
  text: string;
  fragment?: boolean;
}

export interface BenchArticle {
  name: string;
  source: 'fixture' | 'sample';
  document: Document;
  paragraphs: string[];
  meta: ArticleMeta;
  words: number;
  /** Gold quotes, when a .gold.json sits beside the page. */
  goldQuotes: GoldQuote[] | null;
}

export const SAMPLE_PATH = resolve(PROJECT_ROOT, 'samples/harbour-strike.html');

/** The fixtures (or why there are none) and the sample. */
export function loadCorpus(): { articles: BenchArticle[]; skipped: string[] } {
  const skipped: string[] = [];
  const paths: Array<[string, BenchArticle['source']]> = [];
  if (existsSync(SHARED_FIXTURES_DIR)) {
    for (const f of readdirSync(SHARED_FIXTURES_DIR).sort()) if (f.endsWith('.html')) paths.push([join(SHARED_FIXTURES_DIR, f), 'fixture']);
  } else skipped.push(`shared fixtures: not found at ${SHARED_FIXTURES_DIR} (check out ../shared beside the project)`);
  if (existsSync(SAMPLE_PATH)) paths.push([SAMPLE_PATH, 'sample']);
  else skipped.push(`sample: not found at ${SAMPLE_PATH}`);

  const articles: BenchArticle[] = [];
  for (const [path, source] of paths) {
    const page = loadPage(readFileSync(path, 'utf8'), `https://bench.example/${basename(path)}`);
    const reading = readArticle(page.document);
    if (!reading.isArticle) {
      skipped.push(`${basename(path)}: not read as an article (${reading.reason})`);
      continue;
    }
    const goldPath = path.replace(/\.html$/, '.gold.json');
    const gold = existsSync(goldPath) ? (JSON.parse(readFileSync(goldPath, 'utf8')) as { quotes?: GoldQuote[] }) : null;
    articles.push({
      name: basename(path, '.html'),
      source,
      document: page.document,
      paragraphs: reading.paragraphs,
      meta: reading.meta,
      words: countWords(reading.paragraphs),
      goldQuotes: gold ? (gold.quotes ?? []) : null,
    });
  }
  return { articles, skipped };
}

export function countWords(paragraphs: string[]): number {
  return paragraphs.reduce((n, p) => n + (p.match(/\S+/g)?.length ?? 0), 0);
}

/** The article's own paragraphs, `times` over, in memory: a long article of real prose, not lorem ipsum. */
export function repeatParagraphs(paragraphs: string[], times: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < times; i++) out.push(...paragraphs);
  return out;
}

/**
 * A copy of the article's document whose body blocks appear `times` over (each repeat after the last block), so
 * Readability parses the same longer article our analysis gets. Built once per scale, outside every timing.
 */
export function repeatedDocument(article: BenchArticle, times: number): Document {
  const copy = article.document.cloneNode(true) as Document;
  if (times <= 1) return copy;
  const { blocks } = readArticle(copy);
  const last = blocks.at(-1);
  if (!last) return copy;
  // After the last block's own nodes; a run of loose text is copied into a <p> so that it stays one paragraph.
  const lastNode = isTextRun(last) ? runNodes(last).at(-1) : last;
  if (!lastNode?.parentNode) return copy;
  const parent = lastNode.parentNode;
  const anchor = lastNode.nextSibling;
  const copyOf = (block: BodyBlock): Node => {
    if (!isTextRun(block)) return block.cloneNode(true);
    const p = copy.createElement('p');
    for (const node of runNodes(block)) p.appendChild(node.cloneNode(true));
    return p;
  };
  for (let i = 1; i < times; i++) for (const block of blocks) parent.insertBefore(copyOf(block), anchor);
  return copy;
}
