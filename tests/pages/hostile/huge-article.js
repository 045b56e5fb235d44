// Builds about 5 MB of article text inside #story, synchronously while the page is parsed (before
// DOMContentLoaded, so the tests' snapshot of the page includes it).
(function () {
  var TARGET_CHARS = 5 * 1024 * 1024;
  var patterns = [
    function (i) { return 'Objector number ' + i + ', Rosalind Achterberg, said: \u201cThe pool is where ' + (i % 90 + 10) + '% of the children in my street learned to swim, and you want to close it.\u201d'; },
    function (i) { return 'The leisure lead, Councillor Piet Ostrander, said the pools cost \u00a3' + (i % 50 + 1) + '.' + (i % 10) + ' million a year to run and that attendance had fallen by ' + (i % 40 + 5) + '% since ' + (2000 + (i % 24)) + '.'; },
    function (i) { return '\u201cWe have listened to ' + i + ' people today,\u201d Mr Ostrander said. \u201cWe will listen to the rest, however long it takes.\u201d'; },
    function (i) { return 'A petition signed by ' + (i * 7 % 9000 + 1000) + ' residents asked the council to keep at least one pool open on weekday evenings.'; },
  ];
  var story = document.getElementById('story');
  var fragment = document.createDocumentFragment();
  var total = 0;
  for (var i = 0; total < TARGET_CHARS; i++) {
    var p = document.createElement('p');
    var text = patterns[i % patterns.length](i);
    p.textContent = text;
    fragment.appendChild(p);
    total += text.length;
  }
  story.appendChild(fragment);
  window.__articleChars = total;
})();
