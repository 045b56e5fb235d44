// JSON-LD blocks of a page: the nodes they describe, tolerant of the malformed JSON real sites ship.

export type JsonLdNode = Record<string, unknown>;

/** schema.org types of a news or blog article (NewsArticle's subtypes included). */
const ARTICLE_TYPES = new Set([
  'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle',
  'ReviewNewsArticle', 'AskPublicNewsArticle', 'Article', 'BlogPosting', 'LiveBlogPosting', 'Report',
]);
/** Types that say the page itself is a listing, a search or an application. */
const NON_ARTICLE_PAGE_TYPES = new Set([
  'CollectionPage', 'SearchResultsPage', 'ItemList', 'WebApplication', 'SoftwareApplication', 'Product', 'ProfilePage',
  'ContactPage', 'CheckoutPage',
]);

/** Scripts larger than this are skimmed with patterns instead of parsed (a hostile 5 MB blob). */
const MAX_PARSE_CHARS = 512 * 1024;

export interface JsonLdReading {
  /** The first node typed as an article, or null. */
  article: JsonLdNode | null;
  /** Every @type seen on a top-level node (in @graph and arrays too). */
  types: string[];
  /** Nodes by @id, to resolve `"author": {"@id": "#jane"}` references. */
  byId: Map<string, JsonLdNode>;
}

export function readJsonLd(doc: ParentNode): JsonLdReading {
  const reading: JsonLdReading = { article: null, types: [], byId: new Map() };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    for (const node of topLevelNodes(parseTolerantly(script.textContent ?? ''))) {
      const types = typesOf(node);
      reading.types.push(...types);
      if (typeof node['@id'] === 'string') reading.byId.set(node['@id'], node);
      if (!reading.article && types.some((t) => ARTICLE_TYPES.has(t))) reading.article = node;
      // A WebPage whose mainEntity is the article: `{"@type":"WebPage","mainEntity":{"@type":"NewsArticle",…}}`.
      const main = node.mainEntity;
      if (!reading.article && isNode(main) && typesOf(main).some((t) => ARTICLE_TYPES.has(t))) reading.article = main;
    }
  }
  return reading;
}

export function isArticleType(types: string[]): boolean {
  return types.some((t) => ARTICLE_TYPES.has(t));
}

export function nonArticlePageType(types: string[]): string | null {
  return types.find((t) => NON_ARTICLE_PAGE_TYPES.has(t)) ?? null;
}

/** "schema:NewsArticle", "https://schema.org/NewsArticle" and ["NewsArticle"] all read as NewsArticle. */
export function typesOf(node: JsonLdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, ''));
}

export function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function topLevelNodes(value: unknown): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const queue: unknown[] = [value];
  // Arrays and @graph only: nodes nested in an ItemList's itemListElement are the listing's teasers, not the page.
  for (let i = 0; i < queue.length && i < 1000; i++) {
    const item = queue[i];
    if (Array.isArray(item)) queue.push(...item);
    else if (isNode(item)) {
      if (Array.isArray(item['@graph'])) queue.push(...item['@graph']);
      if (item['@type'] !== undefined) out.push(item);
    }
  }
  return out;
}

/**
 * JSON.parse, then the usual repairs: HTML comment or CDATA wrappers, raw newlines inside strings, trailing
 * commas, two objects back to back. When all fail, the @type and a few plain string fields are read by pattern.
 */
export function parseTolerantly(raw: string): unknown {
  let text = raw.trim();
  if (!text) return null;
  if (text.length > MAX_PARSE_CHARS) return skim(text.slice(0, 64 * 1024));
  text = text.replace(/^(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '').replace(/(-->|\/\/\s*\]\]>|\]\]>)$/, '').trim();
  const attempts = [
    text,
    text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'),
  ];
  attempts.push(`[${attempts[1].replace(/}\s*{/g, '},{')}]`);
  for (const attempt of attempts) {
    try {
      return JSON.parse(attempt);
    } catch {
      // try the next repair
    }
  }
  return skim(text);
}

/** Last resort for broken JSON: `"@type": "NewsArticle"`, `"headline": "…"` and friends by pattern. */
function skim(text: string): JsonLdNode | null {
  const types = [...text.matchAll(/"@type"\s*:\s*\[?\s*"([^"]+)"/g)].map((m) => m[1]);
  if (!types.length) return null;
  const node: JsonLdNode = { '@type': types };
  for (const field of ['headline', 'datePublished', 'inLanguage', 'url']) {
    const m = text.match(new RegExp(`"${field}"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)"`));
    if (m) node[field] = unescapeJsonString(m[1]);
  }
  const author = text.match(/"author"\s*:\s*(?:\[\s*)?(?:\{[^}]*?"name"\s*:\s*)?"((?:[^"\\]|\\.)*)"/);
  if (author) node.author = unescapeJsonString(author[1]);
  return node;
}

function unescapeJsonString(s: string): string {
  try {
    return JSON.parse(`"${s}"`) as string;
  } catch {
    return s;
  }
}
