// The body's paragraphs in reading order: one element per paragraph, page furniture left out.
import { blockText, countWords, linkDensity } from '../block-text';
import { isChrome } from './boilerplate';
import { isFurniture, type ProseMap } from './prose-map';
import { hasLooseText, hasParagraphBreak, isTextRun, splitIntoRuns, type BodyBlock } from './text-run';

/** Elements that break a container into blocks; an element with none of these as children is a leaf. */
const BLOCK_CHILD_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'LI', 'DL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'BLOCKQUOTE', 'TABLE', 'FIGURE', 'ASIDE', 'NAV', 'HEADER', 'FOOTER', 'PRE', 'FORM', 'HR',
]);
const SUBHEADS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

/** Labels that stand alone between paragraphs on news sites and are not the story. */
const AD_LABEL = /^(advertisement|advert|sponsored( content)?|story continues below( advertisement)?|continue reading( below)?|scroll to continue( with content)?)$/i;
/** Subheads that open a box of links or an advert rather than a section of the story. */
const FURNITURE_HEADING = /^(related( stories| articles| content| coverage)?|read more|more on this( story)?|see also|most (read|popular|viewed)|latest( news)?|recommended|you (may|might) also like|more stories|advertisement|share this( article| story)?)\W*$/i;
/** "Read more: <a>…</a>" and the like: a teaser line inside the body. */
const TEASER_PREFIX = /^(read more|more on this|related|see also|also read|read also|recommended|watch|listen|more|latest)\s*[:：|–—-]/i;
/** "By Jane Doe, Political Editor": a byline left in a plain paragraph. Needs a capital after "By". */
const BYLINE = /^(?:[Bb]y|[Ww]ritten by|[Ww]ords by)\s+\p{Lu}[^.!?]*$/u;
/** "Posted on 12 June 2021", "Updated 14:05 GMT": a publication line left in a plain paragraph. */
const DATELINE = /^(posted|published|updated|last updated|first published)\b[^.!?]*\d[^.!?]*$/i;
/** "© 2011 Example LLC. All Rights Reserved.": a page's legal line, loose in a footer <div>. */
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)/i;
/** A paragraph of prose ends like a sentence, or with a closing quote mark. */
const SENTENCE_END = /[.!?…:;"'”’»)\]]$/;

export interface BlockContext {
  map: ProseMap;
  /** The article's headline: a subhead repeating it is the headline again, not body. */
  headline: string | null;
}

/**
 * A body longer than this is cut (a hostile 5 MB "article"): no news story comes near it, and the analysis and
 * the highlighter must stay responsive on the live page.
 */
export const MAX_BODY_BLOCKS = 3000;
export const MAX_BODY_CHARS = 1_000_000;

export interface Body {
  blocks: BodyBlock[];
  /** paragraphs[i] is blockText(blocks[i]). */
  paragraphs: string[];
  /** The body was cut at MAX_BODY_BLOCKS or MAX_BODY_CHARS. */
  truncated: boolean;
}

export function collectBlocks(container: ParentNode, context: BlockContext): Body {
  const blocks: BodyBlock[] = [];
  const paragraphs: string[] = [];
  let chars = 0;
  const keep = (block: BodyBlock, text: string): boolean => {
    if (blocks.length >= MAX_BODY_BLOCKS || chars + text.length > MAX_BODY_CHARS) return false;
    blocks.push(block);
    paragraphs.push(text);
    chars += text.length;
    return true;
  };
  // Iterative depth-first walk in document order: deep nesting must not overflow the stack.
  const stack: BodyBlock[] = [];
  pushParts(stack, topLevel(container));
  while (stack.length) {
    const item = stack.pop()!;
    if (isTextRun(item)) {
      // Bare text reads as a <div>'s would; one of several paragraphs of a <br><br> story may be short.
      const text = bodyText(item, RUN_TAG, context, item.oneOfSeveral);
      if (text && !keep(item, text)) return { blocks, paragraphs, truncated: true };
      continue;
    }
    const el = item;
    if (isChrome(el) || isFurniture(el, context.map)) continue;
    const tag = el.tagName.toUpperCase();
    const leaf = !hasBlockChild(el) || (tag === 'BLOCKQUOTE' && isEmbeddedPost(el));
    if (tag !== 'P' && !SUBHEADS.has(tag) && hasLooseText(el) && (!leaf || hasParagraphBreak(el))) {
      // Bare text beside block children, or paragraphs set apart by <br><br>: each run is a paragraph.
      pushParts(stack, splitIntoRuns(el, isBlockChildElement));
      continue;
    }
    if (tag === 'P' || SUBHEADS.has(tag) || (leaf && (tag === 'BLOCKQUOTE' || tag === 'LI' || tag === 'DIV' || tag === 'SECTION'))) {
      const text = bodyText(el, tag, context, isAfterTextDiv(el, blocks));
      if (text && !keep(el, text)) return { blocks, paragraphs, truncated: true };
      if (tag === 'P' || SUBHEADS.has(tag) || leaf) continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  }
  return { blocks, paragraphs, truncated: false };
}

/** The container's children, or, where it holds its story as bare text itself, its runs and block children. */
function topLevel(container: ParentNode): BodyBlock[] {
  const el = container as Element;
  if (el.nodeType === 1 && hasLooseText(el)) return splitIntoRuns(el, isBlockChildElement);
  return [...container.children];
}

/** Onto the walk's stack in reverse, so they pop in document order. */
function pushParts(stack: BodyBlock[], parts: BodyBlock[]): void {
  for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]);
}

