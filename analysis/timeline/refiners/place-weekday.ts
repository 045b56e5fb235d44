// A weekday without a date, placed around the publication day. News writes about the days around it:
// published on a Tuesday, "on Monday" is yesterday and "on Wednesday" tomorrow; the clause's tense decides
// when the nearest day is two or more days off ("on Friday police said" → last Friday).
import { addDays } from '../expression';

export function placeWeekday(
  weekday: number, ref: Date, ahead: boolean, back: boolean, own: { ahead: boolean; back: boolean } = { ahead, back },
): Date {
  const today = ref.getDay();
  if (weekday === today) return ref;
  const pastOffset = -((today - weekday + 7) % 7); // -1..-6
  const futureOffset = (weekday - today + 7) % 7; // 1..6
  let offset = -pastOffset <= futureOffset ? pastOffset : futureOffset;
  if (offset > 0 && offset >= 2 && back) offset = pastOffset;
  if (offset < 0 && offset <= -2 && ahead) offset = futureOffset;
  // The day next to publication day turns only by its own clause's verb ("Israel struck … on Friday", published on a
  // Thursday, is last Friday; "broke down on Monday and resume on Wednesday" keeps tomorrow).
  if (offset === 1 && own.back && !own.ahead) offset = pastOffset;
  if (offset === -1 && own.ahead && !own.back) offset = futureOffset;
  return addDays(ref, offset);
}
