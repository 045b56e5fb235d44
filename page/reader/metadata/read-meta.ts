// The article's metadata from JSON-LD first, then <meta> tags, then the visible page.
import type { ArticleMeta } from '../../../analysis/types';
import { normalizeText } from '../../../analysis/document';
import { decodeEntities } from './entities';
import { isNode, type JsonLdNode, type JsonLdReading } from './json-ld';
import { firstTag, type MetaTags } from './meta-tags';

export interface MetaSources {
  jsonLd: JsonLdReading;
  tags: MetaTags;
}

export function readMeta(doc: Document, root: ParentNode, { jsonLd, tags }: MetaSources): ArticleMeta {
  const article = jsonLd.article;
  const outlet = readOutlet(article, jsonLd, tags) ?? outletFromTitle(doc.title);
  return {
    headline: readHeadline(doc, root, article, tags, outlet),
    published: clean(stringField(article, 'datePublished')) ?? clean(firstTag(tags, 'article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publication_date', 'date', 'dc.date.issued', 'dc.date', 'parsely-pub-date', 'sailthru.date')) ?? readTimeElement(root),
    outlet,
    authors: readAuthors(root, article, jsonLd, tags),
    url: readUrl(doc, article, tags),
    language: readLanguage(doc, article, tags),
  };
}

function readHeadline(doc: Document, root: ParentNode, article: JsonLdNode | null, tags: MetaTags, outlet: string | null): string | null {
  const given = clean(stringField(article, 'headline')) ?? clean(firstTag(tags, 'og:title', 'twitter:title', 'headline'));
  if (given) return given;
  const h1 = root.querySelector('h1');
  if (h1) return clean(h1.textContent);
  return stripOutletSuffix(clean(doc.title), outlet);
}

/** "Strike talks collapse | The Harbour Gazette" → "Strike talks collapse". */
function stripOutletSuffix(title: string | null, outlet: string | null): string | null {
  if (!title) return null;
  const cut = title.match(/^(.*\S)\s+[|–—-]\s+([^|–—-]+)$/);
  if (cut && (!outlet || cut[2].trim() === outlet)) return cut[1];
  return title;
}

function readOutlet(article: JsonLdNode | null, jsonLd: JsonLdReading, tags: MetaTags): string | null {
  const publisher = resolve(article?.publisher, jsonLd);
  const fromPublisher = isNode(publisher) ? clean(stringField(publisher, 'name')) : clean(typeof publisher === 'string' ? publisher : null);
  return fromPublisher ?? clean(firstTag(tags, 'og:site_name', 'application-name', 'publisher', 'dc.publisher'));
}

/** "Library to stay open | Eastfield Weekly" → "Eastfield Weekly": the last part, when it is short like a name. */
function outletFromTitle(title: string | null | undefined): string | null {
  const cut = clean(title)?.match(/\s[|–—-]\s([^|–—-]{2,40})$/);
  const name = cut?.[1].trim();
  return name && name.split(/\s+/).length <= 5 ? name : null;
}

function readAuthors(root: ParentNode, article: JsonLdNode | null, jsonLd: JsonLdReading, tags: MetaTags): string[] {
  const fromJsonLd = namesOf(article?.author, jsonLd);
  if (fromJsonLd.length) return fromJsonLd;
  const tagged = firstTag(tags, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator');
  if (tagged && !/^https?:/i.test(tagged)) return splitNames(tagged);
  const marked = [...root.querySelectorAll('[rel~="author"], [itemprop~="author"]')].slice(0, 20);
  const named = marked.map((el) => el.querySelector('[itemprop~="name"]') ?? el);
  return dedupe(named.map((el) => cleanName(el.textContent ?? '')).filter(isName));
}

/** `"author": "Jane Doe"`, `{"name": …}`, `[{…}, {…}]` or `{"@id": "#jane"}` pointing into the @graph. */
function namesOf(value: unknown, jsonLd: JsonLdReading): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const names: string[] = [];
  for (const item of list.slice(0, 20)) {
    const node = resolve(item, jsonLd);
    if (typeof node === 'string') names.push(...splitNames(node));
    else if (isNode(node) && typeof node.name === 'string') names.push(cleanName(node.name));
  }
  return dedupe(names.filter(isName));
}

function resolve(value: unknown, jsonLd: JsonLdReading): unknown {
  if (isNode(value) && typeof value['@id'] === 'string' && value.name === undefined) return jsonLd.byId.get(value['@id']) ?? value;
  return value;
}

/** "Jane Doe and John Roe", "Jane Doe, John Roe" → two names. */
function splitNames(text: string): string[] {
  return text.split(/\s*(?:,|;|&|\band\b)\s*/).map(cleanName).filter(isName);
}

function cleanName(text: string): string {
  return normalizeText(decodeEntities(text)).replace(/^by\s+/i, '');
}

function isName(name: string): boolean {
  return name.length >= 2 && name.length <= 80 && !/^https?:|[@/]/.test(name);
}

function readUrl(doc: Document, article: JsonLdNode | null, tags: MetaTags): string | null {
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  const main = article?.mainEntityOfPage;
  const candidates = [canonical, firstTag(tags, 'og:url'), stringField(article, 'url'), typeof main === 'string' ? main : isNode(main) ? stringField(main, '@id') : null, doc.URL];
  for (const candidate of candidates) {
    const url = absoluteHttpUrl(candidate, doc.URL);
    if (url) return url;
  }
  return null;
}

function absoluteHttpUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = /^https?:/i.test(base) ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function readLanguage(doc: Document, article: JsonLdNode | null, tags: MetaTags): string | null {
  const fromPage = doc.documentElement?.getAttribute('lang') ?? stringField(article, 'inLanguage') ?? firstTag(tags, 'content-language', 'og:locale', 'language');
  const tag = fromPage?.trim().replace(/_/g, '-');
  return tag && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}

/** A `<time datetime>` the page marks as the publication time, else the first one inside an `<article>`. */
function readTimeElement(root: ParentNode): string | null {
  const time = root.querySelector('[itemprop~="datePublished"][datetime], [itemprop~="datePublished"][content], article time[datetime]');
  return clean(time?.getAttribute('datetime') ?? time?.getAttribute('content'));
}

function stringField(node: JsonLdNode | null | undefined, field: string): string | null {
  const value = node?.[field];
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return null;
}

function clean(text: string | null | undefined): string | null {
  if (!text) return null;
  const out = normalizeText(decodeEntities(text));
  return out || null;
}

function dedupe(names: string[]): string[] {
  return [...new Set(names)];
}
