// Time words that name no moment, which the date parser would still date:
//   "the BBC Radio 4 Today programme" (a name), "the issue of Saturday pay", "work on a Saturday",
//   "improve weekend services", "night emergency cover", "the crisis is now", "6/1" (odds, or a date?),
//   "protesters march" (a verb, lower-case).
import { WEEKDAY_NAME_WORDS } from '../../../data/time-words';

const DAY_PART_ONLY = /^(?:(?:on|at|in|during|by)\s+)?(?:the\s+)?(?:morning|afternoon|evening|night|midnight|noon|midday|lunchtime|dawn|dusk)$/i;
const CASUAL_WORD = /^(?:today|tonight|tomorrow|yesterday|now)\b/i;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day(s?)\b/i;
const GENERIC_WEEKDAY_BEFORE = /\b(?:a|an|every|each|per|of|any|some|one|that|those|on\s+a)\s+$/i;
// "the early hours of Sunday", "the night of Friday": a part of one particular day, unlike "a mix of Saturday shifts".
const DAY_PART_OF = /\b(?:hours|night|morning|evening|afternoon)\s+of\s+$/i;
const ATTRIBUTIVE_BEFORE = /\b(?:the|of|over|for|about|against|his|her|their|its|our|new|no|extra|ban|banning)\s+$/i;
const NOT_A_NOUN_AFTER_WEEKDAY = /^(?:morning|afternoon|evening|night|lunchtime|and|or|to|that|as|when|after|before|at|in|on|for|with|but|the|a|an|his|her|their|its|it|he|she|they|we|was|were|is|are|will|would|said|says|amid|while|because|despite|following|until|by|from|into|last|next|this)$/;
const WEEKEND_DETERMINER_BEFORE = /\b(?:the|this|last|next|that|past|coming)\s+$/i;
const MONTH_WORD = /^(?:(?:in|on|from|to|by|until|since|during|early|late|mid|the)[\s-]+)*(january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

const CAPITALISED_WORD_BEFORE = /(?:^|[^.!?"“‘(:]\s)(\p{Lu}[\p{L}'’.-]*)\s+$/u;
const TIME_WORDS_BEFORE = /^(?:In|On|By|Since|Until|From|To|Last|Next|This|Early|Late|Mid|Until|Before|After|During|Through|Of|And|Or|But|Since|The|Then|Each|Every|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)$/;

function isPartOfName(bare: string, sentence: string, start: number): boolean {
  const before = CAPITALISED_WORD_BEFORE.exec(sentence.slice(Math.max(0, start - 40), start));
  if (before && !TIME_WORDS_BEFORE.test(before[1])) return true;
  const after = sentence.slice(start + bare.length, start + bare.length + 30);
  return /^\s+\p{Lu}\p{Ll}/u.test(after) && !/^\s+(?:\p{Lu}\p{Ll}+day|In|On|At|The|It|He|She|They|We|But|And)\b/u.test(after);
}

export function isGenericUse(text: string, sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - 30), start);
  const bare = text.trim();
  if (/^now$/i.test(bare)) return true;
  if (DAY_PART_ONLY.test(bare)) return true;
  // "Today", "Tonight" capitalised inside a sentence: part of a name ("the Today programme").
  if (CASUAL_WORD.test(bare) && /^\p{Lu}/u.test(bare) && /\S\s*$/.test(before) && !/["“‘'(:]\s*$/.test(before)) return true;
  const weekday = WEEKDAY.exec(bare);
  if (weekday) {
    if (weekday[1]) return true; // "on Saturdays"
    const at = start + weekday.index;
    const head = sentence.slice(Math.max(0, at - 30), at);
    // "in the aftermath of Tuesday's elections": a weekday that owns something is one particular day.
    const possessive = /^['’]s(?!\p{L})/u.test(sentence.slice(at + weekday[0].length, at + weekday[0].length + 3));
    if (!possessive && GENERIC_WEEKDAY_BEFORE.test(head) && !DAY_PART_OF.test(head)) return true;
    // "the row over Sunday trading", "the issue of Saturday pay": a weekday used as an adjective.
    const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(at + weekday[0].length, at + weekday[0].length + 30))?.[1];
    if (!possessive && next && !NOT_A_NOUN_AFTER_WEEKDAY.test(next) && ATTRIBUTIVE_BEFORE.test(head)) return true;
    // "Black Friday", "Super Tuesday": a word that makes a day's name in front; after any other capitalised word
    // ("arrived in Leeds Tuesday", "told Reuters Tuesday") the weekday is the day it happened.
    const named = /(\p{Lu}\p{Ll}+)\s+$/u.exec(head);
    if (named && WEEKDAY_NAME_WORDS.has(named[1].toLowerCase())) return true;
  }
  if (/^weekend$/i.test(bare) && !WEEKEND_DETERMINER_BEFORE.test(before)) return true;
  // Slash dates without a year are as often odds, scores or fractions: "fallen from 6/1 to 5/2".
  if (/^\d{1,2}\/\d{1,2}(?:\s*(?:to|-)\s*\d{1,2}\/\d{1,2})?$/.test(bare)) return true;
  // A month name in lower case is a verb or a modal: "they march", "it may".
  const month = MONTH_WORD.exec(bare);
  if (month && /^\p{Ll}/u.test(month[1])) return true;
  // A month name beside a capitalised word is a name: "Prime Minister Theresa May", "April Jones".
  if (month && !/\d/.test(bare) && isPartOfName(bare, sentence, start)) return true;
  // A clock time needs a clock: "passed 310 to 250" and "capped at 5%" hold no time of day.
  if (/^(?:(?:at|by|from|to|until|before|after|around|about)\s+)?\d{1,4}(?:\.\d+)?(?:\s*(?:to|-|–)\s*\d{1,4}(?:\.\d+)?)?$/i.test(bare)) return true;
  if (/^\s?(?:%|per ?cent|percent)/i.test(sentence.slice(start + bare.length, start + bare.length + 9))) return true; // "held at 5.25%"
  // "the March for Our Lives": a month after "the" with no day is an event's name, not a month.
  if (month && !/\d/.test(bare) && /\bthe\s+$/i.test(before) && /^\s+(?:for|of|on|to)\s+\p{Lu}/u.test(sentence.slice(start + bare.length, start + bare.length + 12))) return true;
  return false;
}
