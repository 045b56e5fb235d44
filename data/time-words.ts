// Time words of English: what tells the timeline pass that a sentence may hold a date. Words of the language only.

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december',
];

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Month and weekday names: capitalised words read as dates, not people ("by Friday", "in March"). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);

/** Seasons and the month they start in, northern hemisphere ("last spring" → March). */
export const SEASON_START_MONTH: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** Parts of a day that follow a weekday or "this"/"last" ("on Monday night", "this morning"). */
/** Nouns for a stretch of time after "last", "this", "at the" ("last week", "this season", "at the time"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'time', 'moment', 'day', 'week', 'weekend', 'month', 'year', 'night', 'season', 'spring', 'summer', 'autumn', 'fall', 'winter',
]);

export const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night', 'lunchtime', 'midday', 'noon', 'midnight'];

/**
 * A cheap test that a sentence may hold a time expression, so the costly date parser runs only there:
 * month and weekday names, relative words, clock times, four-digit years, "ago", seasons. Every alternative but
 * the last starts at a word boundary, asked once for all of them: the test runs on every sentence, and one boundary
 * check per position instead of six makes it about a third cheaper.
 */
export const TIME_WORD_HINT =
  /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|(?:today|tonight|tomorrow|yesterday|week|weekend|fortnight|month|year|decade|century|ago|morning|afternoon|evening|night|spring|summer|autumn|winter|fall|season|christmas|easter|thanksgiving|halloween|boxing|new year|since|until|earlier|later|noon|midnight|hour|day|minute|second|quarter)s?\b|\d{1,2}(?::\d\d|\.\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d\b|(?:1\d|20)\d\d\b)|\d\/\d/i;

/**
 * Words that mark a clause as looking ahead ("will", "is due to", "starts"), so an undated month or weekday is
 * the next one rather than the last one: "the session that starts in January", "a meeting on Wednesday".
 */
export const FUTURE_CUES =
  /\b(?:will|would|won['’]t|shall|'ll|going to|is due|are due|due to|is set to|are set to|set to (?=[a-z])|plans? to|planned|expected|scheduled|upcoming|starts|begins|opens|takes place|is to|are to|to be (?:held|discussed|decided|published|announced)|would be held)\b/i;

/** Past-tense cues: a simple past verb (ends in -ed) or an irregular past used in reports. */
export const PAST_CUES =
  /\b(?:was|were|had|did|said|told|went|came|left|met|made|took|gave|saw|won|lost|held|began|rose|fell|hit|struck|ran|spoke|wrote|sent|broke|chose|drove|flew|grew|knew|led|sat|sold|shot|shut|stood|stole|thought|threw|woke|wore|brought|bought|caught|fought|taught|found|heard|paid|built|spent|sought|got|became|ago|[a-z]{3,}ed)\b/i;

/** Holidays on a fixed day of the year: [month (1-12), day]. */
export const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  "new year's day": [1, 1], "new year's eve": [12, 31], 'christmas eve': [12, 24], 'christmas day': [12, 25],
  christmas: [12, 25], 'boxing day': [12, 26], "valentine's day": [2, 14], halloween: [10, 31],
  'bonfire night': [11, 5], 'guy fawkes night': [11, 5], 'independence day': [7, 4], 'fourth of july': [7, 4],
  "st patrick's day": [3, 17], 'armistice day': [11, 11], 'remembrance day': [11, 11], 'veterans day': [11, 11],
};

/** Holidays that move with Easter, in days from Easter Sunday. */
export const EASTER_HOLIDAYS: Record<string, number> = {
  easter: 0, 'easter sunday': 0, 'easter monday': 1, 'good friday': -2, 'maundy thursday': -3, 'ash wednesday': -46,
  'shrove tuesday': -47, 'palm sunday': -7, 'whit sunday': 49, pentecost: 49,
};

/**
 * Words that make a weekday after them the name of a day ("Black Friday", "Super Tuesday", "Bloody Sunday"), not the
 * date a report gives ("arrived in Leeds Tuesday", "told Reuters Tuesday"). Holidays that move with Easter add theirs.
 */
export const WEEKDAY_NAME_WORDS: ReadonlySet<string> = new Set([
  'black', 'cyber', 'super', 'giving', 'bloody', 'blue', 'mad', 'manic', 'casual', 'fat', 'business', 'plough', 'low',
  ...Object.keys(EASTER_HOLIDAYS).filter((name) => name.includes(' ')).map((name) => name.split(' ')[0]),
]);
