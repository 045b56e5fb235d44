// Nests 10,000 elements (alternating div and section) under #outer and puts the story at the bottom, while the
// page is parsed, so the tests' DOMContentLoaded snapshot includes the whole tree. The wrappers are
// `display: contents`: Chromium's renderer crashes on 10,000 nested boxes by itself, with no extension loaded;
// this way the DOM is that deep while the layout stays shallow.
(function () {
  var DEPTH = 10000;
  var node = document.getElementById('outer');
  for (var i = 0; i < DEPTH; i++) {
    var child = document.createElement(i % 2 ? 'section' : 'div');
    child.style.display = 'contents';
    node.appendChild(child);
    node = child;
  }
  var article = document.createElement('article');
  article.appendChild(document.getElementById('story').content.cloneNode(true));
  node.appendChild(article);
  window.__depth = DEPTH;
})();
