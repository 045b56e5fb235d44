// Quote recall the way ../shared/eval/score.mjs counts it, so compromise and our analysis are judged alike: each
// gold quote that is not a fragment is matched to the unused found quote with the highest word-set Jaccard,
// which must be at least 0.8. ("stop." = "stop"; curly and straight quotes are the same mark.)
import type { GoldQuote } from './corpus';

const MIN_JACCARD = 0.8;

const normalise = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();

const wordsOf = (s: string) =>
  normalise(s)
    .replace(/[^\p{L}\p{N}%'/.-]+/gu, ' ')
    .split(' ')
    .map((w) => w.replace(/^[.'/-]+|[.'/-]+$/g, ''))
    .filter(Boolean);

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface Recall {
  found: number;
  gold: number;
  recall: number;
}

export function quoteRecall(gold: GoldQuote[], foundTexts: string[]): Recall {
  const found = foundTexts.map((t) => new Set(wordsOf(t)));
  const used = new Set<number>();
  let hits = 0;
  const required = gold.filter((g) => !g.fragment);
  for (const g of required) {
    const target = new Set(wordsOf(g.text));
    let best = -1;
    let bestScore = MIN_JACCARD - 1e-9;
    found.forEach((f, i) => {
      if (used.has(i)) return;
      const score = jaccard(f, target);
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best >= 0) {
      used.add(best);
      hits++;
    }
  }
  return { found: hits, gold: required.length, recall: required.length ? hits / required.length : 1 };
}
