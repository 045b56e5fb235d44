// The content script runs in every frame, and most sub-frames are ads, video players and social embeds. Before any
// work, a sub-frame must be big enough to hold an article a reader reads (a medium-rectangle ad is 300×250, a
// half-page ad 300×600, a 16:9 video 560×315) and hold more than a few lines of text; only then is it read like
// the top page (readArticle), and the background still lets the top page's article win.

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
