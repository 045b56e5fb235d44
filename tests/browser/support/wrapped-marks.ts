// Reading what the wrapping fallback drew, from the page's own world: its <counterpoint-mark> elements, checked
// text node by text node against the analysis. The expected ranges come from the project's own reader and text
// model (bundled once with esbuild and evaluated in the page, which CSP does not stop), so the check finds the
// analysis' spans in the live page exactly as the content script does, without copying any of its logic.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import type { Analysis } from '../../../analysis/types';
import { PROJECT_ROOT } from './environment';

export const MARK_SELECTOR = 'counterpoint-mark';

/** What these helpers need of a page: Playwright's (Chromium) and Puppeteer's (Firefox) pages both qualify. */
export interface EvaluatingPage {
  evaluate(expression: string): Promise<unknown>;
}

/** Runs `fn(arg)` in the page, sent as source text so that either driver takes it. */
function inPage<A, R>(page: EvaluatingPage, fn: (arg: A) => R, arg: A): Promise<R> {
  return page.evaluate(`(${fn.toString()})(${JSON.stringify(arg)})`) as Promise<R>;
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

let bundle: Promise<string> | null = null;

/** page/read-article + page/text-model as one script that sets `window.__counterpointReader`. */
function readerBundle(): Promise<string> {
  bundle ??= build({
    stdin: {
      contents:
        "import { readArticle } from './page/read-article';\n" +
        "import { buildTextModel, locate } from './page/text-model';\n" +
        'window.__counterpointReader = { readArticle, buildTextModel, locate };\n',
      resolveDir: PROJECT_ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    absWorkingDir: resolve(PROJECT_ROOT),
  }).then((out) => out.outputFiles[0].text);
  return bundle;
}

export interface WrapReport {
  /** Analysis items (quotes of each kind, statistics) the reader found in the live page. */
  located: number;
  /** Text nodes inside our marks. */
  markedNodes: number;
  /** Every text node whose mark (or lack of one) disagrees with the analysis; empty when the wrapping is exact. */
  problems: string[];
}

/**
 * Compares the marks with the analysis. A text node inside an item's range must be wrapped in a mark of that
 * item's kind (statistic over quote over reported speech, as the painters rank them), a text node outside every
 * range must not be, and no range may end inside a text node (the wrapping splits exactly at the boundaries).
 */
export async function compareMarksWithAnalysis(page: EvaluatingPage, analysis: Analysis, highlightReported = true): Promise<WrapReport> {
  await page.evaluate(await readerBundle());
  return inPage(
    page,
    ([a, reported]) => {
      type Kind = 'reported' | 'quote' | 'statistic';
      const rank: Record<Kind, number> = { reported: 0, quote: 1, statistic: 2 };
      const reader = (window as unknown as { __counterpointReader: Record<string, (...args: unknown[]) => unknown> })
        .__counterpointReader;
      const reading = reader.readArticle(document) as { blocks: Element[]; paragraphs: string[] };
      const model = reader.buildTextModel(reading.blocks, reading.paragraphs);
      const items: Array<{ id: string; kind: Kind; paragraph: number; start: number; end: number }> = [
        ...a.quotes
          .filter((q) => q.kind !== 'indirect' || reported)
          .map((q) => ({ ...q, kind: (q.kind === 'indirect' ? 'reported' : 'quote') as Kind })),
        ...a.statistics.map((s) => ({ ...s, kind: 'statistic' as Kind })),
      ].filter((x) => x.end > x.start);
      const problems: string[] = [];
      const ranges: Array<{ range: Range; kind: Kind; id: string }> = [];
      for (const item of items) {
        const range = reader.locate(model, item.paragraph, item.start, item.end) as Range | null;
        if (range) ranges.push({ range, kind: item.kind, id: item.id });
        else problems.push(`${item.id}: not found in the page`);
      }
      const kindOfMark = (el: Element | null): Kind | null => {
        if (el?.localName !== 'counterpoint-mark') return null;
        const style = el.getAttribute('data-style') ?? '';
        return style === 'statistic' || style === 'reported' ? style : 'quote';
      };
      /** Characters of `node` inside `range`, as [from, to). */
      const overlap = (range: Range, node: Text): [number, number] => {
        const len = node.data.length;
        const head = range.comparePoint(node, 0);
        const tail = range.comparePoint(node, len);
        const from = head === 0 ? 0 : head > 0 ? len : range.startContainer === node ? range.startOffset : len;
        const to = tail === 0 ? len : tail < 0 ? 0 : range.endContainer === node ? range.endOffset : 0;
        return [from, Math.max(from, to)];
      };
      let markedNodes = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const node = n as Text;
        if (node.data.length === 0 || node.parentElement?.closest('script, style, counterpoint-overlay')) continue;
        let wanted: Kind | null = null;
        const ids: string[] = [];
        for (const { range, kind, id } of ranges) {
          const [from, to] = overlap(range, node);
          if (to <= from) continue;
          if (from > 0 || to < node.data.length) problems.push(`${id}: a range ends inside the text "${node.data}"`);
          ids.push(id);
          if (wanted === null || rank[kind] > rank[wanted]) wanted = kind;
        }
        const actual = kindOfMark(node.parentElement);
        if (actual) markedNodes++;
        if (node.parentElement?.parentElement?.closest('counterpoint-mark')) problems.push(`nested marks around "${node.data}"`);
        if (actual !== wanted && node.data.trim() !== '') {
          problems.push(`"${node.data.trim()}": marked ${actual ?? 'nothing'}, analysis says ${wanted ?? 'nothing'} (${ids.join(',')})`);
        }
      }
      return { located: ranges.length, markedNodes, problems };
    },
    [analysis, highlightReported] as const,
  );
}

/** The marks' text, whitespace collapsed, in document order (a quote split by a link gives several). */
export function markTexts(page: EvaluatingPage): Promise<string[]> {
  return inPage(
    page,
    () => [...document.querySelectorAll('counterpoint-mark')].map((m) => (m.textContent ?? '').replace(/\s+/g, ' ')),
    null,
  );
}

/** Waits until the page has marks and their text has not changed for `quietMs`; returns it. */
export async function waitForStableMarks(page: EvaluatingPage, quietMs = 1500, timeoutMs = 20_000): Promise<string[]> {
  const started = Date.now();
  let previous = '';
  let since = Date.now();
  for (;;) {
    const texts = await markTexts(page);
    const now = JSON.stringify(texts);
    if (now !== previous) {
      previous = now;
      since = Date.now();
    } else if (texts.length > 0 && Date.now() - since >= quietMs) {
      return texts;
    }
    if (Date.now() - started > timeoutMs) throw new Error(`the marks did not settle: ${now}`);
    await pause(200);
  }
}

/** Viewport point over the first line of the first mark whose text includes `text` (scrolled into view first). */
export function pointOverMark(page: EvaluatingPage, text: string): Promise<{ x: number; y: number } | null> {
  return inPage(page, (wanted: string) => {
    const mark = [...document.querySelectorAll('counterpoint-mark')].find((m) =>
      (m.textContent ?? '').replace(/\s+/g, ' ').includes(wanted),
    );
    if (!mark) return null;
    mark.scrollIntoView({ block: 'center' });
    const rect = mark.getClientRects()[0];
    return { x: rect.left + Math.min(12, rect.width / 2), y: rect.top + rect.height / 2 };
  }, text);
}
