// Bulleted items: a quoted memo or statement is often printed as a list ("• “We will …", "• Cuts hurt …”").
// The bullet stands before the quotation mark, so a paragraph that "opens with a mark" may open with a bullet first.
import type { MarkToken } from './marks';

/** A bullet glyph, or a hyphen or asterisk used as one, then the space after it. */
const BULLET = /^[•·▪◦‣●■►*-][ \u00A0]+/;

/** How many characters a list item's bullet takes at the paragraph start (0 for a paragraph that is no list item). */
export function listItemLead(text: string): number {
  const m = BULLET.exec(text);
  return m ? m[0].length : 0;
}

/** How many list items may run on inside one quotation with no mark of their own. */
const MAX_UNMARKED_ITEMS = 12;

/**
 * Whether a quotation of `family` left open before paragraph `from` runs on through bulleted items printed with no
 * opening mark: every item from `from` on is a list item that opens no quotation of that family, until one closes
 * it. A list that never closes the quotation is not taken into it.
 */
export function closedInBulletedItems(paragraphs: readonly string[], marks: readonly MarkToken[][], from: number, family: MarkToken['family']): boolean {
  for (let p = from; p < paragraphs.length && p < from + MAX_UNMARKED_ITEMS; p++) {
    if (!listItemLead(paragraphs[p])) return false;
    for (const t of marks[p]) {
      if (t.family !== family) continue;
      if (t.role === 'open') return false;
      if (mayClose(t)) return true;
    }
  }
  return false;
}

/** The first mark in `marks` that closes a quotation of `family`, or null. */
export function firstCloser(marks: readonly MarkToken[], family: MarkToken['family']): MarkToken | null {
  for (const t of marks) if (t.family === family && mayClose(t)) return t;
  return null;
}

/** A mark that can close a quotation: a closer, or one that closes or opens by where it stands. */
function mayClose(t: MarkToken): boolean {
  return t.role === 'close' || t.role === 'either' || t.role === 'maybe-close';
}
