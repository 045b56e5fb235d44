// Dates in the reader's locale at the precision the article gives: "2015" is a year and must not be shown as
// "1 January 2015"; "2016-04" is a month. The wall-clock time is shown as written, whatever the reader's time
// zone, so every date is formatted in UTC from its own components.
import type { DatePrecision } from '../../analysis/types';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?/;

interface DateParts {
  date: Date;
  precision: DatePrecision;
}

export function parseIsoParts(iso: string): DateParts | null {
  const match = ISO.exec(iso);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match;
  const precision: DatePrecision = hour ? 'time' : day ? 'day' : month ? 'month' : 'year';
  const date = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1, hour ? Number(hour) : 0, minute ? Number(minute) : 0));
  if (Number.isNaN(date.getTime())) return null;
  return { date, precision };
}

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  time: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' },
};

/**
 * "2016-04-26" → "26 April 2016" (en-GB) / "April 26, 2016" (en-US). `precision` can only lower what the
 * string itself carries (a day-precision event whose date is "2016-04" shows the month).
 */
export function formatIsoDate(iso: string, locale?: string, precision?: DatePrecision | null): string {
  const parts = parseIsoParts(iso);
  if (!parts) return iso;
  const shown = lowerPrecision(parts.precision, precision ?? parts.precision);
  return new Intl.DateTimeFormat(locale, { ...OPTIONS[shown], timeZone: 'UTC' }).format(parts.date);
}

/** Just the time of a "YYYY-MM-DDTHH:MM" date, for entries under a day heading. */
export function formatIsoTime(iso: string, locale?: string): string | null {
  const parts = parseIsoParts(iso);
  if (!parts || parts.precision !== 'time') return null;
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(parts.date);
}

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2, time: 3 };

function lowerPrecision(a: DatePrecision, b: DatePrecision): DatePrecision {
  return RANK[a] <= RANK[b] ? a : b;
}
