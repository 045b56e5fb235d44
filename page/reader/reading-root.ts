// Where the article's text lives: the document body, or an open shadow root when the page renders its story
// inside a web component (<news-story> with the paragraphs in its shadow tree).
import { elementsByTag } from './elements';
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
  let bestChars = MIN_SHADOW_PROSE_CHARS - 1;
  for (let i = 0; i < all.length && i < MAX_SCANNED_ELEMENTS; i++) {
    const shadow = all[i].shadowRoot;
    if (!shadow) continue;
    const chars = paragraphChars(shadow);
    if (chars > bestChars) {
      best = shadow;
      bestChars = chars;
    }
  }
  return best ?? body;
}

/** A shadow tree holding less paragraph text than this is a widget (a player, a comment box), not the story. */
const MIN_SHADOW_PROSE_CHARS = 200;

/** Characters of paragraph text in the first 100 paragraphs of a tree. */
function paragraphChars(root: ParentNode): number {
  const paragraphs = elementsByTag(root, 'p');
  let chars = 0;
  for (let i = 0; i < paragraphs.length && i < 100; i++) chars += (paragraphs[i].textContent ?? '').length;
  return chars;
}
