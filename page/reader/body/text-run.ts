// Paragraphs a page sets as bare text rather than as elements: older CMSs write a story as text separated by
// `<br><br>` inside one <div>, or leave a paragraph loose beside <p>s in a <blockquote>. Such a paragraph is a run
// of an element's child nodes. It is held by the nodes around it (a <br>, a block element, or the element's
// edge), never by its own nodes: the wrapping highlighter splits those, the separators stay put.
import { elementsByTag } from '../elements';

/** The child nodes of `parent` strictly between `after` and `before` (null: the parent's first or last edge). */
export interface TextRun {
  readonly parent: Element;
  readonly after: ChildNode | null;
  readonly before: ChildNode | null;
  /** One of two or more runs its element sets as paragraphs (a `<br><br>` story): a short one is still a paragraph. */
  readonly oneOfSeveral: boolean;
}

/** One paragraph of the body: an element, or a run of loose text inside one. */
export type BodyBlock = Element | TextRun;

export function isTextRun(block: BodyBlock): block is TextRun {
  return 'parent' in block && 'after' in block && 'before' in block;
}

/** The element a block lives in: itself, or the run's parent. */
export function blockElement(block: BodyBlock): Element {
  return isTextRun(block) ? block.parent : block;
}

/** The run's nodes in document order (a snapshot: the caller may walk into them). */
export function runNodes(run: TextRun): ChildNode[] {
  const nodes: ChildNode[] = [];
  for (let node = run.after ? run.after.nextSibling : run.parent.firstChild; node && node !== run.before; node = node.nextSibling) nodes.push(node);
  return nodes;
}

/** Whether the block is still in the page where it was read: a run's separators still in their parent. */
export function isBlockConnected(block: BodyBlock): boolean {
  if (!isTextRun(block)) return block.isConnected;
  const { parent, after, before } = block;
  return parent.isConnected && (after === null || after.parentNode === parent) && (before === null || before.parentNode === parent);
}

export function sameBlock(a: BodyBlock, b: BodyBlock): boolean {
  if (!isTextRun(a) || !isTextRun(b)) return a === b;
  return a.parent === b.parent && a.after === b.after && a.before === b.before;
}

/** A text node this long directly inside an element is prose of its own, not a separator ("|") or a label. */
const LOOSE_TEXT_CHARS = 20;

/** Whether the element holds prose as its own text nodes, outside any child element. */
export function hasLooseText(el: Element): boolean {
  return looseTextChars(el, 1) > 0;
}

/** Characters of prose in the element's own text nodes (those long enough to count), counted up to `enough`. */
export function looseTextChars(el: Element, enough = Infinity): number {
  let chars = 0;
  for (let node = el.firstChild; node && chars < enough; node = node.nextSibling) {
    if (node.nodeType !== 3) continue;
    const length = (node.nodeValue ?? '').trim().length;
    if (length >= LOOSE_TEXT_CHARS) chars += length;
  }
  return chars;
}

/**
 * The elements holding <br>s as their own children, each once, in document order, from the first `maxBreaks` <br>s:
 * where a story set as bare text lives.
 */
export function* parentsOfBreaks(root: ParentNode, maxBreaks: number): Generator<Element> {
  const seen = new Set<Element>();
  const breaks = elementsByTag(root, 'br');
  for (let i = 0; i < breaks.length && i < maxBreaks; i++) {
    const parent = breaks[i].parentElement;
    if (!parent || seen.has(parent)) continue;
    seen.add(parent);
    yield parent;
  }
}

/** Whether the element's own children include two <br>s with only white space between them. */
export function hasParagraphBreak(el: Element): boolean {
  let lastBr = false;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (isBr(node)) {
      if (lastBr) return true;
      lastBr = true;
    } else if (!isBlank(node)) lastBr = false;
  }
  return false;
}

/**
 * The element's children in order, as block children (kept as elements, for the reader to visit) and runs of
 * inline content between them, a run also ending at two <br>s in a row. Runs with no text are left out.
 */
export function splitIntoRuns(el: Element, isBlockChild: (child: Element) => boolean): BodyBlock[] {
  const out: (Element | { after: ChildNode | null; before: ChildNode | null })[] = [];
  let after: ChildNode | null = null; // the separator before the current run
  let hasText = false;
  let pendingBr: ChildNode | null = null; // a <br> that may be the first of a pair
  const close = (before: ChildNode | null) => {
    if (hasText) out.push({ after, before });
    hasText = false;
  };
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && isBlockChild(node as Element)) {
      close(node);
      out.push(node as Element);
      after = node;
      pendingBr = null;
    } else if (isBr(node)) {
      if (pendingBr) {
        close(pendingBr);
        after = node;
        pendingBr = null;
      } else pendingBr = node;
    } else if (!isBlank(node)) {
      pendingBr = null;
      if (node.nodeType === 3 || node.nodeType === 1) hasText = true;
    }
  }
  close(null);
  const runs = out.filter((part) => !('tagName' in part)).length;
  return out.map((part) => ('tagName' in part ? part : { parent: el, ...part, oneOfSeveral: runs > 1 }));
}

function isBr(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'BR';
}

/** White space, a comment: nothing a reader sees between two <br>s. */
function isBlank(node: Node): boolean {
  if (node.nodeType === 8) return true;
  return node.nodeType === 3 && !(node.nodeValue ?? '').trim();
}
