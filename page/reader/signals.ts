// Cheap evidence about a page without metadata: is there prose at all, and is it a grid of teaser cards?
// One pass over the first paragraphs, reading only their length and their card's first child: this is all the
// work a home page, a search page or a web app costs.

import { parentsOfBreaks } from './body/text-run';
import { elementsByTag } from './elements';

/** A paragraph this long is prose, not a label, a teaser line or a button. */
const LONG_PARAGRAPH_CHARS = 100;
/** Long paragraphs looked at: enough to tell a story from a grid of teasers. */
const SURVEYED = 24;
/**
 * Paragraphs examined at most: a story shows its first long paragraphs well before this, and a page of
 * thousands of one-line <p>s (a chat log, a data table) must not cost a pass over all of them.
 */
const EXAMINED = 500;

export interface ParagraphSurvey {
  /** Long paragraphs seen (at most SURVEYED). */
  long: number;
  /**
   * Cards: an element holding exactly one long paragraph and opening with a title link
   * (`<div class="card"><h3><a>Title</a></h3><p>Summary…</p></div>`, `<li><a>Result</a><p>Snippet…</p></li>`).
   * A story's paragraphs share their parent; a listing gives each summary its own card.
   */
  cards: number;
}

/** Counts long paragraphs and stops as soon as `enough` are found. */
export function countLongParagraphs(root: ParentNode, enough: number): number {
  let found = 0;
  const paragraphs = elementsByTag(root, 'p');
  for (let i = 0; i < paragraphs.length && i < EXAMINED; i++) {
    if ((paragraphs[i].textContent ?? '').length >= LONG_PARAGRAPH_CHARS && ++found >= enough) break;
  }
  return found;
}

/** <br>s looked at for paragraphs set as bare text. */
const EXAMINED_BREAKS = 500;

/**
 * Counts long runs of bare text beside <br>s (a story set as `text<br><br>text`), stopping at `enough`: the prose
 * a page without <p>s still has.
 */
export function countLooseParagraphs(root: ParentNode, enough: number): number {
  let found = 0;
  for (const parent of parentsOfBreaks(root, EXAMINED_BREAKS)) {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3 && (node.nodeValue ?? '').trim().length >= LONG_PARAGRAPH_CHARS && ++found >= enough) return found;
    }
  }
  return found;
}

export function surveyParagraphs(root: ParentNode): ParagraphSurvey {
  const perParent = new Map<Element, number>();
  let long = 0;
  const paragraphs = elementsByTag(root, 'p');
  for (let i = 0; i < paragraphs.length && i < EXAMINED; i++) {
    const p = paragraphs[i];
    if ((p.textContent ?? '').length < LONG_PARAGRAPH_CHARS) continue;
    const parent = p.parentElement;
    if (parent) perParent.set(parent, (perParent.get(parent) ?? 0) + 1);
    if (++long >= SURVEYED) break;
  }
  let cards = 0;
  for (const [parent, count] of perParent) if (count === 1 && opensWithTitleLink(parent)) cards++;
  return { long, cards };
}

function opensWithTitleLink(card: Element): boolean {
  const first = card.firstElementChild;
  if (!first || first.tagName.toUpperCase() === 'P') return false;
  const link = first.tagName.toUpperCase() === 'A' ? first : first.querySelector('a');
  return link !== null && (link.textContent ?? '').trim().length >= 20;
}

export function looksLikeListing(survey: ParagraphSurvey): boolean {
  return survey.cards >= 3 && survey.cards * 2 >= survey.long;
}
