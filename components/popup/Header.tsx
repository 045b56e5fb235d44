// The popup's header: what the article is, how much was found in it, and the reminder that all of it was found
// automatically and can be wrong.
import type { Analysis } from '../../analysis/types';
import { formatIsoDate } from './format-date';

interface HeaderProps {
  analysis: Analysis;
  locale?: string;
}

export function Header({ analysis, locale }: HeaderProps) {
  const { article } = analysis;
  const published = article.published ? formatIsoDate(article.published, locale, 'day') : null;
  const counts: [number, string, string][] = [
    [analysis.quotes.length, 'quote', 'quotes'],
    [analysis.speakers.length, 'speaker', 'speakers'],
    [analysis.statistics.length, 'statistic', 'statistics'],
    [analysis.timeline.length, 'event', 'events'],
  ];
  return (
    <header class="cp-header">
      <h1 class="cp-headline">{article.headline ?? 'Untitled article'}</h1>
      {(article.outlet || published) && (
        <p class="cp-byline">
          {article.outlet && <span class="cp-outlet">{article.outlet}</span>}
          {article.outlet && published && ' · '}
          {published && <time dateTime={article.published ?? undefined}>{published}</time>}
        </p>
      )}
      <ul class="cp-counts" aria-label="Found in this article">
        {counts.map(([n, one, many]) => (
          <li key={many}>
            <strong>{n}</strong> {n === 1 ? one : many}
          </li>
        ))}
      </ul>
      <p class="cp-note">Found automatically in the article's own words: it can be wrong.</p>
    </header>
  );
}
