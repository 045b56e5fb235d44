// A month without a year and a year nearby are one date, shown as one entry spanning both:
//   "their 2020 session that starts in early January" → January 2020 (a bare year, then the month, same clause);
//   "first proposed in March last year" → March of last year (the month, then the year right after it).
import type { TimeExpression } from '../expression';

const MAX_GAP_YEAR_FIRST = 50;
const MAX_GAP_MONTH_FIRST = 2;
/** "three hikes in 2017 instead of the two foreseen as of September": a month set against the year, not in it. */
const CONTRAST = /\b(?:instead|rather|than|compared|versus|vs|whereas|while|but|unlike)\b/i;

export function mergeYearIntoMonth(found: TimeExpression[], paragraph: string): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (b && a.date && b.date) {
      const gap = paragraph.slice(a.end, b.start);
      const yearFirst = a.yearOnly && b.monthOnly && gap.length <= MAX_GAP_YEAR_FIRST && !/[,.;:()]/.test(gap) && !CONTRAST.test(gap);
      const monthFirst = a.monthOnly && b.yearOnly && gap.length <= MAX_GAP_MONTH_FIRST && !/[,.;:()]/.test(gap);
      if (yearFirst || monthFirst) {
        const [year, month] = yearFirst ? [a, b] : [b, a];
        const date = new Date(year.date!.getFullYear(), month.date!.getMonth(), month.date!.getDate(), 12);
        out.push({ ...month, start: a.start, end: b.end, date, origin: 'year+month', monthOnly: false, yearPlaced: undefined, writtenYear: year.date!.getFullYear() });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
