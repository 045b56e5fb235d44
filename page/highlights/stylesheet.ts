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
  try {
    if (!win || !('adoptedStyleSheets' in target)) throw new Error('no adoptedStyleSheets');
    // The page's own CSSStyleSheet: in Firefox a sheet built in the content script's compartment is refused.
    const Sheet = ((win as unknown as { wrappedJSObject?: typeof globalThis }).wrappedJSObject?.CSSStyleSheet ??
      win.CSSStyleSheet) as typeof CSSStyleSheet;
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
    const style = doc.createElement('style');
    style.textContent = css;
    (target === doc ? doc.head ?? doc.documentElement : (target as ShadowRoot)).appendChild(style);
    return {
      update: (next) => {
        style.textContent = next;
      },
      remove: () => style.remove(),
    };
  }
}
