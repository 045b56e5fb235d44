// Two ways to paint ranges. The Custom Highlight API (Chrome 105+, Firefox 140+, Safari 17.2+) paints without
// touching the DOM; where it is missing, text is wrapped in <counterpoint-mark> elements, and clearing puts the
// original Text nodes back exactly as they were (same nodes' data, no extra splits).
import { highlightName } from './plan';

export type PaintStyle = Parameters<typeof highlightName>[0];

export interface Painter {
  readonly usesHighlightApi: boolean;
  /** Replaces everything painted with these groups (ranges must be fresh: computed before any painting). */
  paintAll(groups: Map<PaintStyle, Range[]>): void;
  /** Paints, or with no ranges removes, one style on its own (the step-through's current one, the flash). */
  paintOne(style: PaintStyle, ranges: Range[]): void;
  /** Removes every style. */
  clear(): void;
}

// Higher priority wins where highlights overlap: a statistic inside a quote shows as a statistic, and the
// step-through "current" and the reveal "flash" show above everything.
const PRIORITY: Partial<Record<string, number>> = { reported: 0, statistic: 2, current: 5, flash: 6 };
const priorityOf = (style: PaintStyle) => PRIORITY[style] ?? 1;

interface HighlightGlobals {
  Highlight: new (...ranges: AbstractRange[]) => { priority: number };
  CSS: { highlights: Map<string, unknown> };
}

export function hasHighlightApi(win: Window): boolean {
  const g = win as unknown as Partial<HighlightGlobals>;
  return typeof g.Highlight === 'function' && !!g.CSS && typeof g.CSS.highlights?.set === 'function';
}

/**
 * The build mode (`wxt build --mode wrapping-highlights`) whose extension paints with the wrapping fallback in every
 * browser. Chromium has no switch to turn the Highlight API off (its Blink feature flag was removed once it
 * shipped), so the browser tests load this build to see the fallback on real pages. Vite replaces the mode at
 * build time: in the store build the check folds to `false`.
 */
export const WRAPPING_BUILD_MODE = 'wrapping-highlights';
const buildMode = () => (import.meta.env as { MODE?: string } | undefined)?.MODE;

export function createPainter(doc: Document): Painter {
  const win = doc.defaultView;
  const useApi = win && hasHighlightApi(win) && buildMode() !== WRAPPING_BUILD_MODE;
  return useApi ? highlightApiPainter(win as unknown as HighlightGlobals) : wrappingPainter(doc);
}

function highlightApiPainter(g: HighlightGlobals): Painter {
  const painted = new Set<PaintStyle>();
  const paintOne = (style: PaintStyle, ranges: Range[]) => {
    const name = highlightName(style);
    if (ranges.length === 0) {
      g.CSS.highlights.delete(name);
      painted.delete(style);
      return;
    }
    const highlight = new g.Highlight(...ranges);
    highlight.priority = priorityOf(style);
    g.CSS.highlights.set(name, highlight);
    painted.add(style);
  };
  const clear = () => {
    for (const style of painted) g.CSS.highlights.delete(highlightName(style));
    painted.clear();
  };
  return {
    usesHighlightApi: true,
    paintAll(groups) {
      clear();
      for (const [style, ranges] of groups) paintOne(style, ranges);
    },
    paintOne,
    clear,
  };
}

/** A Text node we split into pieces, some wrapped in marks; parts[0].text is the original node. */
interface SplitRecord {
  original: Text;
  parts: Array<{ text: Text; mark: Element | null }>;
}

export const MARK_TAG = 'counterpoint-mark';

/**
 * The fallback. All ranges are cut into per-Text-node pieces before anything moves; each Text node is then split
 * at every boundary and the covered segments wrapped, the highest-priority style winning where two overlap
 * (a statistic inside a quote). Wrapping moves text, which collapses live Ranges into it: callers re-read the
 * text model afterwards (the text is unchanged, only its nodes).
 */
