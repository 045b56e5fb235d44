// What the page says it is, from its metadata alone: an article, a hint of one, not an article, or silent.
import { isArticleType, nonArticlePageType, typesOf, type JsonLdReading } from './metadata/json-ld';
import { firstTag, type MetaTags } from './metadata/meta-tags';

export type Declaration =
  /** JSON-LD (or microdata) NewsArticle/Article/BlogPosting, or og:type=article with a publication time. */
  | { kind: 'article'; reason: string; confidence: number }
  /** og:type=article without a publication time: an article if the body bears it out. */
  | { kind: 'hinted'; reason: string; confidence: number }
  /** JSON-LD SearchResultsPage, CollectionPage, ItemList, WebApplication…, or og:type=website, and no article type. */
  | { kind: 'not-article'; reason: string }
  | { kind: 'unknown'; reason: string };

export function declaredKind(jsonLd: JsonLdReading, tags: MetaTags): Declaration {
  if (jsonLd.article) return { kind: 'article', reason: `JSON-LD ${typesOf(jsonLd.article)[0]}`, confidence: 0.97 };
  const ogType = tags.get('og:type')?.toLowerCase();
  const published = firstTag(tags, 'article:published_time');
  if (ogType === 'article' && published) return { kind: 'article', reason: 'og:type=article', confidence: 0.93 };
  const pageType = nonArticlePageType(jsonLd.types);
  if (pageType) return { kind: 'not-article', reason: `JSON-LD ${pageType}` };
  // A home page or section front says og:type=website and dates nothing: turned away before the body is read.
  // (An article page that mislabels itself still has "Analyse anyway".)
  if (ogType === 'website' && !published) return { kind: 'not-article', reason: 'og:type=website' };
  if (ogType === 'article' || published) return { kind: 'hinted', reason: ogType === 'article' ? 'og:type=article (no publication time)' : 'article:published_time', confidence: 0.8 };
  return { kind: 'unknown', reason: 'readerable' };
}

/** `<div itemscope itemtype="https://schema.org/NewsArticle">`: the first few itemscopes only. */
export function microdataArticleType(doc: Document): string | null {
  const scopes = doc.querySelectorAll('[itemscope][itemtype]');
  for (let i = 0; i < scopes.length && i < 20; i++) {
    const types = (scopes[i].getAttribute('itemtype') ?? '').split(/\s+/).map((t) => t.replace(/^.*[/:#]/, ''));
    if (isArticleType(types)) return types.find((t) => isArticleType([t])) ?? null;
  }
  return null;
}
