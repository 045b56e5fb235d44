// Timing on a busy machine: several contenders are run in the same rounds, in rotating order, so a burst of
// load from elsewhere slows all of them alike and the ratio of their medians still holds.
//
//   const [ours, theirs] = samplePaired([() => () => analyse(), () => { const c = clone(); return () => parse(c); }]);
//   ratio = median(ours) / median(theirs)
import { performance } from 'node:perf_hooks';

/** Returns the timed work; anything done before returning it (a clone, a copy) is left out of the time. */
export type Contender = () => () => unknown;

export interface SampleOptions {
  /** Rounds run first and thrown away (JIT warm-up). */
  warmup?: number;
  minRounds?: number;
  maxRounds?: number;
  /** Stop after this long once `minRounds` are in. */
  budgetMs?: number;
}

/** Milliseconds per round for each contender, same order as given. */
export function samplePaired(contenders: Contender[], options: SampleOptions = {}): number[][] {
  const { warmup = 2, minRounds = 7, maxRounds = 200, budgetMs = 3000 } = options;
  const samples = contenders.map(() => [] as number[]);
  const started = performance.now();
  for (let round = 0; round < warmup + maxRounds; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const i = (round + k) % contenders.length; // who goes first rotates
      const timed = contenders[i]();
      const t0 = performance.now();
      timed();
      const ms = performance.now() - t0;
      if (round >= warmup) samples[i].push(ms);
    }
    const recorded = round + 1 - warmup;
    if (recorded >= minRounds && performance.now() - started > budgetMs) break;
  }
  return samples;
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Summary {
  medianMs: number;
  minMs: number;
  runs: number;
}

export function summarise(values: number[]): Summary {
  return { medianMs: round3(median(values)), minMs: round3(Math.min(...values)), runs: values.length };
}

export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
