// A time of day with no day of its own, and the story's "the next day", are on the day the story is telling of: "The weekend … At 9:30 a.m., three
// pipe bombs …" is Saturday's 9:30, "A decision will be made Thursday morning before the 9 a.m. start" Thursday's,
// "on Sunday night … Around 12:30 a.m." Monday's. The day comes from a date earlier in the sentence, else from a
// date of the last few paragraphs outside quotation; with none, the publication day stands.
import { addDays, type TimeExpression } from '../expression';

export interface DayInView {
  date: Date;
  /** The day was told as a night ("on Sunday night"): a time in the small hours after it is the next day's. */
  night: boolean;
  paragraph: number;
  /** Only the year is known ("In 2024, the agency committed …"): enough for "the following year", not for a day. */
  yearOnly?: boolean;
}

/** Before this hour, a time after a night is the next day's. */
const SMALL_HOURS_END = 6;
const NIGHT = /\b(?:night|overnight)\b/i;

/** Re-dates, in place, the sentence's times of day; returns the day in view after the sentence. */
export function placeOnDayInView(
  found: TimeExpression[], inView: DayInView | null, paragraph: number, text: string, quotedAt: (offset: number) => boolean,
): DayInView | null {
  let day = inView;
  for (const e of found) {
    // "… on the evening of June 17, 2015 … Roof was arrested the next day": the story's own clock, now placed.
    if (!e.date && e.origin === 'story-relative' && day) {
      const placed = onStoryClock(text.slice(e.start, e.end), day.date, day.yearOnly === true);
      if (placed) Object.assign(e, placed);
      if (placed?.precision === 'day' && !quotedAt(e.start)) day = { date: placed.date!, night: false, paragraph };
      continue;
    }
    if (!e.date || e.kind !== 'point') continue;
    // A year told in the narrative, when no day of a later paragraph is in view: "the following year" counts from it.
    if (e.precision === 'year' && !quotedAt(e.start) && (!day || day.yearOnly || day.paragraph < paragraph)) {
      day = { date: e.date, night: false, paragraph, yearOnly: true };
      continue;
    }
    if (e.timeOnly) {
      if (!day || day.yearOnly) continue;
      const hour = e.date.getHours();
      const on = addDays(day.date, day.night && hour < SMALL_HOURS_END ? 1 : 0);
      e.date = new Date(on.getFullYear(), on.getMonth(), on.getDate(), hour, e.date.getMinutes());
    } else if ((e.precision === 'day' || e.precision === 'time') && !quotedAt(e.start)) {
      day = { date: e.date, night: e.precision === 'day' && NIGHT.test(text.slice(e.start, e.end)), paragraph };
    }
  }
  return day;
}

/** "the next day", "the following morning", "that same day", "the following year", from the day in view. */
function onStoryClock(phrase: string, day: Date, yearOnly: boolean): Pick<TimeExpression, 'date' | 'precision'> | null {
  const m = /\b(next|following|previous|same|very)\s+(day|morning|afternoon|evening|night|year)\b/i.exec(phrase);
  if (!m) return null; // "the next week", "the following month": too loose to place
  const step = /next|following/i.test(m[1]) ? 1 : /previous/i.test(m[1]) ? -1 : 0;
  if (/year/i.test(m[2])) return { date: new Date(day.getFullYear() + step, 0, 1, 12), precision: 'year' };
  if (yearOnly) return null; // "In 2024 … the next day": which day is not told
  return { date: addDays(day, step), precision: 'day' };
}
