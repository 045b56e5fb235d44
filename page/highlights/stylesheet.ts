// Adds our CSS to a document or shadow root without an inline <style>, which a strict page CSP
// (style-src without 'unsafe-inline') would block: a constructable stylesheet in adoptedStyleSheets is not
// subject to CSP. Where constructable sheets are missing (old engines, test DOMs) a <style> is the fallback.
// (Firefox lets a content script's <style> past the page's CSP, but the page would see an element of ours.)

export interface AdoptedSheet {
  /** Replaces the rules (the palette changed). */
  update(css: string): void;
  /** Takes the rules away again, leaving the target as it was. */
  remove(): void;
}

type SheetTarget = Document | ShadowRoot;

export function adoptStyleSheet(target: SheetTarget, css: string): AdoptedSheet {
  const doc = 'createElement' in target ? target : target.ownerDocument;
  const win = doc.defaultView;
  if ('adoptedStyleSheets' in target) {
    const adopted = adoptHere(target, win, css) ?? adoptThroughPage(target, win, css);
    if (adopted) return adopted;
  }
  const style = doc.createElement('style');
  style.textContent = css;
  (target === doc ? (doc.head ?? doc.documentElement) : (target as ShadowRoot)).appendChild(style);
  return {
    update: (next) => {
      style.textContent = next;
    },
    remove: () => style.remove(),
  };
}

/** Chromium (and the page's own scripts): our CSSStyleSheet, added to the target's list. */
function adoptHere(target: SheetTarget, win: (Window & typeof globalThis) | null, css: string): AdoptedSheet | null {
  if (typeof win?.CSSStyleSheet !== 'function') return null;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    return {
      update: (next) => sheet.replaceSync(next),
      remove: () => {
        target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
      },
    };
  } catch {
    return null;
  }
}

type Waived<T> = { wrappedJSObject?: T };
type CloneInto = <T>(value: T, scope: object, options?: { wrapReflectors?: boolean }) => T;

/**
 * Firefox's content scripts see `adoptedStyleSheets` through an Xray that can be neither read ("not iterable")
 * nor given our sheet. There the sheet is made with the page's constructor and the list, cloned into the page's
 * compartment, is set on the page's own view of the target (wrappedJSObject), the way Firefox documents for
 * content scripts. Only our CSS text crosses over.
 */
function adoptThroughPage(target: SheetTarget, win: Window | null, css: string): AdoptedSheet | null {
  const pageTarget = (target as unknown as Waived<SheetTarget>).wrappedJSObject;
  const pageWin = (win as unknown as Waived<typeof globalThis> | null)?.wrappedJSObject;
  const cloneInto = (globalThis as unknown as { cloneInto?: CloneInto }).cloneInto;
  if (!win || !pageTarget || typeof pageWin?.CSSStyleSheet !== 'function' || typeof cloneInto !== 'function') return null;
  const setSheets = (sheets: CSSStyleSheet[]) => {
    pageTarget.adoptedStyleSheets = cloneInto(sheets, win, { wrapReflectors: true });
  };
  try {
    const sheet = new pageWin.CSSStyleSheet();
    sheet.replaceSync(css);
    setSheets([...pageTarget.adoptedStyleSheets, sheet]);
    return {
      update: (next) => sheet.replaceSync(next),
      remove: () => setSheets([...pageTarget.adoptedStyleSheets].filter((s) => s !== sheet)),
    };
  } catch {
    return null;
  }
}
