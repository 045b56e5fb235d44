// The other side: the article's two parties side by side. Each quotation of one side is listed with what the
// other side says back in this article, or plainly that it does not answer it here.
import type { Analysis, Side } from '../../analysis/types';
import type { AnalysisIndex, QuoteChain } from './analysis-index';
import { QuoteButton } from './QuoteButton';
import { sideClass } from './side-colour';
import { t } from '../../i18n/t';

interface SidesViewProps {
  analysis: Analysis;
  index: AnalysisIndex;
  onReveal: (itemId: string) => void;
}

export function SidesView({ analysis, index, onReveal }: SidesViewProps) {
  const [first, second] = analysis.sides;
  if (!first || !second) {
    return (
      <p class="cp-empty">
        {first ? t('sidesOnlyOne', first.name) : t('sidesNone')}
      </p>
    );
  }
  const responses = responsesByClaim(analysis, index);
  return (
    <div class="cp-sides">
      <SideColumn side={first} other={second} analysis={analysis} index={index} responses={responses} onReveal={onReveal} />
      <SideColumn side={second} other={first} analysis={analysis} index={index} responses={responses} onReveal={onReveal} />
    </div>
  );
}

/** Head quote id of a claim chain → the chains that answer it. */
function responsesByClaim(analysis: Analysis, index: AnalysisIndex): Map<string, QuoteChain[]> {
  const byClaim = new Map<string, QuoteChain[]>();
  for (const response of analysis.responses) {
    const claim = index.chainByQuoteId.get(response.claimId);
    if (!claim) continue;
    const list = byClaim.get(claim.head.id) ?? [];
    for (const id of response.responseIds) {
      const answer = index.chainByQuoteId.get(id);
      if (answer && !list.includes(answer)) list.push(answer);
    }
    byClaim.set(claim.head.id, list);
  }
  return byClaim;
}

interface SideColumnProps {
  side: Side;
  other: Side;
  analysis: Analysis;
  index: AnalysisIndex;
  responses: Map<string, QuoteChain[]>;
  onReveal: (itemId: string) => void;
}

function SideColumn({ side, other, index, responses, onReveal }: SideColumnProps) {
  const members = new Set(side.speakerIds);
  const claims = index.chains.filter((chain) => chain.speaker && (chain.speaker.side === side.id || members.has(chain.speaker.id)));
  const headingId = `side-${side.id}-heading`;
  return (
    <section class={`cp-side ${sideClass(index, side.id)}`} aria-labelledby={headingId}>
      <h2 id={headingId} class="cp-side-name">
        <span class="cp-swatch" aria-hidden="true" />
        {side.name}
      </h2>
      {claims.length === 0 ? (
        <p class="cp-empty">{t('sideNotQuoted')}</p>
      ) : (
        <ul class="cp-claims">
          {claims.map((claim) => {
            const answers = responses.get(claim.head.id) ?? [];
            return (
              <li key={claim.head.id} class="cp-claim">
                <QuoteButton chain={claim} onReveal={onReveal} showSpeaker />
                {answers.length > 0 ? (
                  <ul class={`cp-responses ${sideClass(index, other.id)}`} aria-label={t('sideResponds', other.name)}>
                    {answers.map((answer) => (
                      <li key={answer.head.id}>
                        <QuoteButton chain={answer} onReveal={onReveal} showSpeaker />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p class="cp-no-response">{t('sideNoResponse', other.name)}</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
