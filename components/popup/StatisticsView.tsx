// Statistics: each number as printed, what it measures, where it comes from and what it is compared with.
import type { Analysis, Statistic } from '../../analysis/types';

interface StatisticsViewProps {
  analysis: Analysis;
  onReveal: (itemId: string) => void;
}

export function StatisticsView({ analysis, onReveal }: StatisticsViewProps) {
  if (analysis.statistics.length === 0) return <p class="cp-empty">The article gives no statistics.</p>;
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
      <span class="cp-statistic-measures">{statistic.measures ?? 'What it measures is not clear from the text'}</span>
      {statistic.source && <span class="cp-statistic-source">Source: {statistic.source}</span>}
      {statistic.comparison && (
        <span class="cp-statistic-comparison">
          {statistic.comparison.kind === 'change' ? 'Change: ' : 'Compared with: '}
          {statistic.comparison.text}
        </span>
      )}
      <span class="cp-visually-hidden"> Show in the page</span>
    </button>
  );
}
