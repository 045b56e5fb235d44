// What is not article text, decided from an element's own tag, role and class/id words.
// Cheap checks only: they run on every ancestor of every paragraph.

/** Tags whose whole subtree is never body text: page chrome, media, forms and code. */
const CHROME_TAGS = new Set([
  'NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FIGURE', 'FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE',
  'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'SVG', 'DIALOG', 'MENU', 'H1', 'TABLE', 'PRE', 'CODE',
  'VIDEO', 'AUDIO', 'CANVAS', 'OBJECT', 'ADDRESS',
]);

/** ARIA landmark roles of page chrome (role="navigation" on a <div> is a <nav>). */
const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar', 'form']);

/**
 * Words in class/id names that mark page furniture: `class="share-bar"`, `id="comments"`,
 * `class="related-stories"`, `class="newsletter-signup"`. Matched as whole words of the name split on -_ and
 * camelCase, so "head" never matches "ad" and "article-body" is not "body" furniture.
 */
const FURNITURE_WORDS = new Set([
  'share', 'sharing', 'sharebar', 'social', 'comment', 'comments', 'disqus', 'related', 'recommended', 'recirc',
  'newsletter', 'subscribe', 'subscription', 'signup', 'byline', 'bylines', 'author', 'authors', 'dateline', 'date', 'pubdate',
  'caption', 'credit', 'credits', 'breadcrumb', 'breadcrumbs', 'promo', 'advert', 'advertisement', 'ad', 'ads',
  'sponsor', 'sponsored', 'outbrain', 'taboola', 'cookie', 'cookies', 'consent', 'sidebar', 'footer', 'masthead',
  'navbar', 'nav', 'menu', 'toolbar', 'tags', 'popup', 'modal', 'standfirst', 'dek', 'kicker', 'timestamp',
  'meta', 'pullquote', 'pull', 'navigation', 'pagination', 'pager', 'rail', 'recirculation', 'player', 'gallery',
  'slideshow', 'sharedaddy', 'relatedposts', 'addtoany', 'addthis', 'shareaholic', 'yarpp', 'hidden', 'sr', 'visually', 'skip', 'header', 'trending', 'most', 'popular', 'widget', 'banner',
]);

/** The element's tag, role or hidden state puts its subtree outside the body, whatever its text. */
export function isChrome(el: Element): boolean {
  if (CHROME_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role.toLowerCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  // Inline-hidden only: computed style would force a layout on the live page for every paragraph.
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * Furniture that can outweigh the story itself: a long comment thread, a wall of related teasers. These names
 * hold even when the element has more prose than the article (a short story under 200 comments).
 */
const HEAVY_FURNITURE_WORDS = new Set(['comment', 'comments', 'disqus', 'related', 'relatedposts', 'yarpp', 'outbrain', 'taboola', 'recirc', 'recirculation', 'newsletter']);

/** none: not furniture by name; light: a share bar, a caption, a byline; heavy: comments, related stories. */
export type FurnitureName = 'none' | 'light' | 'heavy';

const nameCache = new WeakMap<Element, FurnitureName>();

/** What the element's class or id says it is ("share-bar", "relatedStories", "comments"). */
export function furnitureName(el: Element): FurnitureName {
  const cached = nameCache.get(el);
  if (cached !== undefined) return cached;
  const names = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
  let found: FurnitureName = 'none';
  if (names.trim()) {
    for (const word of names.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/)) {
      if (HEAVY_FURNITURE_WORDS.has(word)) {
        found = 'heavy';
        break;
      }
      if (FURNITURE_WORDS.has(word)) found = 'light';
    }
  }
  nameCache.set(el, found);
  return found;
}
