// What each of chrono-node's English parsers needs to see in a text before its pattern can match there.
// chrono runs every parser's regex over every text it is given (about twenty, some of them a kilobyte of
// alternations that take V8 tens of milliseconds to compile on first use); a news sentence holds words for one or
// two of them. A cue is a necessary condition, never a guess: where a cue finds nothing, the parser's own pattern
// cannot match either, so skipping the parser changes no result. Each cue is read off the parser's pattern
// (chrono-node 2.10, English, casual mode) and tests/unit/timeline check each one against the pattern it stands for.

import { cueWords } from './cue-words';

/** The word lists of chrono's English patterns, written as they must be for the cues to be necessary. */
const MONTH = 'january|february|march|april|may|june|july|august|september|sept|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec';
const WEEKDAY = 'sunday|monday|tuesday|wednesday|thursday|friday|saturday|thurs|thur|sun|mon|tue|wed|thu|fri|sat|weekend|weekday';
const UNIT = 'quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y';
const NUMBER_WORD = 'eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten';
/** chrono's count of units: "3", "2.5", "three", "half an", "a few", "several", "the", "a couple of". */
const NUMBER = String.raw`(?:${NUMBER_WORD}|[0-9]+|[0-9]+\.[0-9]+|half(?:\s{0,2}an?)?|an?\b(?:\s{0,2}few)?|few|several|the|a?\s{0,2}couple\s{0,2}(?:of)?)`;
/**
 * The end of that count and the space before its unit, for a cue that only looks at the last "number unit" pair
 * of a series: "couple" may stand five spaces off its unit (two of its own, three before the unit), and a lone
 * "a" or "an" is a word of its own ("a way forward" holds no count).
 */
const NUMBER_END = String.raw`(?:(?:\d|${NUMBER_WORD}|half(?:\s{0,2}an?)?|an?\b|few|several|the|of)\s{0,3}|couple\s{0,5})`;
/**
 * What may follow the first unit of "2 days", "3 hours and 20 minutes": the end of the phrase (a non-letter) or
 * the start of the next "number unit" pair glued on ("and", "a", a number word).
 */
const AFTER_UNIT = String.raw`(?=[^a-z_]|$|and|an?\b|a?\s{0,2}couple|${NUMBER_WORD}|half|few|several|the)`;
/** Ordinal words start with these two letters: "May first", glued as "mayfirst", is still read. */
const ORDINAL_START = 'fi|se|th|fo|si|ei|ni|te|el|tw';

const cue = (source: string) => new RegExp(source, 'i');

export interface ParserCue {
  /** Which parser: a piece of its pattern's source that no other English parser's holds (checked in order). */
  pattern: (source: string) => boolean;
  /** Its bit in cueWordsIn: words one of which the text must hold, found for every parser in one scan, asked first. */
  words: number;
  /** What the text must hold, every one of them, in the order they are cheapest to ask. */
  cue: RegExp[];
  /**
   * True when every match of the cue starts where one of the words starts ("in a couple of weeks" at "in"): the cue
   * is then tried only at those starts, a few tries instead of a scan of the whole text.
   */
  startsAtWord?: boolean;
}

/**
 * The words of cue-words.ts one of which each parser's matches hold, from the word lists above. A run of digits is
 * found where it starts, so the digit cues read the whole run from its start ("\\d{4,}-" for a year, "\\d+/" for a
 * day): a run of four digits or more ends where four digits before a dash do.
 */
const DIGIT_WORDS = cueWords(['\\d']);
/** A month's name, as every month cue below ends it: not run on into a letter, but for "of" or an ordinal. */
const MONTH_WORDS = cueWords(MONTH.split('|'), `[^a-z]|$|of|${ORDINAL_START}`);
/** A weekday's name, as the weekday cue ends it: a word end, or "of", "this", "last", "past", "next" glued on. */
const WEEKDAY_WORDS = cueWords(WEEKDAY.split('|'), '[^a-z0-9_]|$|of|this|last|past|next');
/** "this" may be glued on ("afterthis week"), the others start a word. */
const RELATIVE_WORDS = cueWords(['this', '\\blast', '\\bpast', '\\bnext', '\\bafter', '+', '-']);

