// "The day after Easter", "two weeks before 3 May": a span counted from a date written right after it is that date
// moved by the span, one expression over both phrases.
import { CARDINAL_WORD_SOURCE } from '../../../data/number-words';
import { addDays, spanCount, type TimeExpression } from '../expression';

const COUNTED_BACK = new RegExp(String.raw`\b(a|an|one|the|\d+|${CARDINAL_WORD_SOURCE})\s+(day|week)s?\s+(after|before)$`, 'i');

/** The expressions with every unplaced "N days after" that a dated expression follows joined to it. */
export function countFromFollowingDate(found: TimeExpression[], paragraph: string): TimeExpression[] {
  const joined: TimeExpression[] = [];
  for (const counted of found) {
    if (counted.origin !== 'anchored' || counted.date) continue;
    const m = COUNTED_BACK.exec(paragraph.slice(counted.start, counted.end));
    if (!m) continue;
    const from = found.find((e) => e.start > counted.end && e.date && (e.precision === 'day' || e.precision === 'time')
      && /^\s+$/.test(paragraph.slice(counted.end, e.start)));
    if (!from?.date) continue;
    const n = spanCount(m[1]);
    const days = n * (/week/i.test(m[2]) ? 7 : 1) * (/after/i.test(m[3]) ? 1 : -1);
    joined.push({ start: counted.start, end: from.end, kind: 'point', origin: 'anchored', date: addDays(from.date, days), precision: 'day' });
  }
  return joined.length ? [...found, ...joined] : found;
}
