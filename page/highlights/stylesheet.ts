// Adds our CSS to a document or shadow root without an inline <style>, which a strict page CSP
// (style-src without 'unsafe-inline') would block: a constructable stylesheet in adoptedStyleSheets is not
// subject to CSP. Where constructable sheets are missing (old engines, test DOMs) a <style> is the fallback.

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
  // The content script's own CSSStyleSheet first; Firefox may refuse a sheet from the content script's
  // compartment, and then the page's constructor (through wrappedJSObject) is tried.
  const constructors = [
    win?.CSSStyleSheet,
    (win as unknown as { wrappedJSObject?: { CSSStyleSheet?: typeof CSSStyleSheet } } | null)?.wrappedJSObject?.CSSStyleSheet,
  ];
  if ('adoptedStyleSheets' in target) {
    for (const Sheet of constructors) {
      if (typeof Sheet !== 'function') continue;
      try {
        const sheet = new Sheet();
        sheet.replaceSync(css);
        target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
        return {
          update: (next) => sheet.replaceSync(next),
          remove: () => {
            target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
          },
        };
      } catch {
        // try the next way
      }
    }
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