const starts = (prefix: string) => (source: string) => source.startsWith(prefix);
const holds = (part: string) => (source: string) => source.includes(part);

/** In order: the first whose `pattern` fits a parser's source gives that parser's cue. */
export const PARSER_CUES: ParserCue[] = [
  // "2016-04-26", "2016-04-26T08:00"
  { pattern: holds(String.raw`([0-9]{4})\-([0-9]{1,2})\-([0-9]{1,2})(?:T`), words: DIGIT_WORDS, cue: [cue(String.raw`\d{4,}-\d`)], startsAtWord: true },
  // "2016/04/26", "2016 Apr 26"
  { pattern: starts(String.raw`(\W|^)([0-9]{4})[-\.\/\s]`), words: DIGIT_WORDS, cue: [cue(String.raw`\d{4,}[-./\s]`)], startsAtWord: true },
  // "26/4", "4.26.2016"
  { pattern: starts(String.raw`([^\d]|^)([0-3]{0,1}[0-9]{1})[\/\.\-]`), words: DIGIT_WORDS, cue: [cue(String.raw`\d+[-./]\d`)], startsAtWord: true },
  // "4/2016"
  { pattern: starts(String.raw`(\W|^)([0-9]|0[1-9]|1[012])\/([0-9]{4})`), words: DIGIT_WORDS, cue: [cue(String.raw`\d+\/\d{4}`)], startsAtWord: true },
  // "5pm", "at 17:30"
  { pattern: starts(String.raw`(^|\s|T|\b)(?:(?:at|from)\s*)??(\d{1,4})`), words: DIGIT_WORDS, cue: [] },
  // "within 3 days", "in a couple of weeks", "for two hours"
  {
    pattern: starts(String.raw`(\W|^)(?:within|in|for)\s*`),
    words: cueWords(['\\bwithin', '\\bin', '\\bfor']),
    cue: [cue(String.raw`\b(?:within|in|for)\s*(?:(?:about|around|roughly|approximately|just)\s*(?:~\s*)?)?(?:(?:about|around)\s{0,3})?${NUMBER}\s{0,3}(?:${UNIT})${AFTER_UNIT}`)],
    startsAtWord: true,
  },
  // "three weeks ago", "two days before"
  {
    pattern: holds(String.raw`\s{0,5}(?:ago|before|earlier)(?=\W|$)`),
    words: cueWords(['ago', 'before', 'earlier']),
    cue: [cue(String.raw`(?<=${NUMBER_END}(?:${UNIT})\s{0,5})(?:ago|before|earlier)\b`)],
    startsAtWord: true,
  },
  // "two days later", "a week after", "three months from now"
  {
    pattern: holds(String.raw`\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=(?:\W|$))`),
    words: cueWords(['later', 'after', 'from now', 'henceforth', 'forward', 'out']),
    cue: [cue(String.raw`(?<=${NUMBER_END}(?:${UNIT})\s{0,5})(?:later|after|from now|henceforth|forward|out)\b`)],
    startsAtWord: true,
  },
  // "next two days", "last 3 months", "+2 weeks"
  {
    pattern: starts(String.raw`(\W|^)(this|last|past|next|after|\+|-)\s*(`),
    words: RELATIVE_WORDS,
    cue: [cue(String.raw`(?:\b(?:this|last|past|next|after)|[+-])\s*(?:(?:about|around)\s{0,3})?${NUMBER}\s{0,3}(?:${UNIT})${AFTER_UNIT}`)],
    startsAtWord: true,
  },
  // "last year", "this month", "next week", "after this week" (glued as "afterthis" too)
  {
    pattern: starts(String.raw`(\W|^)(this|last|past|next|after\s*this)\s*(`),
    words: RELATIVE_WORDS,
    cue: [cue(String.raw`(?:\b(?:last|past|next)|this)\s*(?:${UNIT})\b`)],
    startsAtWord: true,
  },
  // "today", "tonight", "yesterday", "last night"
  {
    pattern: starts(String.raw`(\W|^)(now|today|tonight|tomorrow`),
    words: cueWords(['\\bnow', '\\btoday', '\\btonight', '\\btomorrow', '\\bovermorrow', '\\btmr', '\\byesterday', '\\blast']),
    cue: [cue(String.raw`\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\s*night)\b`)],
    startsAtWord: true,
  },
  // "this morning", "at noon", "midnight": a word start, or glued to "this"
  {
    pattern: starts(String.raw`(\W|^)(?:this)?\s{0,3}(morning|afternoon`),
    words: cueWords(['morning', 'afternoon', 'evening', 'night', 'midnight', 'midday', 'noon']),
    cue: [cue(String.raw`(?<![a-rt-z0-9_])(?:morning|afternoon|evening|night|midnight|midday|noon)\b`)],
    startsAtWord: true,
  },
  // "the end of the month"
  { pattern: starts(String.raw`(\W|^)(?:last\s+day|end)\s+of\s+(?:the\s+)?month`), words: cueWords(['month']), cue: [cue(String.raw`(?<=(?:day|end)\s+of\s+(?:the\s+)?)month\b`)], startsAtWord: true },
  // "on Monday", "last Friday", "this weekend": a word start, or glued to "on", "this", "last", "past", "next"
  {
    pattern: holds('weekend|weekday)'),
    words: WEEKDAY_WORDS,
    cue: [cue(String.raw`(?<![a-mo-ru-z0-9_])(?:${WEEKDAY})(?:\b|(?=of|this|last|past|next))`)],
    startsAtWord: true,
  },
  // "26 April", "5th of May", "the first of June", "26-27 April": a day or an ordinal (ending in a digit or in
  // st/nd/rd/th) right before the month name
  {
    pattern: starts(String.raw`(\W|^)(?:on\s{0,3})?(`),
    words: MONTH_WORDS,
    cue: [cue(String.raw`(?<=(?:\d|st|nd|rd|th)(?:-|\/|\s{0,3}(?:of)?\s{0,3}))(?:${MONTH})(?=[^a-z_]|$)`)],
    startsAtWord: true,
  },
  // "April 26", "Sept. 5", "May first": a day or an ordinal right after the month name
  {
    pattern: starts(String.raw`(\W|^)((?:september|`),
    words: MONTH_WORDS,
    cue: [cue(String.raw`(?:${MONTH})\.?(?:-|\/|\s*,?\s*)(?:\d|${ORDINAL_START})`)],
    startsAtWord: true,
  },
  // "2016 April", "2016 of May", "300 BC March": a year right before the month name
  {
    pattern: starts(String.raw`(\W|^)((?:[1-9][0-9]{0,3}\s{0,2}(?:BE|AD|BC|BCE|CE)|[1-9][0-9]{3}))`),
    words: MONTH_WORDS,
    cue: [cue(String.raw`(?<=(?:\d|be|ad|bc|ce)(?:\s*[-.\/,]?\s*|\s+of\s+))(?:${MONTH})(?=[^a-z_]|$)`)],
    startsAtWord: true,
  },
  // "in April", "April 2016", "May of 2016": a month name that ends there, or runs on
  // into a year, a day, an ordinal or "of" (glued too: "mayfirst", "mayof")
  {
    pattern: holds('|sept|oct\\.|nov\\.|dec\\.|may|jan|'),
    words: MONTH_WORDS,
    cue: [cue(String.raw`(?:${MONTH})(?=[^a-z_]|$|of|${ORDINAL_START})`)],
    startsAtWord: true,
  },
];

/** The cue for a parser whose pattern has this source, or null when none is known (the parser then always runs). */
export function cueFor(source: string): RegExp[] | null {
  return parserCueFor(source)?.cue ?? null;
}

/** The words and cue for a parser whose pattern has this source, or null when none is known. */
export function parserCueFor(source: string): ParserCue | null {
  return PARSER_CUES.find((c) => c.pattern(source)) ?? null;
}
