// chrono-node's clock-time parser ("5pm", "at 17:30") is handed every number of a sentence its cue lets through,
// and builds a whole set of date components (a Date and a dozen fields) for each one before it looks at the hour:
// "57%", "2016", "Radio 4" cost as much as "5pm", to give nothing. A number that cannot be an hour of the clock, or
// a lone digit with no range after it, is turned down here first, by the parser's own tests (chrono-node 2.10,
// AbstractTimeExpressionParser: extractPrimaryTimeComponents, checkAndReturnWithoutFollowingPattern), and the search
// goes on from where the parser itself would go on: the results are chrono's own (tests/unit/timeline compare the
// two over thousands of strings).
import type { Parser } from 'chrono-node';

/** The groups of the parser's pattern: the hour, the minutes after it, "am"/"pm". */
const HOUR_GROUP = 2;
const MINUTE_GROUP = 3;
const AM_PM_GROUP = 6;

/** The start of what may follow a time to make it a range ("5 to 7", "9 - 11"): the parser's own connectors, then a digit. */
const RANGE_AFTER = /\s*(?:-|\u2013|~|\u301c|to|until|through|till|\?)\s*\d/iy;

/** The start of the clock-time parser's pattern, which tells it apart from every other English parser. */
export const CLOCK_PATTERN_START = String.raw`(^|\s|T|\b)(?:(?:at|from)\s*)??(\d{1,4})`;

/** The parser, with the numbers that cannot be an hour turned down before its costly work. */
export function withNonHoursTurnedDown(parser: Parser): Parser {
  const strict = (parser as { strictMode?: unknown }).strictMode === true;
  return {
    pattern: (context) => parser.pattern(context),
    extract(context, match) {
      const at = match.index ?? 0;
      // Where the parser resumes after a number it turns down: past a four-digit run, else past the whole match.
      if (cannotBeHour(match, strict)) match.index = at + (/^\d{4}/.test(match[0]) ? 4 : match[0].length);
      else if (isLoneDigit(match, context.text)) match.index = at + match[0].length;
      else return parser.extract(context, match);
      return null;
    },
  };
}

/**
 * Whether the parser turns the match down at its first test: "2016" alone, "1230" with minutes after it, or an
 * hour past 24 ("57", "310" read as 3:10 is kept). Never true where the parser would read a time.
 */
export function cannotBeHour(match: RegExpMatchArray, strict: boolean): boolean {
  const hourText = match[HOUR_GROUP];
  if (hourText === undefined) return false;
  let hour = parseInt(hourText, 10);
  if (hour > 100) {
    if (hourText.length === 4 && match[MINUTE_GROUP] == null && !match[AM_PM_GROUP]) return true;
    if (strict || match[MINUTE_GROUP] != null) return true;
    hour = Math.floor(hour / 100);
  }
  return hour > 24;
}

/**
 * Whether the match is one digit and nothing else ("Radio 4", "3 children"), with no range after it: the parser
 * builds a time for it, then turns it down as a lone digit (checkAndReturnWithoutFollowingPattern).
 */
export function isLoneDigit(match: RegExpMatchArray, text: string): boolean {
  const lead = match[1]?.length ?? 0;
  if (match[0].length - lead !== 1) return false;
  const c = match[0].charCodeAt(lead);
  if (c < 48 || c > 57) return false;
  RANGE_AFTER.lastIndex = (match.index ?? 0) + match[0].length;
  return !RANGE_AFTER.test(text);
}
