// Runs as the page is parsed; the snapshot is taken at DOMContentLoaded, before the extension's content script
// (document_idle): the DOM as the page made it, for the tests to compare with after highlights come and go.
window.__pageScriptErrors = [];
window.addEventListener('error', (e) => window.__pageScriptErrors.push(String(e.message)));
if (new URLSearchParams(location.search).has('dark')) document.body.classList.add('dark');
document.addEventListener('DOMContentLoaded', () => {
  window.__pageSnapshot = document.documentElement.outerHTML;
});
