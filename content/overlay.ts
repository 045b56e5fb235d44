// Everything the content script draws for one analysis: highlights, the hover/focus card, the keyboard
// step-through with its announcements, and the popup's "reveal". `clear()` leaves the page as it was.
import type { Analysis } from '../analysis/types';
import type { Settings } from '../settings/schema';
import { buildTextModel, locate, type TextModel } from '../page/text-model';
import { blockElement, type BodyBlock } from '../page/reader/body/text-run';
import { choosePalette, createHighlighter, planHighlights, type DrawnItem } from '../page/highlights';
import { announcementOf, cardModelOf } from '../page/cards/card-model';
import { createCardHost } from '../page/cards/host';
import { anchorRect, itemAtPoint } from '../page/cards/hit-test';

export interface Overlay {
  show(analysis: Analysis, blocks: BodyBlock[], paragraphs: string[], settings: Settings): void;
  step(direction: 1 | -1): void;
  reveal(itemId: string): boolean;
  readonly drawnCount: number;
  clear(): void;
}

const HIDE_DELAY_MS = 300;

export function createOverlay(doc: Document, isAlive: () => boolean): Overlay {
  const win = doc.defaultView!;
  const highlighter = createHighlighter(doc);
  let drawn: DrawnItem[] = [];
  let model: TextModel | null = null;
  let analysis: Analysis | null = null;
  let hoverCards = true;
  let current = -1;
  let hovered: DrawnItem | null = null;
  let hideTimer = 0;
  let flashTimers: number[] = [];
  let listeners: AbortController | null = null;
  const cards = createCardHost(doc, () => {
    hovered = null;
  });

  /** The range of an analysis item that has no highlight: a timeline phrase, or a quote/statistic turned off. */
  const undrawnRange = (itemId: string): Range | null => {
    if (!analysis || !model) return null;
    const item =
      analysis.timeline.find((t) => t.id === itemId) ??
      analysis.quotes.find((q) => q.id === itemId) ??
      analysis.statistics.find((n) => n.id === itemId);
    if (!item) return null;
    const text = model.blocks[item.paragraph]?.text;
    if (text === undefined) return null;
    const start = item.start ?? 0;
    const end = item.end ?? text.length;
    return locate(model, item.paragraph, start, end);
  };

  const reducedMotion = () => win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

  const openCard = (d: DrawnItem, y?: number) => {
    if (!analysis) return;
    win.clearTimeout(hideTimer);
    hovered = d;
    cards.show(cardModelOf(d.item, analysis), anchorRect(d.range, y));
  };

  const scheduleHide = () => {
    win.clearTimeout(hideTimer);
    hideTimer = win.setTimeout(() => cards.hide(), HIDE_DELAY_MS);
  };

  // Pointer moves are many: look at most once per frame.
  let pending: PointerEvent | null = null;
  const onPointerMove = (event: PointerEvent) => {
    if (!isAlive()) return;
    if (pending) {
      pending = event;
      return;
    }
    pending = event;
    win.requestAnimationFrame(() => {
      const e = pending!;
      pending = null;
      if (cards.isOurs(e)) {
        win.clearTimeout(hideTimer);
        return;
      }
      const hit = itemAtPoint(doc, drawn, e.clientX, e.clientY);
      if (hit && hit !== hovered) openCard(hit, e.clientY);
      else if (hit) win.clearTimeout(hideTimer);
      else if (cards.visible) scheduleHide();
    });
  };

  // Keyboard readers reach highlighted text through its links: show the card of what the focused element holds.
  const onFocusIn = (event: FocusEvent) => {
    if (!isAlive() || cards.isOurs(event)) return;
    const target = event.target as Element | null;
    // A link or button in the text, not a whole container (focus on <main> would touch every highlight).
    if (!target?.matches?.('a[href], button, [tabindex]') || (target.textContent?.length ?? 0) > 600) return;
    const hit = drawn.find((d) => d.range.intersectsNode(target));
    if (hit) openCard(hit);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && cards.visible) cards.hide();
  };

  const listen = () => {
    listeners?.abort();
    listeners = new AbortController();
    const opts = { signal: listeners.signal, passive: true, capture: true } as const;
    if (hoverCards) {
      doc.addEventListener('pointermove', onPointerMove, opts);
      doc.addEventListener('focusin', onFocusIn, opts);
    }
    doc.addEventListener('keydown', onKeyDown, opts);
  };

  const stopFlash = () => {
    flashTimers.forEach((t) => win.clearTimeout(t));
    flashTimers = [];
    highlighter.setFlash(null);
  };

  const scrollTo = (range: Range) => {
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
  };

  /** Runs `then` once a smooth scroll has settled (scrollend where supported, else after a pause). */
  const afterScroll = (then: () => void) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      then();
    };
    win.addEventListener('scrollend', once, { once: true });
    win.setTimeout(once, reducedMotion() ? 50 : 600);
  };

  return {
    show(next, blocks, paragraphs, settings) {
      stopFlash();
      cards.hide();
      analysis = next;
      hoverCards = settings.hoverCards;
      model = buildTextModel(blocks, paragraphs);
      const items = planHighlights(next, settings);
      const first = model.blocks.find((b) => b)?.block;
      const palette = choosePalette(first ? blockElement(first) : null, settings.highContrast);
      drawn = items.length ? highlighter.draw(model, items, palette) : [];
      if (!drawn.length) {
        // Nothing to show (every highlight type turned off): no trace of us is left in the page.
        highlighter.clear();
        cards.destroy();
      }
      current = -1;
      highlighter.setCurrent(null);
      if (drawn.length) listen();
      else listeners?.abort();
    },
    step(direction) {
      if (!drawn.length || !analysis) return;
      current = current < 0 ? (direction === 1 ? 0 : drawn.length - 1) : (current + direction + drawn.length) % drawn.length;
      const d = drawn[current];
      highlighter.setCurrent(d.range);
      scrollTo(d.range);
      cards.announce(announcementOf(cardModelOf(d.item, analysis), current + 1, drawn.length));
      afterScroll(() => {
        if (drawn[current] === d) openCard(d);
      });
    },
    reveal(itemId) {
      if (!analysis) return false;
      const d = drawn.find((x) => x.item.id === itemId);
      // Timeline events, and items whose highlight type is turned off, are not drawn: find their words directly.
      const range = d?.range ?? undrawnRange(itemId);
      if (!range) return false;
      stopFlash();
      scrollTo(range);
      // A few blinks, or one steady emphasis for readers who asked for less motion.
      const pattern = reducedMotion() ? [0, 1500] : [0, 250, 500, 750, 1000, 1600];
      pattern.forEach((at, i) => flashTimers.push(win.setTimeout(() => highlighter.setFlash(i % 2 === 0 ? range : null), at)));
      if (d) cards.announce(announcementOf(cardModelOf(d.item, analysis), drawn.indexOf(d) + 1, drawn.length));
      return true;
    },
    get drawnCount() {
      return drawn.length;
    },
    clear() {
      stopFlash();
      win.clearTimeout(hideTimer);
      listeners?.abort();
      listeners = null;
      highlighter.clear();
      cards.destroy();
      drawn = [];
      model = null;
      analysis = null;
      current = -1;
    },
  };
}
