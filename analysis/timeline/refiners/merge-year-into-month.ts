// "their 2020 session that starts in early January": a bare year and a month without one, in the same clause,
// are one date (January 2020), shown as one entry spanning both.
import type { TimeExpression } from '../expression';

const MAX_GAP = 50;

export function mergeYearIntoMonth(found: TimeExpression[], paragraph: string): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (let i = 0; i < found.length; i++) {
    const year = found[i];
    const month = found[i + 1];
    if (year.yearOnly && month?.monthOnly && year.date && month.date && month.start - year.end <= MAX_GAP &&
        !/[,.;:()]/.test(paragraph.slice(year.end, month.start))) {
      const date = new Date(year.date.getFullYear(), month.date.getMonth(), month.date.getDate(), 12);
      out.push({ ...month, start: year.start, date, origin: 'year+month' });
      i++;
      continue;
    }
    out.push(year);
  }
  return out;
}
