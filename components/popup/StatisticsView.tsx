// Statistics: each number as printed, what it measures, where it comes from and what it is compared with.
import type { Analysis, Statistic } from '../../analysis/types';
import { t } from '../../i18n/t';

interface StatisticsViewProps {
  analysis: Analysis;
  onReveal: (itemId: string) => void;
}

export function StatisticsView({ analysis, onReveal }: StatisticsViewProps) {
  if (analysis.statistics.length === 0) return <p class="cp-empty">{t('statisticsNone')}</p>;
  return (
    <ul class="cp-statistics">
      {analysis.statistics.map((statistic) => (
        <li key={statistic.id}>
          <StatisticButton statistic={statistic} onReveal={onReveal} />
        </li>
      ))}
    </ul>
  );
}

function StatisticButton({ statistic, onReveal }: { statistic: Statistic; onReveal: (id: string) => void }) {
  const startsWithApprox = statistic.approx && statistic.text.toLowerCase().startsWith(statistic.approx.toLowerCase());
  return (
    <button type="button" class="cp-statistic" onClick={() => onReveal(statistic.id)}>
      <span class="cp-statistic-value">
        {statistic.approx && !startsWithApprox && `${statistic.approx} `}
        {statistic.text}
      </span>
      <span class="cp-statistic-measures">{statistic.measures ?? t('statisticMeasuresUnclear')}</span>
      {statistic.source && <span class="cp-statistic-source">{t('statisticSource', statistic.source)}</span>}
      {statistic.comparison && (
        <span class="cp-statistic-comparison">
          {t(statistic.comparison.kind === 'change' ? 'statisticChange' : 'statisticComparedWith', statistic.comparison.text)}
        </span>
      )}
      <span class="cp-visually-hidden">{t('showInPage')}</span>
    </button>
  );
}
