// "Unemployment fell to 3.9% in April from 4.1% a year earlier": a span counted back (or on) from the date its
// sentence gave just before is that date moved by the span, to the month.
import { wordToNumber } from '../../../data/number-words';
import { addMonths, type TimeExpression } from '../expression';
import { COUNTED_FROM_EARLIER } from '../rules/counted-back';

const TOLD_FROM_NOW = /\b(?:today|tonight|now|yesterday|tomorrow|this|last|next|ago|recently)\b/i;

export function countFromEarlierDate(found: TimeExpression[], paragraph: string): void {
  for (const counted of found) {
    if (counted.origin !== 'counted-from-earlier' || counted.date) continue;
    // ("the system today - almost 30 years later": a date told from now is no point to count from.)
    const from = found.filter((e) => e.end <= counted.start && e.date && e.kind === 'point' && (e.precision === 'month' || e.precision === 'day')
      && !TOLD_FROM_NOW.test(paragraph.slice(e.start, e.end))).pop();
    if (!from?.date) continue;
    COUNTED_FROM_EARLIER.lastIndex = 0;
    const m = COUNTED_FROM_EARLIER.exec(paragraph.slice(counted.start, counted.end));
    if (!m) continue;
    const n = /^(a|an|one)$/i.test(m[1]) ? 1 : /^\d/.test(m[1]) ? Number(m[1]) : wordToNumber(m[1]) ?? 1;
    const months = n * (/year/i.test(m[2]) ? 12 : 1) * (/earlier/i.test(m[3]) ? -1 : 1);
    // A span of months is counted to the month: "two months later" than 3 March is May, not 3 May.
    counted.date = addMonths(from.date, months);
    counted.precision = 'month';
  }
}
