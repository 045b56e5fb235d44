// Attribution units: the document's sentences, re-joined where a sentence boundary falls inside a quotation
// ("“This is my last job. I will do it right,” he said." is one unit, so "he said" reaches the whole quote).
import type { Sentence } from '../document';
import type { QuoteSpan } from '../quotes';

export interface Unit {
  start: number;
  end: number;
}

export function attributionUnits(sentences: readonly Sentence[], spans: readonly QuoteSpan[]): Unit[] {
  const units: Unit[] = [];
  let si = 0;
  for (const s of sentences) {
    const prev = units[units.length - 1];
    while (si < spans.length && spans[si].end < s.start) si++;
    const inside = prev && quotationSpans(spans, si, s.start);
    if (prev && inside) prev.end = s.end;
    else units.push({ start: s.start, end: s.end });
  }
  return units;
}

/** Some span from index `from` on starts before `at` and ends after it: `at` falls inside a quotation. */
function quotationSpans(spans: readonly QuoteSpan[], from: number, at: number): boolean {
  for (let k = from; k < spans.length; k++) if (spans[k].start < at && spans[k].end > at) return true;
  return false;
}
