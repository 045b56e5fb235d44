// Reads a Document: detection, metadata, body paragraphs. Runs on the live page and on happy-dom in the CLI.
// TODO(page helper): this is a minimal first version to unblock the core; replace with the real reader.
import type { ArticleReading } from '../analysis/types';
import { normalizeText } from '../analysis/document';

export interface PageReading extends ArticleReading {
  /** The body's block elements, one per paragraph, same order and length as `paragraphs`. */
  blocks: Element[];
}

export function readArticle(doc: Document): PageReading {
  const root = doc.querySelector('article') ?? doc.body;
  const blocks = [...root.querySelectorAll('p, h2, h3, blockquote > p, li')].filter((el) => {
    if (el.closest('nav, aside, footer, header, figure, figcaption')) return false;
    if (el.matches('.byline, [class*="byline"]')) return false;
    return normalizeText(el.textContent ?? '').length > 0;
  });
  const published = doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ?? null;
  return {
    isArticle: blocks.length > 0,
    confidence: 0.5,
    reason: 'minimal reader',
    meta: {
      headline: doc.querySelector('h1')?.textContent?.trim() ?? null,
      published,
      outlet: doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null,
      authors: [],
      url: null,
      language: doc.documentElement.getAttribute('lang'),
    },
    paragraphs: blocks.map((el) => normalizeText(el.textContent ?? '')),
    blocks,
  };
}
