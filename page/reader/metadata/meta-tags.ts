// The page's <meta> tags as one lookup table: og:type, article:published_time, author, og:site_name…

/** A page with more <meta> tags than this is hostile or broken; the first ones are the ones that matter. */
const MAX_META_TAGS = 500;

/** Lower-cased property/name/itemprop → the first non-empty content seen for it. */
export type MetaTags = Map<string, string>;

export function readMetaTags(doc: ParentNode): MetaTags {
  const tags: MetaTags = new Map();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length && i < MAX_META_TAGS; i++) {
    const meta = metas[i];
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv'))?.trim().toLowerCase();
    // A few CMSs write `value=` where the standard says `content=`: read for what the page says of its story (its
    // date, title, author), never for og:type, whose "website" would turn an article away on that word alone.
    const content = (meta.getAttribute('content') ?? (key === 'og:type' ? null : meta.getAttribute('value')))?.trim();
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

/** The first of `keys` the page sets. */
export function firstTag(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return null;
}
