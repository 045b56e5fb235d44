// The content script runs in every frame, and most sub-frames are ads, video players and social embeds. Before any
// work, a sub-frame must be big enough to hold an article a reader reads (a medium-rectangle ad is 300×250, a
// half-page ad 300×600, a 16:9 video 560×315) and hold more than a few lines of text, either of which may come
// after loading; only then is it read like the top page (readArticle), and the background still lets the top
// page's article win.

/** The smallest viewport (CSS px) a sub-frame needs for an article: a phone-width column, a screenful tall. */
export const MIN_ARTICLE_FRAME = { width: 320, height: 400 } as const;
/** Characters of text (the body's textContent) a sub-frame's document needs before it is read at all. */
export const MIN_FRAME_TEXT = 500;

export interface ViewportLike {
  innerWidth: number;
  innerHeight: number;
}

/** Is this frame's viewport big enough for an article? O(1): read on start and on resize. */
export function isArticleSized(view: ViewportLike): boolean {
  return view.innerWidth >= MIN_ARTICLE_FRAME.width && view.innerHeight >= MIN_ARTICLE_FRAME.height;
}

/** Does the document hold enough text to be an article? One pass over its text, on frames already big enough. */
export function hasArticleSizedText(doc: Document): boolean {
  return (doc.body?.textContent?.length ?? 0) >= MIN_FRAME_TEXT;
}

/** The viewport area (CSS px²) a sub-frame reports: when several frames hold articles, the largest wins. */
export function viewportArea(view: ViewportLike): number {
  return Math.max(0, Math.round(view.innerWidth)) * Math.max(0, Math.round(view.innerHeight));
}

/** How many times a big frame with too little text is looked at again while its page fills it in. */
export const FRAME_TEXT_RECHECKS = 8;
/** Quiet time after the frame's last mutation before its text is measured again. */
const FRAME_TEXT_DEBOUNCE_MS = 500;

/**
 * Calls `open` once, when the sub-frame is big enough for an article and holds enough text for one. Frames are
 * often sized by their parent after loading (a default 300×150 frame grown to fit its article), and reader or
 * syndication frames often fill in their article by script after loading: so the frame's size is followed on
 * resize, and a big frame with little text is measured again after its mutations settle, at most
 * FRAME_TEXT_RECHECKS times (a busy widget costs nothing after that). Nothing is read before the frame is big enough.
 */
export function whenFrameHoldsArticle(win: Window, signal: AbortSignal, open: () => void): void {
  const doc = win.document;
  const watchText = () => {
    if (hasArticleSizedText(doc)) return open();
    let rechecksLeft = FRAME_TEXT_RECHECKS;
    let debounce = 0;
    const observer = new MutationObserver(() => {
      win.clearTimeout(debounce);
      debounce = win.setTimeout(() => {
        if (signal.aborted) return;
        if (hasArticleSizedText(doc)) {
          observer.disconnect();
          open();
        } else if (--rechecksLeft <= 0) {
          observer.disconnect();
        }
      }, FRAME_TEXT_DEBOUNCE_MS);
    });
    // The document itself, not its root element: a frame written by script (document.open) replaces the root.
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => {
      win.clearTimeout(debounce);
      observer.disconnect();
    });
  };
  if (isArticleSized(win)) return watchText();
  const resized = new AbortController();
  signal.addEventListener('abort', () => resized.abort());
  win.addEventListener(
    'resize',
    () => {
      if (!isArticleSized(win) || signal.aborted) return;
      resized.abort();
      watchText();
    },
    { passive: true, signal: resized.signal },
  );
}
