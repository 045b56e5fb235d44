// The text of one body block, as the reader and the highlighter must both see it.
// One place on purpose: analysis offsets are mapped back onto the block through this exact text.
import { normalizeText } from '../../analysis/document';
import { isTextRun, runNodes, type BodyBlock } from './body/text-run';

/** Elements whose content is never read as text (a <script> inside a <p> is not prose). */
export const SILENT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT']);
/**
 * Elements that separate words even with no white space around them in the source: "line one<br>line two",
 * or an embedded post's "<p>Post text.</p>— Name (@handle)". Each counts as one space at its start and its end.
 */
export const WORD_BREAK_TAGS = new Set([
  'BR', 'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'SECTION',
  'ARTICLE', 'TABLE', 'TR', 'TD', 'TH', 'FIGURE', 'PRE', 'HR', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'ADDRESS',
]);

/** Where a walk over the block's text starts: the element itself, or the run's nodes (last on top). */
export function walkStart(block: BodyBlock): Node[] {
  return isTextRun(block) ? runNodes(block).reverse() : [block];
}

/**
 * The block's text, whitespace-normalised: its textContent, except that a word-breaking element inside it
 * (<br>, a nested <p>) counts as a space and script/style/noscript/template content is skipped.
 * Drop caps stay joined: "<strong>W</strong>hat" is "What".
 */
export function blockText(block: BodyBlock): string {
  if (!isTextRun(block) && !block.firstElementChild) return normalizeText(block.textContent ?? '');
  let text = '';
  // Iterative walk: a hostile page can nest thousands of levels inside one paragraph.
  // A `null` on the stack marks the end of a word-breaking element.
  const stack: (Node | null)[] = walkStart(block);
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      text += ' ';
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === 3) {
      text += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (node !== block) {
      if (SILENT_TAGS.has(tag)) continue;
      if (WORD_BREAK_TAGS.has(tag)) {
        text += ' ';
        stack.push(null);
      }
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return normalizeText(text);
}

/** Words in a normalised text: runs of non-space characters. */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** Share of the block's characters that sit inside links: 1 for "Read more: <a>…</a>"-only blocks. */
export function linkDensity(block: BodyBlock, textLength: number): number {
  if (textLength === 0) return 0;
  let linked = 0;
  for (const node of isTextRun(block) ? runNodes(block) : [block]) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.tagName.toUpperCase() === 'A') linked += normalizeText(el.textContent ?? '').length;
    else if (el.firstElementChild) for (const a of el.getElementsByTagName('a')) linked += normalizeText(a.textContent ?? '').length;
  }
  return Math.min(1, linked / textLength);
}
