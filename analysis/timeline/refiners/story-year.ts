// A story told in a past year keeps its year: "GCSEs were introduced in September 1986, after Sir Keith stepped
// down in May" and "… in the spring of 1986. However on March 6 …" place May and March 6 in 1986, not in the
// year before publication. The year must come first, in the sentence or an earlier one of the paragraph. Only a year printed with a month, a day or a season in the same paragraph sets the
// story's year, only one at least two years back (a year ago is what placing by publication already gives), and
// never for a date the clause looks ahead to ("the plant reopens in May").
import type { TimeExpression } from '../expression';

/** How far back a written year must be for the story, not the publication date, to own an undated month. */
const MIN_YEARS_BACK = 2;

/**
 * Re-dates, in place, the sentence's months and days whose year was placed from the publication date, when the
 * sentence (or, failing that, an earlier sentence of the paragraph) prints the story's year. Returns the year the
 * next sentence of the paragraph inherits.
 */
export function placeInStoryYear(found: TimeExpression[], paragraphYear: number | null, ref: Date | null): number | null {
  const written = found.filter((e) => e.writtenYear !== undefined);
  const sentenceYear = written.length ? written[written.length - 1].writtenYear! : paragraphYear;
  if (!ref) return sentenceYear;
  for (const e of found) {
    if (!e.yearPlaced || e.yearPlaced.looksAhead || !e.date) continue;
    // The nearest year printed before it in the sentence, else the paragraph's.
    const year = written.filter((w) => w.end <= e.start).pop()?.writtenYear ?? paragraphYear;
    if (year === null || year > ref.getFullYear() - MIN_YEARS_BACK || year === e.date.getFullYear()) continue;
    e.date = new Date(year, e.date.getMonth(), e.date.getDate(), e.date.getHours(), e.date.getMinutes());
  }
  return sentenceYear;
}
