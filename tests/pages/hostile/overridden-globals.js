// Traps: built-ins replaced with functions that record the call in window.__pwned and throw. The page's own
// script (page.js) does not use them; only code that wrongly shares the page's world would trip them.
(function () {
  function trap(name) {
    return function () {
      window.__pwned = 'called ' + name;
      throw new Error('hostile page: ' + name + ' is a trap');
    };
  }
  Array.prototype.map = trap('Array.prototype.map');
  JSON.parse = trap('JSON.parse');
  JSON.stringify = trap('JSON.stringify');
  var fakeHighlights = { set: trap('CSS.highlights.set'), get: trap('CSS.highlights.get'), delete: trap('CSS.highlights.delete'), has: trap('CSS.highlights.has') };
  Object.defineProperty(window, 'CSS', { value: { highlights: fakeHighlights, supports: trap('CSS.supports'), escape: trap('CSS.escape') }, configurable: true, writable: true });
  // A listener fishing for messages posted to the window: nothing of the extension's may arrive here.
  window.__postedToPage = [];
  window.addEventListener('message', function (e) { window.__postedToPage.push(String(e.data && e.data.type)); });
})();
