// Moves the story into an open shadow root on <news-story>, while the page is parsed.
(function () {
  var host = document.getElementById('host');
  var root = host.attachShadow({ mode: 'open' });
  root.appendChild(document.getElementById('story').content.cloneNode(true));
})();
