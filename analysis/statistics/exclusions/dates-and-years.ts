// Years, dates and clock times are when, not how many: "in 2014", "29 May", "July 4 2024", "4:30 a.m.", "8am".
import { hasWord } from '../cues';
import { blockPatterns, type BlockPattern, type BlockRule } from '../mention';
import { digitRuns, marksBeforeNumbers, startingWith, wordsBeforeNumbers } from '../starts';

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
// What each pattern needs right after its digits or at its start, case folded as the pattern folds ("ſ" is an "s"):
// the places without it are not tried. A day: "st" "nd" "rd" "th" or white space; an hour: ":" "." white space or
// the first letter of "am", "pm", "o'clock", a time zone or "hrs"; a month before the day: its initial.
const DAY_FOLLOWER = { chars: 'sSnNrRtT\u017F', orSpace: true };
const HOUR_FOLLOWER = { chars: ':.aApPoOgGbBeEhH', orSpace: true };
const MONTH_INITIALS = 'jfmasondJFMASOND\u017F';
// Sticky (y) patterns begin with the number's first digit, and are tried only there, or where their third element says.
export const PATTERNS: BlockPattern[] = [
  // a year, unless money or a percentage: "2016 election", "since 2002", "the 1990s"
  [/(?<![\p{L}\d£$€¥.,/-])(?:1[5-9]\d\d|20\d\d)(?:s|'s|’s)?(?![\d%]|[.,]\d|\s?(?:per ?cent|percent|bn|million|billion)\b)/yu, 'year', (text, cues) => digitRuns(text, cues, 4, 4)],
  [/(?<![\p{L}\d])['’]\d\d(?![\d%])/yu, 'year', (text, cues) => marksBeforeNumbers(text, cues, "'’")], // "the class of '98", "in ’91"
  [new RegExp(String.raw`(?<![\p{L}\d])\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+${MONTH}(?:,?\s+\d{4})?(?![\p{L}])`, 'yiu'), 'date', (text, cues) => digitRuns(text, cues, 1, 2, DAY_FOLLOWER)],
  [new RegExp(String.raw`(?<![\p{L}])${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?(?![\d])`, 'yiu'), 'date', (text, cues) => startingWith(text, wordsBeforeNumbers(text, cues), MONTH_INITIALS)],
  [/(?<![\d/.])\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}(?![\d/])/y, 'date', (text, cues) => digitRuns(text, cues, 1, 4, '/.-')],
  [/(?<![\p{L}\d.])\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.?|p\.m\.?|o['’]clock|GMT|BST|ET|EST|PT|hrs|h)(?![\p{L}\d])/yiu, 'time', (text, cues) => digitRuns(text, cues, 1, 2, HOUR_FOLLOWER)],
  [/(?<![\d:])\d{1,2}:\d\d(?::\d\d)?(?![\d:])/y, 'time', (text, cues) => digitRuns(text, cues, 1, 2, ':')],
  [/(?<![\p{L}\d.,])(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|UTC|BST|CET|ET|EST|PT|hrs|hours|h)(?![\p{L}\d])/yu, 'time', (text, cues) => digitRuns(text, cues, 4, 4)], // "0100 GMT"
];
const HOURS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const WORD_TIME = new RegExp(String.raw`(?<![\p{L}])(?:${HOURS.join('|')})\s+o['’]clock(?![\p{L}])`, 'giu');

export const blockDatesAndYears: BlockRule = (text, cues) => {
  // A time in words holds one of the hours, a number word the cues hold; every other pattern holds a digit.
  const mayHoldWordTime = hasWord(cues, HOURS);
  if (!cues.digit && !(mayHoldWordTime && /o['’]clock/i.test(text))) return [];
  const out = cues.digit ? blockPatterns(PATTERNS, text, cues, []) : [];
  // Times in words are looked for only where "o'clock" is (found with the pattern's own case folding).
  return mayHoldWordTime && /o['’]clock/iu.test(text) ? blockPatterns([[WORD_TIME, 'time']], text, cues, out) : out;
};
