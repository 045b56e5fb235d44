// Look-ups the popup views share, built once per analysis: who said what, which side each speaker is on, and
// quotation chains (a quotation that runs over several paragraphs is one entry per paragraph in the analysis,
// linked by `continuationOf`, but the reader sees it as one quotation).
import type { Analysis, Quote, Side, Speaker } from '../../analysis/types';

export interface QuoteChain {
  /** The first segment: its id is the one to reveal. */
  head: Quote;
  segments: Quote[];
  speaker: Speaker | null;
}

export interface AnalysisIndex {
  speakerById: Map<string, Speaker>;
  sideById: Map<string, Side>;
  /** Position of each side in `analysis.sides`: it picks the side's colour. */
  sideIndex: Map<string, number>;
  /** Every quotation chain, in text order. */
  chains: QuoteChain[];
  chainByQuoteId: Map<string, QuoteChain>;
  chainsBySpeaker: Map<string, QuoteChain[]>;
  /** Chains whose speaker nobody can honestly name. */
  unattributed: QuoteChain[];
}

export function indexAnalysis(analysis: Analysis): AnalysisIndex {
  const speakerById = new Map(analysis.speakers.map((s) => [s.id, s]));
  const sideById = new Map(analysis.sides.map((s) => [s.id, s]));
  const sideIndex = new Map(analysis.sides.map((s, i) => [s.id, i]));
  const chains: QuoteChain[] = [];
  const chainByQuoteId = new Map<string, QuoteChain>();
  for (const quote of analysis.quotes) {
    const previous = quote.continuationOf ? chainByQuoteId.get(quote.continuationOf) : undefined;
    if (previous) {
      previous.segments.push(quote);
      chainByQuoteId.set(quote.id, previous);
      continue;
    }
    const chain: QuoteChain = {
      head: quote,
      segments: [quote],
      speaker: quote.speakerId ? speakerById.get(quote.speakerId) ?? null : null,
    };
    chains.push(chain);
    chainByQuoteId.set(quote.id, chain);
  }
  const chainsBySpeaker = new Map<string, QuoteChain[]>();
  const unattributed: QuoteChain[] = [];
  for (const chain of chains) {
    if (!chain.speaker) {
      unattributed.push(chain);
      continue;
    }
    const list = chainsBySpeaker.get(chain.speaker.id) ?? [];
    list.push(chain);
    chainsBySpeaker.set(chain.speaker.id, list);
  }
  return { speakerById, sideById, sideIndex, chains, chainByQuoteId, chainsBySpeaker, unattributed };
}

/** The words of a chain as one text, segments joined the way a reader would read them on. */
export function chainText(chain: QuoteChain): string {
  return chain.segments.map((s) => s.text).join(' … ');
}
