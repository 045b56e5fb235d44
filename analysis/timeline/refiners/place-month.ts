// A month (maybe with a day) but no year, placed by the clause's tense: "approved in April" is the last April,
// "the session that starts in January" the next one; with no tense to go by ("higher than in January",
// "the hearing is on Dec 1"), the nearer of the two.
export function placeMonth(month: number, day: number | null, ref: Date, ahead: boolean, back = !ahead): Date {
  const year = ref.getFullYear();
  const thisYear = new Date(year, month, day ?? 1, 12);
  if (month === ref.getMonth() && day === null) return thisYear;
  const past = thisYear.getTime() <= ref.getTime() ? thisYear : new Date(year - 1, month, day ?? 1, 12);
  const future = thisYear.getTime() > ref.getTime() ? thisYear : new Date(year + 1, month, day ?? 1, 12);
  if (back && !ahead) return past;
  if (ahead && !back) return future;
  return ref.getTime() - past.getTime() <= future.getTime() - ref.getTime() ? past : future;
}

/** "last November" is the latest November before the publication month, "next March" the first one after it. */
export function placeMonthNamed(month: number, day: number | null, ref: Date, last: boolean): Date {
  const year = ref.getFullYear();
  const refMonth = ref.getMonth();
  if (last) return new Date(month < refMonth ? year : year - 1, month, day ?? 1, 12);
  return new Date(month > refMonth ? year : year + 1, month, day ?? 1, 12);
}
