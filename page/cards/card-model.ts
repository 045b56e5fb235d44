// What a card says about one highlighted item, worked out from the analysis: plain strings only (page text is
// rendered as text by Preact, never as HTML).
import type { Analysis, Quote, Speaker } from '../../analysis/types';
import type { OverlayItem } from '../highlights/plan';
import { t } from '../../i18n/t';

const MAX_QUOTE = 240;

export interface CardPerson {
  name: string;
  role: string | null;
  org: string | null;
}

export interface CardResponse {
  speaker: string | null;
  text: string;
}

export type CardModel =
  | {
      kind: 'quote';
      id: string;
      quoteKind: Quote['kind'];
      text: string;
      speaker: CardPerson | null;
      side: { name: string; reason: string | null } | null;
      /** The other side's reply: `responses` may be empty ("No response from … in this article"). */
      otherSide: { name: string; responses: CardResponse[] } | null;
      /** When this quote is itself a reply: what it answers. */
      answers: CardResponse[];
    }
  | {
      kind: 'statistic';
      id: string;
      text: string;
      measures: string | null;
      source: string | null;
      comparison: string | null;
      approx: string | null;
    };

export const shorten = (text: string, max = MAX_QUOTE) => (text.length > max ? text.slice(0, max - 1).trimEnd() + '…' : text);

export function cardModelOf(item: OverlayItem, analysis: Analysis): CardModel {
  if (item.kind === 'statistic') {
    const n = item.statistic;
    return {
      kind: 'statistic',
      id: n.id,
      text: n.text,
      measures: n.measures,
      source: n.source,
      comparison: n.comparison?.text ?? null,
      approx: n.approx,
    };
  }
  const quote = item.quote;
  const speakers = new Map(analysis.speakers.map((s) => [s.id, s] as const));
  const quotes = new Map(analysis.quotes.map((q) => [q.id, q] as const));
  const speaker = quote.speakerId ? speakers.get(quote.speakerId) : undefined;
  const side = speaker?.side ? analysis.sides.find((s) => s.id === speaker.side) : undefined;
  const other = side ? analysis.sides.find((s) => s.id !== side.id) : undefined;

  // A quotation running over several paragraphs is one claim: look responses up by any of its segments.
  const chain = new Set<string>([quote.id]);
  for (let q: Quote | undefined = quote; q?.continuationOf && !chain.has(q.continuationOf); q = quotes.get(q.continuationOf!)) {
    chain.add(q.continuationOf);
  }
  const asResponse = (id: string): CardResponse[] => {
    const q = quotes.get(id);
    if (!q) return [];
    const who = q.speakerId ? speakers.get(q.speakerId) : undefined;
    return [{ speaker: who?.name ?? null, text: shorten(q.text) }];
  };
  const responses = analysis.responses.filter((r) => chain.has(r.claimId)).flatMap((r) => r.responseIds.flatMap(asResponse));
  const answers = analysis.responses
    .filter((r) => r.responseIds.some((id) => chain.has(id)))
    .flatMap((r) => asResponse(r.claimId));

  return {
    kind: 'quote',
    id: quote.id,
    quoteKind: quote.kind,
    text: shorten(quote.text),
    speaker: speaker ? personOf(speaker) : null,
    side: side ? { name: side.name, reason: speaker?.sideReason ?? null } : null,
    otherSide: other ? { name: other.name, responses } : null,
    answers,
  };
}

const personOf = (s: Speaker): CardPerson => ({ name: s.name, role: s.role, org: s.org });

/** One line for the live region when the step-through lands on an item ("Quote 2 of 9: Jane Doe: …"). */
export function announcementOf(card: CardModel, position: number, total: number): string {
  const place = [String(position), String(total)];
  if (card.kind === 'statistic') {
    return card.measures
      ? t('announceStatisticMeasures', [...place, card.text, card.measures])
      : t('announceStatistic', [...place, card.text]);
  }
  const who = card.speaker ? [card.speaker.name, card.speaker.role].filter(Boolean).join(', ') : t('announceSpeakerUnknown');
  return t(card.quoteKind === 'indirect' ? 'announceReported' : 'announceQuote', [...place, who, card.text]);
}
