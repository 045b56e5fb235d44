// What to draw: the analysis and the reader's settings → one item per highlighted mention, with its style.
// Direct and partial quotes are coloured by side (or by speaker), reported speech gets a lighter style of its
// own, statistics a distinct one; every item keeps the id the popup and the card refer to ("q3", "n2").
import type { Analysis, Quote, Statistic } from '../../analysis/types';
import type { Settings } from '../../settings/schema';

export const SPEAKER_PALETTE_SIZE = 8;

export type HighlightStyle =
  | 'quote-side-a'
  | 'quote-side-b'
  | 'quote-none'
  | 'reported'
  | 'statistic'
  | `speaker-${number}`;

export type OverlayItem =
  | { kind: 'quote'; id: string; style: HighlightStyle; paragraph: number; start: number; end: number; quote: Quote }
  | { kind: 'statistic'; id: string; style: HighlightStyle; paragraph: number; start: number; end: number; statistic: Statistic };

export type DrawSettings = Pick<Settings, 'highlightQuotes' | 'highlightReported' | 'highlightStatistics' | 'colourBy'>;

/** The items to draw, in reading order (paragraph, then start). */
export function planHighlights(analysis: Analysis, settings: DrawSettings): OverlayItem[] {
  const items: OverlayItem[] = [];
  const sideStyle = new Map<string, HighlightStyle>();
  analysis.sides.forEach((side, i) => {
    if (i === 0) sideStyle.set(side.id, 'quote-side-a');
    if (i === 1) sideStyle.set(side.id, 'quote-side-b');
  });
  const speakerIndex = new Map(analysis.speakers.map((s, i) => [s.id, i] as const));
  const speakerSide = new Map(analysis.speakers.map((s) => [s.id, s.side] as const));

  const quoteStyle = (q: Quote): HighlightStyle => {
    if (q.kind === 'indirect') return 'reported';
    if (q.speakerId === null) return 'quote-none';
    if (settings.colourBy === 'speaker') {
      const index = speakerIndex.get(q.speakerId);
      return index === undefined ? 'quote-none' : `speaker-${index % SPEAKER_PALETTE_SIZE}`;
    }
    const side = speakerSide.get(q.speakerId);
    return (side && sideStyle.get(side)) || 'quote-none';
  };

  for (const quote of analysis.quotes) {
    const wanted = quote.kind === 'indirect' ? settings.highlightReported : settings.highlightQuotes;
    if (!wanted || quote.end <= quote.start) continue;
    const { id, paragraph, start, end } = quote;
    items.push({ kind: 'quote', id, style: quoteStyle(quote), paragraph, start, end, quote });
  }
  if (settings.highlightStatistics) {
    for (const statistic of analysis.statistics) {
      if (statistic.end <= statistic.start) continue;
      const { id, paragraph, start, end } = statistic;
      items.push({ kind: 'statistic', id, style: 'statistic', paragraph, start, end, statistic });
    }
  }
  return items.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || b.end - a.end);
}

/** The name a style is registered under in CSS.highlights (tests and pages look for the `counterpoint-` prefix). */
export const highlightName = (style: HighlightStyle | 'current' | 'flash') => `counterpoint-${style}`;
