// The corpus pages' own script (served from 'self', so it runs under a script-src 'self' policy): a button the
// tests click after highlights are toggled off, to show the page still works. Page errors are kept for the tests.
window.__clicks = 0;
window.__pageErrors = [];
window.addEventListener('error', function (e) { window.__pageErrors.push(String(e.message)); });
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('page-button');
  if (button) button.addEventListener('click', function () { window.__clicks += 1; });
});
