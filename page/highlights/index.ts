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
  /** Replaces whatever was drawn with `items`; returns the ones that could be placed, in reading order. */
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

  // The wrapping fallback shows no current/flash emphasis; the card and the scroll still say where the step went.
  const paintExtra = (style: PaintStyle, range: Range | null) => painter.paintOne(style, range ? [range] : []);

  return {
    usesHighlightApi: painter.usesHighlightApi,
    draw(model, items, palette) {
      painter.clear();
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
      // Wrapping moved the text into marks and collapsed the live ranges: read the (same) text again.
      const fresh = buildTextModel(model.blocks.map((b) => b?.block ?? null), model.blocks.map((b) => b?.text ?? ''));
      return drawn.flatMap(({ item }) => {
        const range = locate(fresh, item.paragraph, item.start, item.end);
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
