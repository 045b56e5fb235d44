// The timeline as the popup shows it: events in date order, grouped under one heading per day (or per month or
// year when that is all the text says), and the events the article does not let us place at the end.
import type { TimelineEvent } from '../../analysis/types';

export interface TimelineGroup {
  /** "2016-04-26", "2016-04", "2015", or null for events without a date. */
  key: string | null;
  events: TimelineEvent[];
}

/** The date an event sorts by: its own, or the start of its span for a duration. */
export function eventDate(event: TimelineEvent): string | null {
  return event.date ?? event.spanStart ?? null;
}

/**
 * ISO strings at mixed precision sort correctly as plain strings ("2015" < "2015-05" < "2015-05-07" <
 * "2015-05-07T09:00"): a year-only date comes before the months of that year. Ties keep text order.
 */
export function groupTimeline(events: readonly TimelineEvent[]): TimelineGroup[] {
  const dated = events
    .map((event, order) => ({ event, order, date: eventDate(event) }))
    .filter((e): e is { event: TimelineEvent; order: number; date: string } => e.date !== null)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  const groups: TimelineGroup[] = [];
  for (const { event, date } of dated) {
    const key = date.slice(0, 10);
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.events.push(event);
    else groups.push({ key, events: [event] });
  }
  const undated = events.filter((e) => eventDate(e) === null);
  if (undated.length > 0) groups.push({ key: null, events: undated });
  return groups;
}
