// Dates chrono-node reads ("on Monday", "29 May", "July 4 2024", "from 8am to 5pm on Tuesday", "last year",
// "this month", "four years ago"), with what it lacks added: weekdays and undated months placed by tense,
// generic uses dropped, and durations and "a day after" left to their own rules.
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { GAME_CLOCK_WORDS } from '../../../data/sport-words';
import type { DatePrecision } from '../../types';
import { casualDates, dayFirstDates } from '../date-parser';
import type { RuleContext, TimeExpression, TimeRule } from '../expression';
import { isGenericUse } from '../refiners/generic-uses';
import { placeMonth, placeMonthNamed } from '../refiners/place-month';
import { placeWeekday } from '../refiners/place-weekday';
import { tenseAt } from '../tense';

// Spans of time ("for four years", "the past two years", "within 28 days") and dates relative to another event
// ("a day after", "the week before") are read by rules/durations and rules/anchored-relative.
const LEFT_TO_OTHER_RULES =
  /^the\s+(?:next|following|previous|same)\s+(?:day|week|month|year|morning|afternoon|evening|night)|\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple)\s+(?:of\s+)?(?:second|minute|hour|day|night|week|fortnight|month|year|decade)s?\b(?!\s+ago)|\b(?:after|before|later|earlier)$|^(?:the\s+)?(?:past|next|last|within|for|over)\s+(?:\d+|few|several)/i;

