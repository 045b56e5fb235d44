// A single-page app: the front page is a list; a story is rendered in place and the address changes through
// the history API, as a framework router would do. `window.__openStory(name)` is what a click does.
const STORIES = {
  ferry: {
    headline: 'Ferry crews vote on new rota',
    paragraphs: [
      'Ferry crews on the island route will vote this week on a new rota that the operator says will cut delays by 30%.',
      'Jonas Very, who speaks for the crews, said: "The rota asks us to work longer shifts for the same money."',
      'The operator said the change affected 240 staff and that overtime would still be paid.',
      '"Nobody will lose a penny," said Lena Ostrova, its operations director.',
    ],
  },
  market: {
    headline: 'Market traders win rent freeze',
    paragraphs: [
      'Traders at the covered market have won a rent freeze for two years after a campaign backed by 4,000 shoppers.',
      'Their spokesman, Idris Callan, said: "We were told it could not be done, and we did it anyway."',
    ],
  },
};

function setArticleHead(story) {
  document.title = story.headline + ' | Porthaven Daily';
  let ld = document.getElementById('ld');
  if (!ld) {
    ld = document.createElement('script');
    ld.type = 'application/ld+json';
    ld.id = 'ld';
    document.head.appendChild(ld);
  }
  ld.textContent = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: story.headline, datePublished: '2025-05-02T08:00:00Z' });
  let og = document.querySelector('meta[property="og:type"]');
  if (!og) {
    og = document.createElement('meta');
    og.setAttribute('property', 'og:type');
    document.head.appendChild(og);
  }
  og.setAttribute('content', 'article');
}

window.__openStory = (name) => {
  const story = STORIES[name];
  history.pushState({ name }, '', '/overlay-spa/' + name);
  setArticleHead(story);
  const app = document.getElementById('app');
  const article = document.createElement('article');
  const h1 = document.createElement('h1');
  h1.textContent = story.headline;
  article.appendChild(h1);
  for (const text of story.paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    article.appendChild(p);
  }
  app.replaceChildren(article);
};

document.addEventListener('click', (event) => {
  const link = event.target.closest('[data-story]');
  if (!link) return;
  event.preventDefault();
  window.__openStory(link.dataset.story);
});
