// The cost of saying "not an article" on a heavy news home page (tests/pages/bench-home-page.html: 1,500 links,
// teaser cards). As served it declares og:type=website; the same page with its metadata removed (in memory)
// makes the reader fall through to its prose checks, the slower way out.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPage } from '../cli/load-page';
import { readArticle } from '../page/read-article';
import { PROJECT_ROOT } from '../tests/browser/support/environment';
import { samplePaired, summarise, type Summary } from './measure';

export const HOME_PAGE = 'bench-home-page.html';

export interface EarlyExitRow {
  variant: string;
  links: number;
  isArticle: boolean;
  reason: string;
  time: Summary;
}

export function measureEarlyExit(): EarlyExitRow[] {
  const html = readFileSync(resolve(PROJECT_ROOT, 'tests/pages', HOME_PAGE), 'utf8');
  const declared = loadPage(html, 'https://bench.example/').document;
  const undeclared = loadPage(html, 'https://bench.example/').document;
  for (const el of undeclared.querySelectorAll('meta[property], script[type="application/ld+json"]')) el.remove();

  const variants = [
    { variant: 'as served (og:type=website)', doc: declared },
    { variant: 'metadata removed', doc: undeclared },
  ];
  const samples = samplePaired(
    variants.map(({ doc }) => () => () => readArticle(doc)),
    { warmup: 5, minRounds: 30, budgetMs: 2000 },
  );
  return variants.map(({ variant, doc }, i) => {
    const reading = readArticle(doc);
    return {
      variant,
      links: doc.querySelectorAll('a').length,
      isArticle: reading.isArticle,
      reason: reading.reason ?? '',
      time: summarise(samples[i]),
    };
  });
}
