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
  const url = readUrl(doc, article, tags);
  return {
    headline: readHeadline(doc, root, article, tags, outlet),
    published: readPublished(doc, root, article, tags, url),
    outlet,
    authors: readAuthors(root, article, jsonLd, tags),
    url,
    language: readLanguage(doc, article, tags),
  };
}

/** <meta> names that carry the publication time, in the order they are trusted. */
const PUBLISHED_TAGS = [
  'article:published_time', 'og:published_time', 'rnews:datepublished', 'datepublished', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'pub_date', 'date_published', 'publication_date', 'originalpublicationdate',
  'article_date_original', 'article.published', 'date', 'dc.date.issued', 'dcterms.issued', 'dcterms.created', 'dc.date',
  'parsely-pub-date', 'sailthru.date', 'displaydate',
];

/**
 * The publication time: JSON-LD, the <meta> tags, the page's own marked-up time, and last the date many sites
 * write into the article's address (".../2010/08/13/story-slug"). Without it no "on Friday" can be dated.
 */
function readPublished(doc: Document, root: ParentNode, article: JsonLdNode | null, tags: MetaTags, url: string | null): string | null {
  return clean(stringField(article, 'datePublished')) ?? clean(firstTag(tags, ...PUBLISHED_TAGS)) ?? readTimeElement(root)
    ?? bylineTime(root) ?? dateInAddress(url) ?? dateInAddress(doc.URL) ?? printedPublicationDate(root);
}

/** Elements that may hold the printed publication date: a class or id naming it, tried in document order. */
const DATED_ELEMENTS = 'time, [class*="pub"], [class*="date"], [class*="Date"], [class*="posted"], [class*="timestamp"], [id*="date"], [id*="pub"]';
/** Class or id words that say "the publication date" (a bare "date" may be today's date in the masthead). */
const PUBLICATION_DATE_NAME = /(?:^|[\s_-])(?:pub-?date|publish(?:ed)?(?:-?(?:date|on|time))?|posted(?:-?on)?|post-?date|dateline|(?:article|entry|story|news)-?date|date-?published|date-?stamp|timestamp)(?:$|[\s_-])/i;
/** "Posted: …", "Updated: …": a date any element says is the story's, whatever it is called. */
const PUBLICATION_LABEL = /^(?:posted|published|updated|first published|last updated)\b/i;
/** A printed date with its year: "October 14, 2009", "14 Oct 2009", "10/14/2009". */
const PRINTED_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d\b/i;
const MAX_DATED_ELEMENTS = 200;

/**
 * The date a page prints by its story (`<span class="pubdate">October 14, 2009</span>`, `<time>Aug 18, 2010</time>`,
 * `<div class="date">Updated: …</div>`), for pages that put it in no tag: the first element named for a publication
 * date, or labelled as one, whose text holds a full date.
 */
function printedPublicationDate(root: ParentNode): string | null {
  const candidates = root.querySelectorAll(DATED_ELEMENTS);
  for (let i = 0; i < candidates.length && i < MAX_DATED_ELEMENTS; i++) {
    const el = candidates[i];
    const text = normalizeText(el.textContent ?? '').slice(0, 200);
    const named = el.tagName.toUpperCase() === 'TIME' || PUBLICATION_DATE_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
    if (!named && !PUBLICATION_LABEL.test(text)) continue;
    const date = PRINTED_DATE.exec(text);
    if (date) return date[0];
  }
  return null;
}

/** ".../2010/08/13/..." or ".../2010-08-13/..." in a URL's path → "2010-08-13". */
function dateInAddress(url: string | null): string | null {
  const m = url ? /\/((?:19|20)\d\d)([/-])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?:[/-]|$)/.exec(pathOf(url)) : null;
  return m ? `${m[1]}-${m[3]}-${m[4]}` : null;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
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

/**
 * A time the page marks as the publication time (schema.org itemprop, HTML5 `pubdate`, the hAtom microformat's
 * `<abbr class="published" title>`), else the first `<time datetime>` inside an `<article>`.
 */
function readTimeElement(root: ParentNode): string | null {
  const time = root.querySelector('[itemprop~="datePublished"][datetime], [itemprop~="datePublished"][content], time[pubdate][datetime], abbr.published[title], article time[datetime]');
  return clean(time?.getAttribute('datetime') ?? time?.getAttribute('content') ?? time?.getAttribute('title'));
}

/** A machine-readable time in the byline ("By Jane Doe | AP – <abbr title="2011-08-25T01:40:40Z">1 hr ago</abbr>"). */
const BYLINE_TIMES = '[class*="byline"] abbr[title], [class*="byline"] time[datetime]';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?!\d)/;

function bylineTime(root: ParentNode): string | null {
  const time = root.querySelector(BYLINE_TIMES);
  const value = clean(time?.getAttribute('datetime') ?? time?.getAttribute('title'));
  return value && ISO_DATE.test(value) ? value : null;
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
