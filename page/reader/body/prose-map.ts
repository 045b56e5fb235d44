// How much paragraph text sits under each element: the evidence for choosing the body container.
// Linear in (paragraphs × depth), with a budget so a page nested 10,000 levels deep cannot stall the reader.
import { elementsByTag } from '../elements';
import { furnitureName, isChrome } from './boilerplate';
import { looseTextChars, parentsOfBreaks } from './text-run';

export interface ProseMap {
  /** Characters of paragraph text under each element, page chrome and furniture left out. */
  prose: Map<Element, number>;
  total: number;
  /** The same before furniture names were applied: how much a "share"/"related" element really holds. */
  proseBeforeNames: Map<Element, number>;
  totalBeforeNames: number;
  /** Elements marked `itemprop="articleBody"` that hold prose, found on the way up from the paragraphs. */
  markedBodies: Element[];
}

/** Paragraphs shorter than this ("Advertisement", "By Jane Doe") say nothing about where the body is. */
const MIN_PARAGRAPH_CHARS = 20;
/** Ancestor steps allowed in all; beyond it the remaining paragraphs are not measured. */
const STEP_BUDGET = 400_000;
/** Bare text an element must hold between its <br>s to count as prose. */
const MIN_LOOSE_PROSE_CHARS = 200;
/** <br>s looked at for stories set as bare text: a page of thousands of line breaks is a poem or a table. */
const MAX_BREAKS = 2000;

/**
 * A furniture name (class="share-tools") marks furniture only when the element holds less than half the page's
 * prose: a wrapper `<div class="article with-share">` around the whole story is not a share bar. Comments and
 * related stories may outweigh a short story, so their names hold up to 90%: only a wrapper of nearly the
 * whole page (`<body class="comments-open">`) escapes them.
 */
export function isFurniture(el: Element, map: Pick<ProseMap, 'proseBeforeNames' | 'totalBeforeNames'>): boolean {
  const name = furnitureName(el);
  if (name === 'none') return false;
  return (map.proseBeforeNames.get(el) ?? 0) < (name === 'heavy' ? 0.9 : 0.5) * map.totalBeforeNames;
}

export function measureProse(root: ParentNode): ProseMap {
  const paragraphs = elementsByTag(root, 'p');
  let steps = 0;
  const chromeMemo = new Map<Element, boolean>();
  const kept: { p: Element; length: number }[] = [];
  const proseBeforeNames = new Map<Element, number>();
  let totalBeforeNames = 0;
  for (const { p, length } of proseHolders(root, paragraphs)) {
    if (steps > STEP_BUDGET) break;
    if (length < MIN_PARAGRAPH_CHARS) continue;
    if (insideAny(p, isChrome, chromeMemo)) continue;
    kept.push({ p, length });
    totalBeforeNames += length;
    for (let el: Element | null = p; el; el = el.parentElement) {
      steps++;
      proseBeforeNames.set(el, (proseBeforeNames.get(el) ?? 0) + length);
    }
  }
  const prose = new Map<Element, number>();
  const furnitureMemo = new Map<Element, boolean>();
  const markedBodies: Element[] = [];
  let total = 0;
  const named = { proseBeforeNames, totalBeforeNames };
  for (const { p, length } of kept) {
    if (insideAny(p, (el) => isFurniture(el, named), furnitureMemo)) continue;
    total += length;
    for (let el: Element | null = p; el; el = el.parentElement) {
      const before = prose.get(el);
      if (before === undefined && /\barticleBody\b/.test(el.getAttribute('itemprop') ?? '')) markedBodies.push(el);
      prose.set(el, (before ?? 0) + length);
    }
  }
  return { prose, total, proseBeforeNames, totalBeforeNames, markedBodies };
}

/**
 * The elements whose text is prose, with its length: every <p>, then every element that sets its story as bare
 * text between <br>s (older CMSs), measured by its own text nodes, since its paragraphs are no elements.
 */
function* proseHolders(root: ParentNode, paragraphs: Iterable<Element>): Generator<{ p: Element; length: number }> {
  for (const p of paragraphs) yield { p, length: (p.textContent ?? '').trim().length };
  for (const parent of parentsOfBreaks(root, MAX_BREAKS)) {
    if (insideParagraph(parent)) continue; // a line break inside a <p>: counted with it above
    // A footer's "© 2011 …<br>Contact us" is not a story: only a paragraph's worth of bare text counts.
    const length = looseTextChars(parent);
    if (length >= MIN_LOOSE_PROSE_CHARS) yield { p: parent, length };
  }
}

function insideParagraph(el: Element): boolean {
  for (let at: Element | null = el; at; at = at.parentElement) if (at.tagName.toUpperCase() === 'P') return true;
  return false;
}

/** Whether `el` or one of its ancestors passes `test`; memoised so shared ancestors are tested once. */
export function insideAny(el: Element, test: (el: Element) => boolean, memo: Map<Element, boolean>): boolean {
  const unknown: Element[] = [];
  let answer = false;
  for (let at: Element | null = el; at; at = at.parentElement) {
    const known = memo.get(at);
    if (known !== undefined) {
      answer = known;
      break;
    }
    unknown.push(at);
    if (test(at)) {
      answer = true;
      break;
    }
  }
  // Everything walked below a positive answer is inside it; below a negative one, clean.
  for (const at of unknown) memo.set(at, answer);
  return answer;
}
