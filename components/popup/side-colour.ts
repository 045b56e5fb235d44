// Side colours are CSS classes (cp-side-0, cp-side-1, …, cp-side-none) so that the palette, its dark and
// high-contrast variants live in one stylesheet (components/shared/theme.css).
import type { AnalysisIndex } from './analysis-index';

const PALETTE_SIZE = 4;

export function sideClass(index: AnalysisIndex, sideId: string | null): string {
  const position = sideId === null ? undefined : index.sideIndex.get(sideId);
  return position === undefined ? 'cp-side-none' : `cp-side-${position % PALETTE_SIZE}`;
}
