// Where the article's text lives: the document body, or an open shadow root when the page renders its story
// inside a web component (<news-story> with the paragraphs in its shadow tree).
import { countLongParagraphs } from './signals';

/** Elements scanned for shadow hosts; a page larger than this with no light-DOM prose is an app, not a story. */
const MAX_SCANNED_ELEMENTS = 3000;

export function findReadingRoot(doc: Document, expectArticle: boolean): ParentNode | null {
  const body = doc.body;
  if (!body) return null;
  if (countLongParagraphs(body, 3) >= 3) return body;
  // Scanning for hosts costs a pass over the elements: only for declared articles and small pages.
  const all = body.getElementsByTagName('*');
  if (!expectArticle && all.length > MAX_SCANNED_ELEMENTS) return body;
  let best: ShadowRoot | null = null;
  let bestCount = 0;
  for (let i = 0; i < all.length && i < MAX_SCANNED_ELEMENTS; i++) {
    const shadow = all[i].shadowRoot;
    if (!shadow) continue;
    const count = countLongParagraphs(shadow, 50);
    if (count > bestCount) {
      best = shadow;
      bestCount = count;
    }
  }
  return best ?? body;
}
