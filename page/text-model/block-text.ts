// One block element's text in the analysis' offset space, with the way back to the DOM.
// The analysis counts offsets in the block's textContent with white-space runs collapsed to one space and the
// ends trimmed (analysis/document/normalize.ts). Here we walk the same Text nodes in the same order and remember,
// for every normalised character, which node and offset it came from, so that "paragraph 3, 12..40" becomes a
// DOM Range even when the words run across <a>, <em> or <span> ("said <a>the minister</a>, adding").
// One pass over the text, linear in its length.

/** The characters `\s` matches in JavaScript, so that we collapse exactly what normalizeText collapses. */
import { SILENT_TAGS, WORD_BREAK_TAGS, walkStart } from '../reader/block-text';
import { blockElement, type BodyBlock } from '../reader/body/text-run';

export function isJsWhiteSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export interface DomPoint {
  node: Text;
  offset: number;
}

export interface BlockText {
  block: BodyBlock;
  /** The normalised text: equal to the reader's blockText(block). */
  text: string;
  /** The Text nodes in document order. */
  nodes: Text[];
  /** For normalised character i: index into `nodes`, and the offset in that node of its source character. */
  charNode: Int32Array;
  charOffset: Int32Array;
}

/**
 * Walks the Text nodes under `block` in document order, reading them exactly as the reader's `blockText` does
 * (page/reader/block-text.ts): script/style content is skipped, and a word-breaking element inside the block
 * (<br>, a nested <p>) counts as a space. Otherwise "line one<br>line two" would read as "line oneline two" here
 * and the block would never match the analysed paragraph.
 */
export function readBlockText(block: BodyBlock): BlockText {
  const nodes: Text[] = [];
  const chars: string[] = [];
  const nodeIdx: number[] = [];
  const offsets: number[] = [];
  // A white-space run (or a word break) is written as one space only when a non-space follows it (that trims
  // the end), and never before the first character (that trims the start).
  let pendingSpace: { node: number; offset: number } | null = null;
  let breakPending = false;
  // Iterative walk: a hostile page can nest thousands of levels inside one paragraph. `null` marks the end of a
  // word-breaking element.
  const stack: (Node | null)[] = walkStart(block);
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      breakPending = true;
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === 3) {
      const text = node as Text;
      const k = nodes.push(text) - 1;
      const data = text.data;
      for (let i = 0; i < data.length; i++) {
        if (isJsWhiteSpace(data.charCodeAt(i))) {
          if (!pendingSpace && chars.length > 0) pendingSpace = { node: k, offset: i };
          continue;
        }
        if (!pendingSpace && breakPending && chars.length > 0) pendingSpace = { node: k, offset: i };
        breakPending = false;
        if (pendingSpace) {
          chars.push(' ');
          nodeIdx.push(pendingSpace.node);
          offsets.push(pendingSpace.offset);
          pendingSpace = null;
        }
        chars.push(data[i]);
        nodeIdx.push(k);
        offsets.push(i);
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    if (node !== block) {
      const tag = (node as Element).tagName.toUpperCase();
      if (SILENT_TAGS.has(tag)) continue;
      if (WORD_BREAK_TAGS.has(tag)) {
        breakPending = true;
        stack.push(null);
      }
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return { block, text: chars.join(''), nodes, charNode: Int32Array.from(nodeIdx), charOffset: Int32Array.from(offsets) };
}

/** The DOM point just before normalised character `i`. */
export function pointBefore(model: BlockText, i: number): DomPoint {
  return { node: model.nodes[model.charNode[i]], offset: model.charOffset[i] };
}

/** The DOM point just after normalised character `i`. */
export function pointAfter(model: BlockText, i: number): DomPoint {
  return { node: model.nodes[model.charNode[i]], offset: model.charOffset[i] + 1 };
}

/**
 * A Range over normalised offsets [start, end) of the block, or null when they do not fit the text
 * (an empty span, or offsets past the end: the page changed since it was read).
 */
export function rangeOf(model: BlockText, start: number, end: number): Range | null {
  if (!(start >= 0 && end > start && end <= model.text.length)) return null;
  const from = pointBefore(model, start);
  const to = pointAfter(model, end - 1);
  if (!from.node.isConnected || !to.node.isConnected) return null;
  const range = blockElement(model.block).ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * The normalised offset of a DOM point inside the block (the caret under the pointer), or -1 when the
 * node is not one of the block's Text nodes. A point inside a collapsed white-space run maps to the next character.
 */
export function offsetOfPoint(model: BlockText, node: Node, offset: number, nodeIndex?: Map<Node, number>): number {
  const k = nodeIndex ? (nodeIndex.get(node) ?? -1) : model.nodes.indexOf(node as Text);
  if (k < 0) return -1;
  // The characters of node k are contiguous in the normalised text with increasing offsets: binary search.
  const { charNode, charOffset } = model;
  let lo = 0;
  let hi = charNode.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (charNode[mid] < k || (charNode[mid] === k && charOffset[mid] < offset)) lo = mid + 1;
    else hi = mid;
  }
  // lo is the first character at or after (k, offset); a caret just past a node's last character belongs to it.
  if (lo >= charNode.length) return charNode.length - 1;
  if (charNode[lo] !== k && lo > 0 && charNode[lo - 1] === k) return lo - 1;
  return lo;
}
