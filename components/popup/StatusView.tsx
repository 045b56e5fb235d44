// Everything the popup says when there is no analysis to show: why, and what the reader can do about it.
import type { TabStatus } from '../../messaging/protocol';
import { t, type MessageKey } from '../../i18n/t';
import { tNodes } from '../../i18n/t-nodes';

type NotAnalysed = Exclude<TabStatus, { state: 'analysed' }>;

interface StatusViewProps {
  status: NotAnalysed;
  onAnalyseAnyway: () => void;
  onStopSkipping: (hostname: string) => void;
  onRetry: () => void;
  locale?: string;
}

// Message keys, not text: each is looked up when shown, in the reader's language.
const UNSUPPORTED: Record<Extract<TabStatus, { state: 'unsupported' }>['reason'], { title: MessageKey; body: MessageKey }> = {
  'browser-page': { title: 'statusCannotRunTitle', body: 'statusBrowserPageBody' },
  'store-page': { title: 'statusCannotRunTitle', body: 'statusStorePageBody' },
  'no-access': { title: 'statusNoAccessTitle', body: 'statusNoAccessBody' },
};

export function StatusView({ status, onAnalyseAnyway, onStopSkipping, onRetry, locale }: StatusViewProps) {
  switch (status.state) {
    case 'loading':
      return (
        <Message title={t('statusLoadingTitle')} busy>
          {t('statusLoadingBody')}
        </Message>
      );
    case 'unsupported': {
      const copy = UNSUPPORTED[status.reason] ?? UNSUPPORTED['no-access'];
      return <Message title={t(copy.title)}>{t(copy.body)}</Message>;
    }
    case 'skipped':
      return (
        <Message title={t('statusSkippedTitle')} action={{ label: t('statusStopSkipping'), run: () => onStopSkipping(status.hostname) }}>
          {tNodes('statusSkippedBody', [<strong>{status.hostname}</strong>])}
        </Message>
      );
    case 'not-article':
      return (
        <Message title={t('statusNotArticleTitle')} action={{ label: t('statusAnalyseAnyway'), run: onAnalyseAnyway }}>
          {t('statusNotArticleBody')}
          {status.reason && <span class="cp-status-reason">{t('statusReason', status.reason)}</span>}
        </Message>
      );
    case 'other-language':
      return (
        <Message title={t('statusOtherLanguageTitle')} action={{ label: t('statusAnalyseAnyway'), run: onAnalyseAnyway }}>
          {t('statusOtherLanguageBody', languageName(status.language, locale))}
        </Message>
      );
    case 'error':
      return (
        <Message title={t('statusErrorTitle')} action={{ label: t('statusTryAgain'), run: onRetry }}>
          {status.message}
        </Message>
      );
  }
}

interface MessageProps {
  title: string;
  children: preact.ComponentChildren;
  action?: { label: string; run: () => void };
  busy?: boolean;
}

function Message({ title, children, action, busy }: MessageProps) {
  return (
    <section class="cp-status" role="status" aria-busy={busy ? 'true' : undefined}>
      {busy && <span class="cp-spinner" aria-hidden="true" />}
      <h1 class="cp-status-title">{title}</h1>
      <p class="cp-status-body">{children}</p>
      {action && (
        <button type="button" class="cp-button cp-button-primary" onClick={action.run}>
          {action.label}
        </button>
      )}
    </section>
  );
}

function languageName(tag: string, locale?: string): string {
  try {
    return new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
