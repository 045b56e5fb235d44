// The text of one body block, as the reader and the highlighter must both see it.
// One place on purpose: analysis offsets are mapped back onto the block through this exact text.
import { normalizeText } from '../../analysis/document';

/** Elements whose content is never read as text (a <script> inside a <p> is not prose). */
const SILENT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT']);

/**
 * The block's text, whitespace-normalised. `<br>` counts as a space ("line one<br>line two" reads as two words);
 * script/style/noscript/template content is skipped. Drop caps stay joined: "<strong>W</strong>hat" is "What".
 */
export function blockText(block: Element): string {
  if (!block.querySelector('br, script, style, noscript, template, svg, math, iframe, object')) {
    return normalizeText(block.textContent ?? '');
  }
  let text = '';
  // Iterative walk: a hostile page can nest thousands of levels inside one paragraph.
  const stack: Node[] = [block];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      text += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (node !== block && SILENT_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      text += ' ';
      continue;
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
export function linkDensity(block: Element, textLength: number): number {
  if (textLength === 0) return 0;
  let linked = 0;
  for (const a of block.querySelectorAll('a')) linked += normalizeText(a.textContent ?? '').length;
  return Math.min(1, linked / textLength);
}
