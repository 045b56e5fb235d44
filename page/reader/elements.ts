// Elements by tag name. getElementsByTagName is far cheaper than a selector on large pages (and in happy-dom,
// where the command line runs, selectors are matched in script); a shadow root only has querySelectorAll.
export function elementsByTag(root: ParentNode, tag: string): ArrayLike<Element> & Iterable<Element> {
  const byTag = (root as Partial<Element>).getElementsByTagName;
  return typeof byTag === 'function' ? byTag.call(root, tag) : root.querySelectorAll(tag);
}
