// Everything the popup says when there is no analysis to show: why, and what the reader can do about it.
import type { TabStatus } from '../../messaging/protocol';

type NotAnalysed = Exclude<TabStatus, { state: 'analysed' }>;

interface StatusViewProps {
  status: NotAnalysed;
  onAnalyseAnyway: () => void;
  onStopSkipping: (hostname: string) => void;
  onRetry: () => void;
  locale?: string;
}

const UNSUPPORTED: Record<Extract<TabStatus, { state: 'unsupported' }>['reason'], { title: string; body: string }> = {
  'browser-page': {
    title: 'Extensions cannot run on this page',
    body: "This is one of the browser's own pages (such as chrome://, edge:// or about: pages). Browsers keep extensions out of them. Open a news article to see its context.",
  },
  'store-page': {
    title: 'Extensions cannot run on this page',
    body: 'Extension stores (the Chrome Web Store, Microsoft Edge Add-ons, Firefox Add-ons) are protected: browsers let no extension read them.',
  },
  'no-access': {
    title: 'Counterpoint cannot read this page',
    body: "The browser keeps extensions out of this page. It does so on its own pages (chrome://, edge://, about:), on extension stores, and on local files unless you allow it. On a news site, reload the page and try again.",
  },
};

export function StatusView({ status, onAnalyseAnyway, onStopSkipping, onRetry, locale }: StatusViewProps) {
  switch (status.state) {
    case 'loading':
      return (
        <Message title="Reading the page…" busy>
          Counterpoint is waiting for the page to finish loading, then it finds the quotes, speakers, numbers and dates.
        </Message>
      );
    case 'unsupported': {
      const copy = UNSUPPORTED[status.reason] ?? UNSUPPORTED['no-access'];
      return <Message title={copy.title}>{copy.body}</Message>;
    }
    case 'skipped':
      return (
        <Message title="You skip this site" action={{ label: 'Stop skipping', run: () => onStopSkipping(status.hostname) }}>
          Counterpoint leaves pages on <strong>{status.hostname}</strong> alone, as you asked.
        </Message>
      );
    case 'not-article':
      return (
        <Message title="This page doesn't look like a news article" action={{ label: 'Analyse anyway', run: onAnalyseAnyway }}>
          Counterpoint only reads news articles, so that home pages, listings and web apps stay untouched.
          {status.reason && <span class="cp-status-reason"> ({status.reason})</span>}
        </Message>
      );
    case 'other-language':
      return (
        <Message title="This article is not in English" action={{ label: 'Analyse anyway', run: onAnalyseAnyway }}>
          It seems to be in {languageName(status.language, locale)}. Counterpoint understands English articles only, so
          what it finds here is likely to be wrong.
        </Message>
      );
    case 'error':
      return (
        <Message title="Something went wrong" action={{ label: 'Try again', run: onRetry }}>
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
