// Reads a Document: detection, metadata, body paragraphs. Runs on the live page and on happy-dom in the CLI.
// Cheap signals decide first (meta tags, JSON-LD, a count of long paragraphs), so a home page, a search page or
// a web app is turned away before anything walks the whole body.
import type { ArticleMeta, ArticleReading } from '../analysis/types';
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { countWords } from './reader/block-text';
import { collectBlocks } from './reader/body/blocks';
import { chooseContainer } from './reader/body/container';
import { measureProse } from './reader/body/prose-map';
import type { BodyBlock } from './reader/body/text-run';
import { declaredKind, microdataArticleType, type Declaration } from './reader/declared-kind';
import { readJsonLd } from './reader/metadata/json-ld';
import { readMetaTags } from './reader/metadata/meta-tags';
import { readMeta } from './reader/metadata/read-meta';
import { findReadingRoot } from './reader/reading-root';
import { countLooseParagraphs, looksLikeListing, surveyParagraphs } from './reader/signals';

export { blockText } from './reader/block-text';
export { blockElement, isBlockConnected, isTextRun, sameBlock, type BodyBlock } from './reader/body/text-run';

export interface PageReading extends ArticleReading {
  /** The body's blocks (elements, or runs of loose text), one per paragraph, same order and length as `paragraphs`. */
  blocks: BodyBlock[];
}

/** Words a page must have in its body to be read as an article, by how sure its metadata is. */
const MIN_WORDS = { declared: 20, hinted: 80, undeclared: 150 } as const;

export interface ReadOptions {
  /**
   * Read the body even when the page is not an article (the reader asked for it from the popup): the verdict
   * stays `isArticle: false` with its reason, but the paragraphs and blocks are filled in.
   */
  force?: boolean;
}

/**
 * Never throws: a page the DOM engine itself cannot walk (happy-dom's selector engine recurses, and a DOM nested
 * 10,000 levels deep exhausts its stack) is reported as unreadable, not an article, with the cause in `reason`.
 */
export function readArticle(doc: Document, options: ReadOptions = {}): PageReading {
  try {
    return readDocument(doc, options.force === true);
  } catch (e) {
    return notArticle(`unreadable page: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
}

function readDocument(doc: Document, force: boolean): PageReading {
  const tags = readMetaTags(doc);
  const jsonLd = readJsonLd(doc);
  let declared = declaredKind(jsonLd, tags);
  if (declared.kind === 'not-article' && !force) return notArticle(declared.reason);
  const root = findReadingRoot(doc, declared.kind === 'article');
  if (!root) return notArticle('no body');

  // Cheapest first: a page that declares nothing must have prose, not be a grid of teasers, and pass Readability.
  let rejection: string | null = declared.kind === 'not-article' ? declared.reason : null;
  if (declared.kind === 'unknown') {
    rejection = rejectByParagraphs(root);
    if (rejection === null) {
      // Microdata is rare and costs a pass over the attributes: looked for only once the page has prose.
      const microdata = microdataArticleType(doc);
      if (microdata) declared = { kind: 'article', reason: `microdata ${microdata}`, confidence: 0.95 };
      // Readability only sees the light DOM; a story in a shadow root has passed the checks above instead.
      else if (root === doc.body && !isProbablyReaderable(doc)) rejection = 'no article signals: not readerable';
    }
  }
  if (rejection !== null && !force) return notArticle(rejection);

  const map = measureProse(root);
  const container = chooseContainer(root, map);
  const meta = readMeta(doc, root, { jsonLd, tags });
  const { blocks, paragraphs, truncated } = collectBlocks(container, { map, headline: meta.headline });
  const words = paragraphs.reduce((n, p) => n + countWords(p), 0);
  const needed = declared.kind === 'article' ? MIN_WORDS.declared : declared.kind === 'hinted' ? MIN_WORDS.hinted : MIN_WORDS.undeclared;
  rejection ??= words < needed ? `${declared.reason}, but only ${words} words of body text` : null;
  if (rejection !== null) return force ? { ...notArticle(rejection, meta), paragraphs, blocks } : notArticle(rejection, meta);
  const reason = truncated ? `${declared.reason} (body cut at ${blocks.length} paragraphs)` : declared.reason;
  return { isArticle: true, confidence: confidenceOf(declared, words), reason, meta, paragraphs, blocks };
}

function rejectByParagraphs(root: ParentNode): string | null {
  const survey = surveyParagraphs(root);
  if (survey.long < 3 && survey.long + countLooseParagraphs(root, 3 - survey.long) < 3) return 'no article signals: too little prose';
  if (looksLikeListing(survey)) return `listing: ${survey.cards} of ${survey.long} long paragraphs are teaser cards`;
  return null;
}

function confidenceOf(declared: Declaration, words: number): number {
  const short = words < 150 ? 0.1 : 0;
  if (declared.kind === 'article') return declared.confidence - short;
  if (declared.kind === 'hinted') return declared.confidence - short;
  return Math.min(0.85, 0.6 + words / 8000);
}

const NO_META: ArticleMeta = { headline: null, published: null, outlet: null, authors: [], url: null, language: null };

function notArticle(reason: string, meta: ArticleMeta = NO_META): PageReading {
  return { isArticle: false, confidence: 0.05, reason, meta: { ...meta, authors: [...meta.authors] }, paragraphs: [], blocks: [] };
}
