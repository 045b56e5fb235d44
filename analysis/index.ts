// The one public entry of the analysis core: paragraphs and metadata in, an Analysis out.
// Pure: no DOM, no browser API. The order of the passes is visible here and nowhere else.
import { buildDocument, countWords } from './document';
import { findQuotes } from './quotes';
import { attributeQuotes } from './speakers';
import { findStatistics } from './statistics';
import { buildTimeline } from './timeline';
import { findSides } from './sides';
import type { Analysis, ArticleInfo, ArticleMeta } from './types';

export type * from './types';

export interface AnalyzeOptions {
  /** Detection's verdict, carried into `article`; defaults to "an article, sure". */
  isArticle?: boolean;
  confidence?: number;
  reason?: string;
}

export function analyzeArticle(paragraphs: string[], meta: ArticleMeta, options: AnalyzeOptions = {}): Analysis {
  const doc = buildDocument(paragraphs, meta);
  const article: ArticleInfo = {
    ...meta,
    isArticle: options.isArticle ?? true,
    confidence: options.confidence ?? 1,
    reason: options.reason,
    wordCount: countWords(doc),
  };
  if (!article.isArticle) return emptyAnalysis(article);

  const quoteSpans = findQuotes(doc); //                         1. quote marks → direct/partial spans
  const { quotes, speakers } = attributeQuotes(doc, quoteSpans); // 2. speakers, attribution, reported speech
  const statistics = findStatistics(doc); //                     3. numbers with what they measure
  const timeline = buildTimeline(doc, { quotes, speakers }); //   4. dated expressions → events
  const { sides, responses } = findSides(doc, { quotes, speakers }); // 5. the dispute's parties, claim ↔ response
  const sideOf = new Map(sides.flatMap((s) => s.speakerIds.map((id) => [id, s.id] as const)));
  for (const sp of speakers) sp.side = sideOf.get(sp.id) ?? null;

  return { article, speakers, quotes, statistics, timeline, sides, responses };
}

export function emptyAnalysis(article: ArticleInfo): Analysis {
  return { article, speakers: [], quotes: [], statistics: [], timeline: [], sides: [], responses: [] };
}
