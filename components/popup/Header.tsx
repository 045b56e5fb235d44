// The popup's header: what the article is, how much was found in it, and the reminder that all of it was found
// automatically and can be wrong.
import type { Analysis } from '../../analysis/types';
import { formatIsoDate } from './format-date';
import { t, type MessageKey } from '../../i18n/t';

interface HeaderProps {
  analysis: Analysis;
  /** Quotations as the reader sees them: one running over several paragraphs counts once, as on the speaker cards. */
  quotationCount: number;
  locale?: string;
}

export function Header({ analysis, quotationCount, locale }: HeaderProps) {
  const { article } = analysis;
  const published = article.published ? formatIsoDate(article.published, locale, 'day') : null;
  const counts: [number, MessageKey, MessageKey][] = [
    [quotationCount, 'countQuotesOne', 'countQuotesOther'],
    [analysis.speakers.length, 'countSpeakersOne', 'countSpeakersOther'],
    [analysis.statistics.length, 'countStatisticsOne', 'countStatisticsOther'],
    [analysis.timeline.length, 'countEventsOne', 'countEventsOther'],
  ];
  return (
    <header class="cp-header">
      <h1 class="cp-headline">{article.headline ?? t('popupUntitledArticle')}</h1>
      {(article.outlet || published) && (
        <p class="cp-byline">
          {article.outlet && <span class="cp-outlet">{article.outlet}</span>}
          {article.outlet && published && ' · '}
          {published && <time dateTime={article.published ?? undefined}>{published}</time>}
        </p>
      )}
      <ul class="cp-counts" aria-label={t('popupCountsLabel')}>
        {counts.map(([n, one, many]) => (
          <li key={many}>
            <strong>{n}</strong> {t(n === 1 ? one : many)}
          </li>
        ))}
      </ul>
      <p class="cp-note">{t('popupAutomaticNote')}</p>
    </header>
  );
}
