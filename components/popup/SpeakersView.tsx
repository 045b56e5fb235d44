// Speakers: a card each, most-quoted first. The card says who they are as the article describes them, which side
// they are on and why, and opens to their quotations.
import { useState } from 'preact/hooks';
import type { Analysis, Speaker } from '../../analysis/types';
import type { AnalysisIndex, QuoteChain } from './analysis-index';
import { QuoteButton } from './QuoteButton';
import { sideClass } from './side-colour';
import { t } from '../../i18n/t';
import { tNodes } from '../../i18n/t-nodes';
import { speakerAbout } from '../shared/speaker-about';

interface SpeakersViewProps {
  analysis: Analysis;
  index: AnalysisIndex;
  onReveal: (itemId: string) => void;
}

export function SpeakersView({ analysis, index, onReveal }: SpeakersViewProps) {
  const speakers = [...analysis.speakers].sort(
    (a, b) => (index.chainsBySpeaker.get(b.id)?.length ?? 0) - (index.chainsBySpeaker.get(a.id)?.length ?? 0),
  );
  if (speakers.length === 0 && index.unattributed.length === 0) {
    return <p class="cp-empty">{t('speakersNone')}</p>;
  }
  return (
    <ul class="cp-speakers">
      {speakers.map((speaker) => (
        <li key={speaker.id}>
          <SpeakerCard speaker={speaker} chains={index.chainsBySpeaker.get(speaker.id) ?? []} index={index} onReveal={onReveal} />
        </li>
      ))}
      {index.unattributed.length > 0 && (
        <li>
          <SpeakerCard speaker={null} chains={index.unattributed} index={index} onReveal={onReveal} />
        </li>
      )}
    </ul>
  );
}

interface SpeakerCardProps {
  /** null: the quotations nobody can be named for. */
  speaker: Speaker | null;
  chains: QuoteChain[];
  index: AnalysisIndex;
  onReveal: (itemId: string) => void;
}

function SpeakerCard({ speaker, chains, index, onReveal }: SpeakerCardProps) {
  const [open, setOpen] = useState(false);
  const id = `speaker-${speaker?.id ?? 'unattributed'}`;
  const side = speaker?.side ? index.sideById.get(speaker.side) ?? null : null;
  const count = chains.length;
  const about = speaker ? speakerAbout(speaker) : { role: null, org: null };
  return (
    <article class={`cp-card ${sideClass(index, speaker?.side ?? null)}`}>
      <button type="button" class="cp-card-head" aria-expanded={open} aria-controls={`${id}-quotes`} onClick={() => setOpen(!open)}>
        <span class="cp-swatch" aria-hidden="true" />
        <span class="cp-card-title">
          <span class="cp-speaker-name">{speaker?.name ?? t('unattributed')}</span>
          {speaker ? (
            (about.role || about.org) && (
              <span class="cp-speaker-description">
                {about.role && <span class="cp-speaker-role">{about.role}</span>}
                {about.role && about.org && ', '}
                {about.org && <span class="cp-speaker-org">{about.org}</span>}
              </span>
            )
          ) : (
            <span class="cp-speaker-description">{t('speakerNobodyNamed')}</span>
          )}
        </span>
        <span class="cp-quote-count">
          {count} {t(count === 1 ? 'countQuotesOne' : 'countQuotesOther')}
        </span>
      </button>
      {speaker && (
        <p class="cp-side-line">
          {side ? (
            <>
              {tNodes('speakerSide', [<strong>{side.name}</strong>])}
              {speaker.sideReason && <span class="cp-side-reason">{t('speakerSideReason', speaker.sideReason)}</span>}
            </>
          ) : (
            t('speakerNoSide')
          )}
        </p>
      )}
      <ul id={`${id}-quotes`} class="cp-quote-list" hidden={!open}>
        {open && chains.map((chain) => (
          <li key={chain.head.id}>
            <QuoteButton chain={chain} onReveal={onReveal} />
          </li>
        ))}
        {open && count === 0 && <li class="cp-empty">{t('speakerNotQuoted')}</li>}
      </ul>
    </article>
  );
}
