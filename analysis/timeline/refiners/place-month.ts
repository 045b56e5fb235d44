// A month (maybe with a day) but no year, placed by the clause's tense: news mostly reports what happened,
// so "approved in April" is the last April; "the session that starts in January" is the next January.
export function placeMonth(month: number, day: number | null, ref: Date, ahead: boolean): Date {
  const refKey = ref.getMonth() * 32 + ref.getDate();
  const key = month * 32 + (day ?? (ahead ? 32 : 0));
  const year = ahead ? (key >= refKey || month === ref.getMonth() ? ref.getFullYear() : ref.getFullYear() + 1)
    : key <= refKey || month === ref.getMonth() ? ref.getFullYear() : ref.getFullYear() - 1;
  return new Date(year, month, day ?? 1, 12);
}