export function wrappingPainter(doc: Document): Painter {
  let records: SplitRecord[] = [];
  const emphasised = new Map<PaintStyle, Set<Element>>();

  const splitAndWrap = (node: Text, cover: Array<[from: number, to: number, style: PaintStyle]>): SplitRecord => {
    const cuts = [...new Set(cover.flatMap(([from, to]) => [from, to]))].filter((c) => c > 0 && c < node.data.length);
    cuts.sort((x, y) => x - y);
    // Split from the end so the earlier offsets stay valid; parts come out in reverse.
    const texts: Text[] = [];
    for (let i = cuts.length - 1; i >= 0; i--) texts.unshift(node.splitText(cuts[i]));
    texts.unshift(node);
    const parts: SplitRecord['parts'] = [];
    let at = 0;
    for (const text of texts) {
      const from = at;
      at += text.data.length;
      let style: PaintStyle | null = null;
      for (const [f, t, s] of cover) {
        if (f <= from && at <= t && (style === null || priorityOf(s) >= priorityOf(style))) style = s;
      }
      if (!style) {
        parts.push({ text, mark: null });
        continue;
      }
      const mark = doc.createElement(MARK_TAG);
      mark.setAttribute('data-style', style);
      text.parentNode!.insertBefore(mark, text);
      mark.appendChild(text);
      parts.push({ text, mark });
    }
    return { original: node, parts };
  };

  const restore = ({ original, parts }: SplitRecord) => {
    const first = parts[0].mark ?? parts[0].text;
    if (!first.parentNode) return; // the page removed it: nothing of ours is left in place
    const data = parts.map((p) => p.text.data).join('');
    first.parentNode.insertBefore(original, first);
    for (const { text, mark } of parts) {
      if (mark) mark.remove();
      if (text !== original) text.remove();
    }
    original.data = data;
  };

  const clear = () => {
    for (let i = records.length - 1; i >= 0; i--) restore(records[i]);
    records = [];
    emphasised.clear(); // the marks went with the records
  };

  return {
    usesHighlightApi: false,
    paintAll(groups) {
      clear();
      const cover = new Map<Text, Array<[number, number, PaintStyle]>>();
      for (const [style, ranges] of groups) {
        for (const range of ranges) {
          for (const [node, from, to] of textPieces(doc, range)) {
            const list = cover.get(node) ?? [];
            list.push([from, to, style]);
            cover.set(node, list);
          }
        }
      }
      for (const [node, list] of cover) if (node.parentNode) records.push(splitAndWrap(node, list));
    },
    paintOne(style, ranges) {
      // Emphasis (the step-through's current item, the reveal's flash) marks our own marks with an attribute
      // rather than wrapping again, so it comes and goes in any order; text no mark holds (a timeline phrase the
      // popup reveals) gets none: the scroll still shows where it is.
      const attribute = emphasisAttribute(style);
      for (const mark of emphasised.get(style) ?? []) mark.removeAttribute(attribute);
      const marks = new Set<Element>();
      for (const range of ranges) {
        for (const [node] of textPieces(doc, range)) {
          const mark = node.parentElement;
          if (mark?.localName === MARK_TAG) marks.add(mark);
        }
      }
      for (const mark of marks) mark.setAttribute(attribute, '');
      emphasised.set(style, marks);
    },
    clear,
  };
}

/** The attribute the fallback sets on the marks under an emphasis style ("data-current"); palette.ts styles it. */
export const emphasisAttribute = (style: PaintStyle) => `data-${style}`;

/** The Text nodes a range covers, each with the covered offsets. */
function textPieces(doc: Document, range: Range): Array<[Text, number, number]> {
  const pieces: Array<[Text, number, number]> = [];
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) {
    if (range.endOffset > range.startOffset) pieces.push([root as Text, range.startOffset, range.endOffset]);
    return pieces;
  }
  const walker = doc.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (!range.intersectsNode(t)) continue;
    const from = t === range.startContainer ? range.startOffset : 0;
    const to = t === range.endContainer ? range.endOffset : t.data.length;
    if (to > from) pieces.push([t, from, to]);
  }
  return pieces;
}
