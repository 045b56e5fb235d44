// Which element holds the article body: the deepest one that still holds nearly all of the page's prose.
import type { ProseMap } from './prose-map';

/** A container may lose at most this share of the page's prose to elements outside it. */
const SHARE_KEPT = 0.9;
/** Elements that are paragraphs themselves, never containers of paragraphs. */
const BLOCK_TAGS = new Set(['P', 'LI', 'BLOCKQUOTE', 'H2', 'H3', 'H4', 'H5', 'H6', 'DD', 'DT', 'TD', 'TH']);

/**
 * `<div itemprop="articleBody">` wins when it holds half the prose or more. Otherwise descend from the root into
 * the child that holds ≥ 90% of the prose, while there is one: body → main → article → div.article-body.
 * A listing (ten teasers side by side) stops high up, where no child dominates.
 */
export function chooseContainer(root: ParentNode, map: ProseMap): ParentNode {
  if (map.total === 0) {
    return root.querySelector('[itemprop~="articleBody"], article, [role="main"], main') ?? root;
  }
  for (const marked of map.markedBodies) {
    if ((map.prose.get(marked) ?? 0) >= 0.5 * map.total) return marked;
  }
  let node: ParentNode = root;
  for (;;) {
    let next: Element | null = null;
    for (const child of node.children) {
      if ((map.prose.get(child) ?? 0) >= SHARE_KEPT * map.total && !BLOCK_TAGS.has(child.tagName.toUpperCase())) {
        next = child;
        break;
      }
    }
    if (!next) return node;
    node = next;
  }
}
