// Cheap evidence about a page without metadata: is there prose at all, and is it a list of teasers?
import { normalizeText } from '../../analysis/document';
import { isChrome } from './body/boilerplate';
import { insideAny } from './body/prose-map';

/** A paragraph this long is prose, not a label, a teaser line or a button. */
const LONG_PARAGRAPH_CHARS = 100;

/** Counts long paragraphs and stops as soon as `enough` are found: the whole check on a home page. */
export function countLongParagraphs(root: ParentNode, enough: number): number {
  let found = 0;
  for (const p of root.querySelectorAll('p')) {
    if ((p.textContent ?? '').trim().length >= LONG_PARAGRAPH_CHARS && ++found >= enough) break;
  }
  return found;
}

export interface ListingEvidence {
  /** Standalone links with a title's length ("Council approves budget after late-night vote"). */
  teaserLinks: number;
  /** Long paragraphs that are not mostly links. */
  proseParagraphs: number;
  /** `<article>` elements: listings often wrap each teaser in one. */
  articleElements: number;
}

/**
 * A search page or a listing pairs each snippet with a title link: as many title links as paragraphs.
 * An article's links sit inside its paragraphs.
 */
export function listingEvidence(container: ParentNode): ListingEvidence {
  const memo = new Map<Element, boolean>();
  let teaserLinks = 0;
  for (const a of container.querySelectorAll('a')) {
    if (a.closest('p') || insideAny(a, isChrome, memo)) continue;
    if (normalizeText(a.textContent ?? '').length >= 25) teaserLinks++;
  }
  let proseParagraphs = 0;
  for (const p of container.querySelectorAll('p')) {
    const text = normalizeText(p.textContent ?? '');
    if (text.length < LONG_PARAGRAPH_CHARS || insideAny(p, isChrome, memo)) continue;
    let linked = 0;
    for (const a of p.querySelectorAll('a')) linked += normalizeText(a.textContent ?? '').length;
    if (linked < 0.5 * text.length) proseParagraphs++;
  }
  return { teaserLinks, proseParagraphs, articleElements: container.querySelectorAll('article').length };
}

export function looksLikeListing(e: ListingEvidence): boolean {
  return e.articleElements >= 3 || (e.teaserLinks >= 4 && e.teaserLinks >= e.proseParagraphs);
}
