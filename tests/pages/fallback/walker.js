// A page script that walks its own DOM the way news sites do: it keeps references to its elements (taken before
// any extension ran) and gathers the article's text with a TreeWalker for a word count. `__walkAgain()` reports,
// after the extension has drawn, whether it still finds what it found at first. (Wrapping does split Text nodes,
// so a script that counted words node by node would see a quote mark cut off its word: that is the fallback's
// known cost, which the Highlight API path does not have.)
window.__pageScriptErrors = [];
window.addEventListener('error', (e) => window.__pageScriptErrors.push(String(e.message)));

function survey() {
  const article = document.querySelector('article');
  const elements = [...article.querySelectorAll('*')];
  let text = '';
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) text += n.data;
  const words = text.split(/\s+/).filter(Boolean).length;
  return {
    elements,
    parents: elements.map((el) => el.parentElement),
    texts: elements.map((el) => el.textContent),
    links: [...article.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    words,
  };
}

document.addEventListener('DOMContentLoaded', () => {
  window.__pageSnapshot = document.documentElement.outerHTML;
  const first = survey();
  window.__walkAgain = () => {
    const now = survey();
    const ours = now.elements.filter((el) => first.elements.includes(el));
    return {
      sameElementsConnected: first.elements.every((el) => el.isConnected) && ours.length === first.elements.length,
      sameParents: first.elements.every((el, i) => el.parentElement === first.parents[i]),
      sameTexts: first.elements.every((el, i) => el.textContent === first.texts[i]),
      sameLinks: JSON.stringify(now.links) === JSON.stringify(first.links),
      sameWordCount: now.words === first.words,
      addedElements: now.elements.filter((el) => !first.elements.includes(el)).map((el) => el.localName),
    };
  };
});
