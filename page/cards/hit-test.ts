// Which highlighted item is under the pointer. Custom highlights have no element to receive events, so we ask
// the browser for the caret position under the pointer and look for the innermost item range that holds it,
// then confirm with the range's boxes (the caret snaps to the nearest text even in a margin).

export interface Placed<T> {
  item: T;
  range: Range;
}

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

const inside = (rect: DOMRect, x: number, y: number) =>
  x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1;

export function itemAtPoint<T>(doc: Document, placed: ReadonlyArray<Placed<T>>, x: number, y: number): Placed<T> | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  let best: Placed<T> | null = null;
  let bestLength = Infinity;
  for (const p of placed) {
    if (!p.range.isPointInRange(caret.node, caret.offset)) continue;
    if (![...p.range.getClientRects()].some((r) => inside(r, x, y))) continue;
    const length = p.range.toString().length;
    if (length < bestLength) {
      best = p;
      bestLength = length;
    }
  }
  return best;
}

/** The box to put a card next to: the line of the range nearest to the pointer, or its first line. */
export function anchorRect(range: Range, y?: number): DOMRect {
  const rects = [...range.getClientRects()];
  if (rects.length === 0) return range.getBoundingClientRect();
  if (y === undefined) return rects[0];
  return rects.reduce((a, b) => (Math.abs((a.top + a.bottom) / 2 - y) <= Math.abs((b.top + b.bottom) / 2 - y) ? a : b));
}
