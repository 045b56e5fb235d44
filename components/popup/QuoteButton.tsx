// One quotation as a button that takes the reader to it on the page. The words are page text: they are only ever
// rendered as text children (Preact escapes them), never as HTML.
import type { QuoteChain } from './analysis-index';
import { chainText } from './analysis-index';
import { t } from '../../i18n/t';

interface QuoteButtonProps {
  chain: QuoteChain;
  onReveal: (itemId: string) => void;
  /** Show who said it (in views that mix speakers). */
  showSpeaker?: boolean;
}

export function QuoteButton({ chain, onReveal, showSpeaker }: QuoteButtonProps) {
  const reported = chain.head.kind === 'indirect';
  const text = chainText(chain);
  return (
    <button type="button" class={`cp-quote${reported ? ' cp-quote-reported' : ''}`} onClick={() => onReveal(chain.head.id)}>
      {showSpeaker && <span class="cp-quote-speaker">{t('quoteSpeakerPrefix', chain.speaker?.name ?? t('unattributed'))}</span>}
      <span class="cp-quote-text">{reported ? text : t('quoteInMarks', text)}</span>
      {reported && <span class="cp-quote-kind">{t('quoteReportedTag')}</span>}
      <span class="cp-visually-hidden">{t('showInPage')}</span>
    </button>
  );
}
