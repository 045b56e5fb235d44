// The qualifier in front of a number, kept in `approx`: "more than 125,000", "nearly £1 million", "about 4,000".
const QUALIFIER =
  /(?:^|[^\p{L}])((?:just |well |slightly |a little )?(?:more than|over|nearly|almost|about|around|approximately|roughly|some|at least|at most|up to|fewer than|less than|under|close to|upwards of|in excess of|an estimated|estimated|as many as|as much as|as few as|no more than|no fewer than|not quite|barely|circa|c\.|almost exactly|getting on for|the best part of|more or less))\s+$/iu;

/** The qualifier ending right before `start`, lower-cased, or null. */
export function qualifierBefore(text: string, start: number): string | null {
  const m = QUALIFIER.exec(text.slice(Math.max(0, start - 40), start));
  return m ? m[1].toLowerCase() : null;
}