export const chronoRule: TimeRule = (ctx) => {
  const out: TimeExpression[] = [];
  for (const r of parseDates(ctx)) {
    const lead = r.text.length - r.text.trimStart().length;
    const text = r.text.trim().replace(/[\s,;:.(–—-]+$/, '');
    let start = r.index + lead;
    // "the night of 3 October" and "Thursday morning 14,000 homes": read the date inside, not the day part or the count.
    const dayPartOf = /^(?:the\s+)?(?:night|morning|evening|afternoon|day)\s+of\s+/i.exec(text);
    const numberAfter = /[,.]\d/.test(ctx.sentence.slice(r.index + r.text.length, r.index + r.text.length + 2)) ? /\s+\d+$/.exec(text) : null;
    // "beat the 49ers 28-18 on Sunday", "voted 51-49 Tuesday": the second number of a score is no hour.
    const scoreBefore = SCORE_OPENING.test(ctx.sentence.slice(Math.max(0, start - 3), start)) ? /^\d+\s+/.exec(text) : null;
    if (dayPartOf || numberAfter || scoreBefore) {
      const skipped = dayPartOf?.[0].length ?? scoreBefore?.[0].length ?? 0;
      const inner = skipped ? text.slice(skipped) : text.slice(0, numberAfter!.index);
      const innerStart = start + skipped;
      const [again] = casualDates.parse(inner, ctx.ref ?? new Date());
      if (!again) continue;
      const e = toExpression(again.text.trim(), innerStart + again.index, again.start, ctx);
      if (e && !isGenericUse(again.text.trim(), ctx.sentence, innerStart + again.index)) out.push(e);
      continue;
    }
    // "3 days after 5 May" is chrono's own to place: the event it counts from is a date in the same words.
    const countedFromDate = /\b(?:after|before)\s+\S/i.test(text) && r.start.isCertain('day');
    if (!text || (LEFT_TO_OTHER_RULES.test(text) && !countedFromDate) || isGenericUse(text, ctx.sentence, start)) continue;
    if (/[\d.,$£€]/.test(ctx.sentence.charAt(start - 1))) continue; // "$1,000 a day" is no time of day
    if (isGameClock(text, ctx.sentence, start)) continue;
    // "he sat out", "the sun", "newly wed": a short weekday name counts only capitalised with its dot ("Sat.").
    if (/^(?:on\s+)?(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)$/i.test(text) && ctx.sentence[start + text.length] !== '.') continue;
    const range = splitRange(text, r);
    const parts: TimeExpression[] = [];
    for (const part of range) {
      const e = toExpression(part.text, start + part.offset, part.components, ctx);
      if (e) parts.push(e);
    }
    // "moved from September to January": the end of a range without its year comes after its start.
    const [first, second] = parts;
    if (parts.length === 2 && first.date && second.date && !second.writtenYear && second.date < first.date) {
      second.date = new Date(second.date.getFullYear() + 1, second.date.getMonth(), second.date.getDate(), second.date.getHours(), second.date.getMinutes());
    }
    out.push(...parts);
  }
  return out;
};

/** A number and a dash right before a match: the match's number is the second of a score or tally. */
const SCORE_OPENING = /\d\s?[-–]\s?$/;

/** Words of a match report near which a bare "7:14" is the game clock, not the time of day. */
const GAME_WORDS = new RegExp(`\\b(?:${GAME_CLOCK_WORDS.join('|')})\\b`, 'i');

/** "goals at 7:14 and 19:56 of the first period": minutes and seconds into a game, with no a.m., p.m. or zone. */
function isGameClock(text: string, sentence: string, start: number): boolean {
  if (!/^(?:at\s+)?\d{1,2}:\d\d$/i.test(text)) return false;
  return GAME_WORDS.test(sentence.slice(Math.max(0, start - 60), start + text.length + 40));
}

/**
 * The casual English parser reads "Nov. 30" and "29 May" alike; the day-first one is needed only for numeric
 * dates ("05/06/2024" is 5 June on a British page) and misreads "Sept. 12" as a year, so it is asked only there.
 */
function parseDates(ctx: RuleContext): ParsedResult[] {
  const ref = ctx.ref ?? new Date();
  const results = casualDates.parse(ctx.sentence, ref, ctx.cues);
  if (!ctx.british || !/\d[/.-]\d{1,2}[/.-]\d/.test(ctx.sentence)) return results;
  const dayFirst = dayFirstDates.parse(ctx.sentence, ref, ctx.cues).filter((r) => /^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(r.text));
  return [...results.filter((r) => !dayFirst.some((d) => d.index < r.index + r.text.length && r.index < d.index + d.text.length)), ...dayFirst];
}

/** "from 29 May to 13 July" is two dated events; "from 8am to 5pm on Tuesday" is one day with its hours. */
function splitRange(text: string, r: ParsedResult): { text: string; offset: number; components: ParsedComponents }[] {
  if (!r.end) return [{ text, offset: 0, components: r.start }];
  const sameDay = r.start.date().toDateString() === r.end.date().toDateString();
  const cut = /\s+(?:to|until|till|through|and)\s+|\s*[-–—]\s*/i.exec(text);
  if (sameDay || !cut) return [{ text, offset: 0, components: r.start }];
  return [
    { text: text.slice(0, cut.index), offset: 0, components: r.start },
    { text: text.slice(cut.index + cut[0].length), offset: cut.index + cut[0].length, components: r.end },
  ];
}

function toExpression(text: string, start: number, c: ParsedComponents, ctx: RuleContext): TimeExpression | null {
  const local = { start: start, end: start + text.length };
  // "since 1 January": whatever the verb, a date after "since" is behind us.
  const since = /\bsince\s+$/i.test(ctx.sentence.slice(Math.max(0, local.start - 8), local.start)) || /^since\b/i.test(text);
  let date: Date | null;
  let monthOnly = false;
  let yearPlaced: TimeExpression['yearPlaced'];
  const explicitRelative = /\b(?:last|next|this|past|coming|ago|yesterday|today|tomorrow|tonight)\b/i.test(text);
  // chrono's own date is read only where it is kept: a weekday or a month without its year is placed by tense.
  if (ctx.ref && c.isCertain('weekday') && !c.isCertain('day') && !explicitRelative) {
    const { ahead, back } = tenseAround(ctx.sentence, local.start, local.end, since);
    const day = placeWeekday(c.get('weekday') ?? 0, ctx.ref, ahead, back, ownConjunctTense(ctx.sentence, local.start, local.end, since));
    date = new Date(day.getFullYear(), day.getMonth(), day.getDate(), c.get('hour') ?? 12, c.get('minute') ?? 0);
  } else if (ctx.ref && c.isCertain('month') && !c.isCertain('year')) {
    const day = c.isCertain('day') ? c.get('day') : null;
    const month = (c.get('month') ?? 1) - 1;
    const before = ctx.sentence.slice(Math.max(0, local.start - 24), local.start);
    const lastOrNext = LAST_OR_NEXT_BEFORE.exec(before)?.[1]?.toLowerCase();
    let placed: Date;
    if (lastOrNext) placed = placeMonthNamed(month, day, ctx.ref, lastOrNext === 'last');
    else {
      // "by July 18", "no later than May 10", "ahead of the Oct. 27 election": a deadline or a start is set from
      // the time of writing, whatever the tense of the clause that sets it; the nearer of the two is meant.
      const deadline = DEADLINE_BEFORE.test(before);
      const tense = deadline ? { ahead: false, back: false } : tenseAround(ctx.sentence, local.start, local.end, since);
      placed = placeMonth(month, day, ctx.ref, tense.ahead, tense.back);
      yearPlaced = { looksAhead: deadline || (tense.ahead && !tense.back) };
    }
    // "Monday, Dec. 14": the year whose Dec. 14 is a Monday, when the placed one is not and the next year back is.
    if (day !== null && c.isCertain('weekday')) placed = withWeekday(placed, c.get('weekday') ?? 0);
    date = new Date(placed.getFullYear(), placed.getMonth(), placed.getDate(), c.get('hour') ?? 12, c.get('minute') ?? 0);
    monthOnly = day === null;
  } else if (ctx.ref && THIS_WEEK.test(text)) {
    // "this week": the week the article was written in, dated by its publication day (chrono gives the Sunday
    // before, which may fall in another month).
    date = new Date(ctx.ref.getFullYear(), ctx.ref.getMonth(), ctx.ref.getDate(), 12);
  } else if (c.isCertain('hour') && c.isCertain('timezoneOffset')) {
    // "9 a.m. ET": the time as printed, in the zone it names (chrono's date() would turn it into this machine's).
    date = new Date(c.get('year') ?? 0, (c.get('month') ?? 1) - 1, c.get('day') ?? 1, c.get('hour') ?? 0, c.get('minute') ?? 0);
  } else {
    date = c.date();
  }
  // No publication date: only a date that prints its year can be placed. chrono reads "next year", "last week" or
  // "10 years ago" against today's clock and calls the year certain, which would date an old article's events now.
  if (!ctx.ref && (!c.isCertain('year') || !/\d{4}/.test(text))) date = null;
  const precision: DatePrecision = c.isCertain('hour') ? 'time' : c.isCertain('day') || c.isCertain('weekday') ? 'day'
    : c.isCertain('month') ? 'month' : c.isCertain('year') ? 'year' : 'day';
  return {
    start: ctx.offset + local.start,
    end: ctx.offset + local.end,
    date,
    precision: date ? precision : null,
    kind: 'point',
    origin: 'chrono',
    monthOnly,
    yearOnly: precision === 'year' && !/\b(?:ago|since)\b/i.test(text),
    ...(yearPlaced && date ? { yearPlaced } : {}),
    ...(date && c.isCertain('hour') && !c.isCertain('day') && !c.isCertain('weekday') && !explicitRelative ? { timeOnly: true } : {}),
    // "since January 2006" and "than in May 2010" measure from a year; they do not tell the story in it.
    ...(date && precision !== 'year' && c.isCertain('year') && /\d{4}/.test(text) && !since && !COMPARED_BEFORE.test(ctx.sentence.slice(0, local.start))
      ? { writtenYear: date.getFullYear() } : {}),
  };
}

/** "last November", "next March": the word before a month chrono reads without it. */
const LAST_OR_NEXT_BEFORE = /\b(last|next)\s+$/i;
/** Words before a date that make it a deadline or a start: "by", "no later than", "until", "ahead of the". */
const DEADLINE_BEFORE = /\b(?:by|no\s+later\s+than|not\s+later\s+than|until|till|before|ahead\s+of(?:\s+(?:the|a|an|its|their|next))?|from|effective|starting|beginning)\s+$/i;
const COMPARED_BEFORE = /\b(?:than|since)\s+(?:in\s+|on\s+|at\s+)?$/i;
const THIS_WEEK = /^(?:(?:earlier|later)\s+)?this\s+week$/i;


/** The placed date, or the same day a year earlier or later whose weekday is the one written, if only one is. */
function withWeekday(placed: Date, weekday: number): Date {
  if (placed.getDay() === weekday) return placed;
  const earlier = new Date(placed.getFullYear() - 1, placed.getMonth(), placed.getDate(), 12);
  const later = new Date(placed.getFullYear() + 1, placed.getMonth(), placed.getDate(), 12);
  const fits = [earlier, later].filter((d) => d.getDay() === weekday && d.getMonth() === placed.getMonth());
  return fits.length === 1 ? fits[0] : placed;
}

/** Whether the clause around a weekday or a month looks ahead or back: read only for one that needs placing. */
function tenseAround(sentence: string, start: number, end: number, since: boolean): { ahead: boolean; back: boolean } {
  return since ? { ahead: false, back: true } : tenseAt(sentence, start, end);
}

/** Where a clause joined by "and", "but" or "while" begins before an offset ("broke down on Monday and | resume …"). */
const CONJUNCT_START = /\s(?:and|but|while|whereas)\s/gi;

/**
 * The tense of the words joined to [start, end) by the nearest "and"/"but" before it, or of the whole clause when
 * none: "The talks broke down on Monday and resume on Wednesday" gives Wednesday no tense of its own.
 */
function ownConjunctTense(sentence: string, start: number, end: number, since: boolean): { ahead: boolean; back: boolean } {
  let cut = 0;
  CONJUNCT_START.lastIndex = 0;
  for (let m = CONJUNCT_START.exec(sentence); m && m.index + m[0].length <= start; m = CONJUNCT_START.exec(sentence)) cut = m.index + m[0].length;
  return tenseAround(sentence.slice(cut), start - cut, end - cut, since);
}
