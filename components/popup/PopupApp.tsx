// The popup: asks the background where the tab stands, then shows either the analysis in four tabs or a status
// message. While the page is still loading it asks again every moment, for up to a minute.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../../analysis/types';
import type { TabStatus } from '../../messaging/protocol';
import { Tabs } from '../shared/Tabs';
import { indexAnalysis } from './analysis-index';
import { Header } from './Header';
import type { PopupClient } from './popup-client';
import { SidesView } from './SidesView';
import { SpeakersView } from './SpeakersView';
import { StatisticsView } from './StatisticsView';
import { StatusView } from './StatusView';
import { TimelineView } from './TimelineView';
import { t } from '../../i18n/t';

export const POLL_INTERVAL_MS = 600;
const POLL_LIMIT = 100;

interface PopupAppProps {
  client: PopupClient;
  locale?: string;
}

export function PopupApp({ client, locale }: PopupAppProps) {
  const [status, setStatus] = useState<TabStatus>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const refresh = () => setGeneration((g) => g + 1);
  /** A status that only says the last action has not reached the page yet. */
  const stale = useRef<((status: TabStatus) => boolean) | null>(null);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let polls = 0;
    const ask = async () => {
      let next: TabStatus;
      try {
        next = await client.getStatus();
      } catch (error) {
        next = { state: 'error', message: t('popupCannotReachTab', String((error as Error)?.message ?? error)) };
      }
      if (cancelled) return;
      // Right after "Stop skipping" the background may still hold the old verdict until the page re-runs.
      if (stale.current?.(next)) next = { state: 'loading' };
      else stale.current = null;
      if (next.state === 'loading' && ++polls >= POLL_LIMIT) {
        next = { state: 'error', message: t('popupTooSlow') };
      }
      setStatus(next);
      if (next.state === 'loading') timer = setTimeout(ask, POLL_INTERVAL_MS);
    };
    void ask();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, generation]);

  const act = (run: () => Promise<void>) => {
    setStatus({ state: 'loading' });
    run().then(refresh, refresh);
  };
  const reveal = (itemId: string) => void client.reveal(itemId).catch(() => undefined);
  const hostname = status.state === 'skipped' ? null : client.hostname;
  const skip = hostname
    ? () => {
        void client.skipSite(hostname).then(() => setStatus({ state: 'skipped', hostname }));
      }
    : null;

  return (
    <div class="cp-popup">
      {status.state === 'analysed' ? (
        <AnalysisView analysis={status.analysis} onReveal={reveal} locale={locale} />
      ) : (
        <StatusView
          status={status}
          locale={locale}
          onAnalyseAnyway={() => act(() => client.analyseAnyway())}
          onStopSkipping={(host) => {
            stale.current = (next) => next.state === 'skipped';
            act(() => client.unskipSite(host));
          }}
          onRetry={refresh}
        />
      )}
      <footer class="cp-footer">
        {skip && status.state !== 'unsupported' && (
          <button type="button" class="cp-button" onClick={skip}>
            {t('popupSkipThisSite')}
          </button>
        )}
        <button type="button" class="cp-button cp-link" onClick={() => void client.openOptions()}>
          {t('popupOptions')}
        </button>
      </footer>
    </div>
  );
}

interface AnalysisViewProps {
  analysis: Analysis;
  onReveal: (itemId: string) => void;
  locale?: string;
}

function AnalysisView({ analysis, onReveal, locale }: AnalysisViewProps) {
  const index = useMemo(() => indexAnalysis(analysis), [analysis]);
  return (
    <>
      <Header analysis={analysis} quotationCount={index.chains.length} locale={locale} />
      <Tabs
        label={t('popupTabsLabel')}
        tabs={[
          { id: 'speakers', label: t('tabSpeakers'), count: analysis.speakers.length, render: () => <SpeakersView analysis={analysis} index={index} onReveal={onReveal} /> },
          { id: 'sides', label: t('tabSides'), render: () => <SidesView analysis={analysis} index={index} onReveal={onReveal} /> },
          { id: 'timeline', label: t('tabTimeline'), count: analysis.timeline.length, render: () => <TimelineView analysis={analysis} onReveal={onReveal} locale={locale} /> },
          { id: 'statistics', label: t('tabStatistics'), count: analysis.statistics.length, render: () => <StatisticsView analysis={analysis} onReveal={onReveal} /> },
        ]}
      />
    </>
  );
}
