// The hover/focus card over a highlight. Rendered into a shadow root (page/cards/host.ts), so page CSS cannot
// reach it; every string is page-derived text and is rendered as text.
import type { CardModel, CardResponse } from '../../page/cards/card-model';
import { t } from '../../i18n/t';
import { tNodes } from '../../i18n/t-nodes';
import { speakerAbout } from '../shared/speaker-about';

export function Card({ card, onClose }: { card: CardModel; onClose: () => void }) {
  return (
    <div class="card" role="dialog" aria-label={t(card.kind === 'quote' ? 'cardAboutQuote' : 'cardAboutNumber')}>
      <button class="close" type="button" aria-label={t('cardClose')} onClick={onClose}>
        ×
      </button>
      {card.kind === 'quote' ? <QuoteCard card={card} /> : <StatisticCard card={card} />}
      <p class="note">{t('cardAutomaticNote')}</p>
    </div>
  );
}

function QuoteCard({ card }: { card: Extract<CardModel, { kind: 'quote' }> }) {
  const { speaker, side, otherSide } = card;
  const about = speaker ? Object.values(speakerAbout(speaker)).filter((x): x is string => x !== null) : [];
  return (
    <>
      <p class="kicker">{t(card.quoteKind === 'indirect' ? 'cardReportedSpeech' : card.quoteKind === 'partial' ? 'cardPartialQuote' : 'cardQuote')}</p>
      <p class="speaker">{speaker ? speaker.name : t('cardSpeakerUnknown')}</p>
      {about.length > 0 && <p class="role">{about.join(', ')}</p>}
      {side && (
        <p class="side">
          {tNodes('cardSide', [<strong>{side.name}</strong>])}
          {side.reason && <span class="reason">{t('speakerSideReason', side.reason)}</span>}
        </p>
      )}
      {card.answers.length > 0 && <Replies title={t('cardReplyingTo')} items={card.answers} />}
      {otherSide &&
        (otherSide.responses.length > 0 ? (
          <Replies title={t('cardResponseFrom', otherSide.name)} items={otherSide.responses} />
        ) : (
          <p class="none">{t('sideNoResponse', otherSide.name)}</p>
        ))}
    </>
  );
}

function Replies({ title, items }: { title: string; items: CardResponse[] }) {
  return (
    <div class="replies">
      <p class="replies-title">{title}</p>
      {items.map((r, i) => (
        <blockquote key={i}>
          {t('quoteInMarks', r.text)}
          {r.speaker && <cite>{t('cardCitation', r.speaker)}</cite>}
        </blockquote>
      ))}
    </div>
  );
}

function StatisticCard({ card }: { card: Extract<CardModel, { kind: 'statistic' }> }) {
  return (
    <>
      <p class="kicker">{t('cardStatistic')}</p>
      <p class="speaker">
        {card.approx ? `${card.approx} ` : ''}
        {card.text}
      </p>
      <dl>
        <dt>{t('cardMeasures')}</dt>
        <dd>{card.measures ?? t('cardNotStated')}</dd>
        <dt>{t('cardSource')}</dt>
        <dd>{card.source ?? t('cardNotStated')}</dd>
        {card.comparison && (
          <>
            <dt>{t('cardComparedWith')}</dt>
            <dd>{card.comparison}</dd>
          </>
        )}
      </dl>
    </>
  );
}

/** The card's stylesheet, adopted into the shadow root (no inline <style>: page CSP may forbid it). */
export const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; box-sizing: border-box; max-width: min(360px, calc(100vw - 16px)); padding: 12px 14px 10px;
  background: #ffffff; color: #1f2937; border: 1px solid #9ca3af; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
  pointer-events: auto; text-align: left; }
.card p { margin: 0 0 6px; }
.kicker { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #4b5563; }
.speaker { font-weight: 700; font-size: 15px; padding-right: 20px; }
.role, .reason { color: #374151; }
.side strong { color: #111827; }
.replies-title { font-weight: 600; margin-top: 8px !important; }
blockquote { margin: 0 0 6px; padding-left: 8px; border-left: 3px solid #9ca3af; }
cite { font-style: normal; color: #374151; }
.none { font-style: italic; color: #374151; }
dl { margin: 0 0 6px; display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; }
dt { font-weight: 600; } dd { margin: 0; }
.note { font-size: 12px; color: #4b5563; border-top: 1px solid #e5e7eb; padding-top: 6px; margin: 6px 0 0 !important; }
.close { position: absolute; top: 4px; right: 6px; border: 0; background: transparent; font-size: 18px; line-height: 1;
  color: #374151; cursor: pointer; padding: 2px 6px; border-radius: 4px; }
.close:focus-visible { outline: 2px solid #1d4ed8; }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card { background: #111827; color: #f3f4f6; border-color: #6b7280; }
  .kicker, .note, .role, .reason, cite, .none, .close { color: #d1d5db; }
  .side strong { color: #ffffff; }
  .note { border-top-color: #374151; }
}
`;
