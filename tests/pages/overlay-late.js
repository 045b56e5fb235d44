// The article body arrives after the page has loaded (after document_idle), as from a slow API call, in two
// batches; then the page re-renders one paragraph with identical text, as frameworks do.
const BATCHES = [
  [
    'Opening hours at the central library will be cut by 12 hours a week from July, the council confirmed.',
    'Head librarian Noor Haddad said: "We are being asked to do more with less, again."',
  ],
  [
    'The council said visits had fallen by 18% since 2019 and that the saving would be £140,000 a year.',
    '"The building will stay open six days a week," a council spokesman said.',
  ],
];

function append(texts) {
  const story = document.getElementById('story');
  document.querySelector('.loading')?.remove();
  for (const text of texts) {
    const p = document.createElement('p');
    p.textContent = text;
    story.appendChild(p);
  }
}

setTimeout(() => append(BATCHES[0]), 1500);
setTimeout(() => append(BATCHES[1]), 1800);
setTimeout(() => {
  // Re-render: the same text in a fresh element.
  const first = document.querySelector('#story p');
  const copy = document.createElement('p');
  copy.textContent = first.textContent;
  first.replaceWith(copy);
  window.__rerendered = true;
}, 3500);
