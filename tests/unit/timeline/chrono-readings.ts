// What a reader would get from a chrono-node result, for tests that hold our date parsing to chrono's own: where it
// is, its words, its moments and which parts were written.
import type { ParsedResult } from 'chrono-node/en';

const UNITS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'weekday', 'meridiem', 'timezoneOffset'] as const;

export function readings(results: ParsedResult[]) {
  return results.map((r) => ({
    at: r.index,
    text: r.text,
    start: r.start.date().toISOString(),
    written: UNITS.filter((u) => r.start.isCertain(u)),
    end: r.end ? r.end.date().toISOString() : null,
  }));
}
