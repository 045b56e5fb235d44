// "Unemployment fell to 3.9% in April from 4.1% a year earlier": a span counted back (or on) from the date its
// sentence gave just before is that date moved by the span, to the month.
import { addMonths, type TimeExpression } from '../expression';

const TOLD_FROM_NOW = /\b(?:today|tonight|now|yesterday|tomorrow|this|last|next|ago|recently)\b/i;

export function countFromEarlierDate(found: TimeExpression[], paragraph: string): void {
  for (const counted of found) {
    if (counted.countedMonths === undefined || counted.date) continue;
    // ("the system today - almost 30 years later": a date told from now is no point to count from.)
    const from = found.filter((e) => e.end <= counted.start && e.date && e.kind === 'point' && (e.precision === 'month' || e.precision === 'day')
      && !TOLD_FROM_NOW.test(paragraph.slice(e.start, e.end))).pop();
    if (!from?.date) continue;
    // A span of months is counted to the month: "two months later" than 3 March is May, not 3 May.
    counted.date = addMonths(from.date, counted.countedMonths);
    counted.precision = 'month';
  }
}
