// The page's text model: each paragraph of the reading ↔ its block element's Text nodes.
// `locate(model, paragraph, start, end)` turns an analysis span into a DOM Range; `spanAt` goes back from
// a caret position to (paragraph, offset) for hit-testing.
import { blockElement, isBlockConnected, type BodyBlock } from '../reader/body/text-run';
import { offsetOfPoint, rangeOf, readBlockText, type BlockText } from './block-text';

export { isJsWhiteSpace, readBlockText, rangeOf, offsetOfPoint, type BlockText, type DomPoint } from './block-text';

export interface TextModel {
  /** blocks[p] is paragraph p's text, or null when the block's text no longer matches what was analysed. */
  blocks: Array<BlockText | null>;
  /** Every Text node of every usable block → [paragraph, node index]: the way back from a caret. */
  nodeIndex: Map<Node, [number, number]>;
}

/**
 * Reads the blocks the analysis was run on. A block whose text differs from `paragraphs[p]` (the page changed
 * between reading and drawing, or the reader skipped part of it) is left out rather than highlighted wrongly;
 * so is one inside a contenteditable region, which the reader may be typing in.
 */
export function buildTextModel(blocks: ReadonlyArray<BodyBlock | null>, paragraphs: readonly string[]): TextModel {
  const nodeIndex = new Map<Node, [number, number]>();
  const models = blocks.map((block, p) => {
    if (!block || !isBlockConnected(block) || isEditable(blockElement(block))) return null;
    const model = readBlockText(block);
    if (model.text !== paragraphs[p]) return null;
    model.nodes.forEach((node, k) => nodeIndex.set(node, [p, k]));
    return model;
  });
  return { blocks: models, nodeIndex };
}

function isEditable(el: Element): boolean {
  if ((el as HTMLElement).isContentEditable) return true;
  // happy-dom and detached documents do not compute isContentEditable: look at the attribute too.
  const editable = el.closest('[contenteditable]');
  return !!editable && editable.getAttribute('contenteditable') !== 'false';
}

export function locate(model: TextModel, paragraph: number, start: number, end: number): Range | null {
  const block = model.blocks[paragraph];
  return block ? rangeOf(block, start, end) : null;
}

/** The (paragraph, offset) of a caret position, or null when it is outside the analysed text. */
export function spanAt(model: TextModel, node: Node, offset: number): { paragraph: number; offset: number } | null {
  const hit = model.nodeIndex.get(node);
  if (!hit) return null;
  const [paragraph, k] = hit;
  const block = model.blocks[paragraph]!;
  const at = offsetOfPoint(block, node, offset, new Map([[node, k]]));
  return at < 0 ? null : { paragraph, offset: at };
}
