// Draws an item list onto the page: ranges from the text model, grouped by style, painted with the Custom
// Highlight API (or the wrapping fallback), with our stylesheet adopted CSP-safely. `clear()` leaves no trace.
import { buildTextModel, locate, type TextModel } from '../text-model';
import { highlightCss, isDarkPage, type PaletteName } from './palette';
import { createPainter, type Painter, type PaintStyle } from './painters';
import { adoptStyleSheet, type AdoptedSheet } from './stylesheet';
import type { OverlayItem } from './plan';

export { planHighlights, highlightName, type OverlayItem, type HighlightStyle, type DrawSettings } from './plan';
export { createPainter, wrappingPainter, hasHighlightApi, MARK_TAG, type Painter } from './painters';

export interface DrawnItem {
  item: OverlayItem;
  range: Range;
}

export interface Highlighter {
  /**
   * Replaces whatever was drawn with `items`; returns the ones that could be placed, in reading order. The
   * wrapping fallback re-reads `model` in place, as the page's Text nodes it points at change.
   */
  draw(model: TextModel, items: OverlayItem[], palette: PaletteName): DrawnItem[];
  /** Marks one range as the step-through's current one (null: none). */
  setCurrent(range: Range | null): void;
  /** Paints a short-lived emphasis over a range (null: off). */
  setFlash(range: Range | null): void;
  readonly usesHighlightApi: boolean;
  /** Removes every highlight and the stylesheet: the page is as it was. */
  clear(): void;
}

export function createHighlighter(doc: Document): Highlighter {
  const painter: Painter = createPainter(doc);
  let sheet: AdoptedSheet | null = null;
  let sheetPalette: PaletteName | null = null;

  const ensureSheet = (palette: PaletteName) => {
    if (!sheet) sheet = adoptStyleSheet(doc, highlightCss(palette));
    else if (sheetPalette !== palette) sheet.update(highlightCss(palette));
    sheetPalette = palette;
  };

  const paintExtra = (style: PaintStyle, range: Range | null) => painter.paintOne(style, range ? [range] : []);

  /**
   * Wrapping splits and moves the page's Text nodes, and clearing puts the originals back: either way a model read
   * before points at nodes no longer in place. The model is read again in place (the text is unchanged, only its
   * nodes), so the caller's reference stays good for later look-ups too.
   */
  const reread = (model: TextModel) => {
    const fresh = buildTextModel(model.blocks.map((b) => b?.block ?? null), model.blocks.map((b) => b?.text ?? ''));
    Object.assign(model, fresh);
  };

  return {
    usesHighlightApi: painter.usesHighlightApi,
    draw(model, items, palette) {
      painter.clear();
      if (!painter.usesHighlightApi) reread(model); // a redraw: the model was read over our marks
      const drawn: DrawnItem[] = [];
      const byStyle = new Map<PaintStyle, Range[]>();
      for (const item of items) {
        const range = locate(model, item.paragraph, item.start, item.end);
        if (!range) continue;
        drawn.push({ item, range });
        const list = byStyle.get(item.style) ?? [];
        list.push(range);
        byStyle.set(item.style, list);
      }
      if (drawn.length > 0) ensureSheet(palette);
      painter.paintAll(byStyle);
      if (painter.usesHighlightApi) return drawn;
      // Wrapping collapsed the live ranges into our marks: locate them again in the re-read text.
      reread(model);
      return drawn.flatMap(({ item }) => {
        const range = locate(model, item.paragraph, item.start, item.end);
        return range ? [{ item, range }] : [];
      });
    },
    setCurrent: (range) => paintExtra('current', range),
    setFlash: (range) => paintExtra('flash', range),
    clear() {
      painter.clear();
      sheet?.remove();
      sheet = null;
      sheetPalette = null;
    },
  };
}

/** Picks the palette for a page: high contrast when asked, else from the colour of the article's text. */
export function choosePalette(sample: Element | null, highContrast: boolean): PaletteName {
  if (highContrast) return 'high-contrast';
  const win = sample?.ownerDocument.defaultView;
  if (!sample || !win) return 'light';
  return isDarkPage(win.getComputedStyle(sample).color) ? 'dark' : 'light';
}