/** A run of bare text is judged as the text of a leaf <div> is. */
const RUN_TAG = 'DIV';

const isBlockChildElement = (el: Element) => BLOCK_CHILD_TAGS.has(el.tagName.toUpperCase());

/**
 * An embedded post: one paragraph plus its attribution as loose text in the same blockquote
 * (`<blockquote><p>Post text</p>— Name (@handle) 15 September 2024</blockquote>`). The attribution belongs to the
 * post's paragraph; descending into the <p> alone would drop it.
 */
function isEmbeddedPost(blockquote: Element): boolean {
  let blockChildren = 0;
  for (const child of blockquote.children) if (BLOCK_CHILD_TAGS.has(child.tagName.toUpperCase())) blockChildren++;
  if (blockChildren !== 1) return false;
  for (const node of blockquote.childNodes) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) return true;
    if (node.nodeType === 1 && !BLOCK_CHILD_TAGS.has((node as Element).tagName.toUpperCase()) && (node.textContent ?? '').trim()) return true;
  }
  return false;
}

function hasBlockChild(el: Element): boolean {
  for (const child of el.children) if (BLOCK_CHILD_TAGS.has(child.tagName.toUpperCase())) return true;
  return false;
}

/**
 * Sites that set paragraphs as <div>s (`<div data-testid="paragraph-3">“Yes,” he said.</div>`) make a run of
 * sibling text divs: once one has been read as prose, a short one after it is prose too.
 */
function isAfterTextDiv(el: Element, blocks: BodyBlock[]): boolean {
  const previous = blocks.at(-1);
  return previous !== undefined && !isTextRun(previous) && previous.tagName === el.tagName && previous.parentElement === el.parentElement && previous.tagName !== 'P';
}

/** The block's text when it is body, else null. */
function bodyText(block: BodyBlock, tag: string, context: BlockContext, afterTextDiv: boolean): string | null {
  const text = blockText(block);
  return text && isBodyBlock(block, tag, text, context, afterTextDiv) ? text : null;
}

function isBodyBlock(block: BodyBlock, tag: string, text: string, context: BlockContext, afterTextDiv: boolean): boolean {
  if (SUBHEADS.has(tag)) {
    if (context.headline && sameText(text, context.headline)) return false;
    if (FURNITURE_HEADING.test(text)) return false;
    return linkDensity(block, text.length) < 0.9; // a linked heading is a teaser's title
  }
  if (AD_LABEL.test(text)) return false;
  if (text.length < 100 && (BYLINE.test(text) || DATELINE.test(text))) return false;
  const time = !isTextRun(block) && block.firstElementChild ? block.querySelector('time') : null;
  if (time && sameText(blockText(time), text)) return false; // a dateline paragraph: just the <time>
  const linked = linkDensity(block, text.length);
  if (linked >= 0.9 && !SENTENCE_END.test(text)) return false; // a headline link standing alone
  if (linked > 0.5 && TEASER_PREFIX.test(text)) return false;
  if (tag === 'P' || tag === 'BLOCKQUOTE') return true;
  // List items and bare text in a <div> are body only when they read as prose, not as a row of links or labels.
  if (tag === 'LI') return linked < 0.5 && countWords(text) >= 4;
  return linked < 0.3 && !COPYRIGHT.test(text) && SENTENCE_END.test(text) && (text.length >= 80 || afterTextDiv);
}

function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
