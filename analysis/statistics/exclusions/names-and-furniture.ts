// Numbers that are names, addresses or page furniture: "Radio 4", "No 10", "Number 10", "10 Downing Street",
// "11th hour", phone numbers, list numbering ("1. Open the door"), links, hashtags and handles.
import { CARDINAL_WORD_SOURCE } from '../../../data/number-words';
import { TIME_UNITS } from '../../../data/units';
import type { NumberCues } from '../cues';
import { blockPatterns, matchesAt, type BlockPattern, type BlockRule } from '../mention';
import { digitRuns, eitherOf, marksBeforeNumbers, namesBeforeNumbers, startingWith, wordsBeforeNumbers } from '../starts';

// Capitalised words that may stand before a count: "More than 40", "Nearly 300", "In 2014".
const OPEN_CLASS_CAPS = new Set(
  ('more nearly almost about around over some only just roughly approximately at by in on of for from to with since ' +
    'until and but or the a an all another exactly up under fewer less than each every while when after before ' +
    'between among barely precisely perhaps maybe possibly estimated an these those its their his her our we they ' +
    'it there as if whereas although though because so yet still also including excluding plus minus nearly ' +
    'nine eight seven six five four three two one ten').split(' '),
);
// Tried only where a capitalised word before a number begins (see `namesBeforeNumbers`).
const NAMED_NUMBER = /(?<![\p{L}\d])(\p{Lu}[\p{L}&]*)\.?\s(\d+)(?!\d|[,.]\d|%|\s?(?:million|billion|bn|m|k)\b)/yu;
// Sticky (y) patterns begin with the number's first digit, and are tried only there, or where their third element says.
// A phone number begins at its "+" or "(", or else at a "0" (a trunk prefix) or at a run of three digits.
const trunkNumbers = (text: string, cues: NumberCues) => eitherOf(marksBeforeNumbers(text, cues, '+('), startingWith(text, digitRuns(text, cues, 3, 5), '0'));
const areaCodes = (text: string, cues: NumberCues) => eitherOf(marksBeforeNumbers(text, cues, '('), digitRuns(text, cues, 3, 3));
// A house number is followed by white space or by one letter ("10A").
const HOUSE_NUMBER_FOLLOWER = { chars: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', orSpace: true };
export const PATTERNS: BlockPattern[] = [
  [/(?<![\p{L}])(?:No\.?|Number|Nos\.?)\s\d+(?![\d])/yu, 'address', (text, cues) => startingWith(text, wordsBeforeNumbers(text, cues), 'N')],
  // ("2800 40th St.": a numbered street is one of the names.)
  [/(?<![\p{L}\d])\d+[A-Za-z]?\s+(?:(?:\p{Lu}[\p{L}'’]+|\d+(?:st|nd|rd|th))\s+){1,3}(?:Street|Road|Avenue|Lane|Drive|Way|Place|Square|Terrace|Close|Court|Crescent|Boulevard|Gardens|Row|St|Rd|Ave)\b/yu, 'address', (text, cues) => digitRuns(text, cues, 1, Infinity, HOUSE_NUMBER_FOLLOWER)],
  // The suffix is read with case folding: "ſ" is an "s" too.
  [/(?<![\p{L}\d])\d+(?:st|nd|rd|th)(?![\p{L}])/yiu, 'ordinal', (text, cues) => digitRuns(text, cues, 1, Infinity, 'sSnNrRtT\u017F')],
  [/(?<![\p{L}\d])(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,5}\)[\s-]?)?0\d{2,4}(?:[\s-]\d{3,4}){1,3}(?![\d])/yu, 'phone', trunkNumbers],
  [/(?<![\p{L}\d])\+\d{1,3}(?:[\s-]?\d{2,5}){2,4}(?![\d])/yu, 'phone', (text, cues) => marksBeforeNumbers(text, cues, '+')],
  [/(?<![\p{L}\d])\(?\d{3}\)?[\s-]\d{3}-\d{4}(?![\d])/yu, 'phone', areaCodes],
  [/^\(?\d{1,2}[.)](?=\s)/g, 'list number'],
  // "… in the crisis. 2. The Fed chose …": a numbered point run into one paragraph, after a sentence's end. White
  // space comes before it, so it begins at a number's first digit or at the "(" right before one.
  [/(?<=[.!?)”"]\s+)\(?\d{1,2}[.)](?=\s+\p{Lu})/yu, 'list number', (text, cues) => eitherOf(marksBeforeNumbers(text, cues, '('), cues.numberStarts)],
  // "in the 23300 block of Edmond Street": a police report's address.
  [/(?<![\p{L}\d])\d{2,6}\s+block\s+of(?![\p{L}])/yu, 'address', (text, cues) => digitRuns(text, cues, 2, 6, { chars: '', orSpace: true })],
  // An emergency or short number that is called: "called 911", "dial 999", "a 911 call", "a tip to 911". Begins at a number's first
  // digit (both branches): sticky.
  [/(?<=\b(?:call(?:s|ed|ing)?|dial(?:s|l?ed|l?ing)?|phon(?:e|es|ed|ing)|ring(?:s|ing)?|rang|text(?:s|ed|ing)?)\s+)\d{3,5}(?=\s*(?:[.,;:)!?]|$)(?!\d)|\s+(?:and|or|for|to|on|at|after|before|but|from|when|while)\b)|(?<![\p{L}\d])\d{3}(?=\s+(?:calls?|dispatchers?|operators?|emergency)\b)|(?<=\b(?:tips?|calls?|reports?|texts?)\s+to\s+)\d{3}(?!\d)/yiu, 'phone', (text, cues) => digitRuns(text, cues, 3, 5)],
];

// Set phrases with a number word that counts nothing: "net zero carbon", "zero tolerance", "a zero-sum game",
// "ground zero", "patient zero", "zero-hours contracts".
const SET_PHRASES: BlockPattern[] = [
  [/(?<![\p{L}])(?:net[\s\u2010\u2011-]+zero|zero[\s\u2010\u2011-]+(?:sum|tolerance|hours?)|ground\s+zero|patient\s+zero|year\s+zero)(?![\p{L}])/giu, 'name'],
];
const MAY_HOLD_SET_PHRASE = /zero/i;

const LINKS: BlockPattern[] = [
  [/(?:https?:\/\/|www\.)\S+|(?<![\p{L}\d])[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|co|uk|io|gov|edu)(?:\/\S*)?|[#@][\p{L}\d_]+/gu, 'link'],
];
const MAY_HOLD_LINK = /https?:|www\.|\.(?:com|org|net|co|uk|io|gov|edu)\b|[#@]/;

export const blockNamesAndFurniture: BlockRule = (text, cues) => {
  const named = [...capitalisedNumberWords(text, cues), ...positionsInASequence(text, cues)];
  if (MAY_HOLD_SET_PHRASE.test(text)) blockPatterns(SET_PHRASES, text, cues, named);
  if (!cues.digit) return named;
  const out = blockPatterns(PATTERNS, text, cues, named);
  if (MAY_HOLD_LINK.test(text)) blockPatterns(LINKS, text, cues, out);
  for (const m of matchesAt(NAMED_NUMBER, text, namesBeforeNumbers(text, cues))) {
    if (!OPEN_CLASS_CAPS.has(m[1].toLowerCase())) out.push({ start: m.index, end: m.index + m[0].length, why: 'name' });
  }
  return out;
};

/**
 * A number word capitalised inside a sentence is part of a name: "the Nine Network", "Channel Four", "the Big Ten",
 * "THE NINE NETWORK". At a sentence's start ("Two people died") it is a count.
 */
function capitalisedNumberWords(text: string, cues: NumberCues): { start: number; end: number; why: string }[] {
  const out: { start: number; end: number; why: string }[] = [];
  cues.numberStarts.forEach((start, k) => {
    if (cues.digitEnds[k] !== -1 || !UPPER_CASE_LETTER.test(text[start]) || !insideSentence(text, start)) return;
    CARDINAL_WORD.lastIndex = start;
    const word = CARDINAL_WORD.exec(text);
    if (word) out.push({ start, end: start + word[0].length, why: 'name' });
  });
  return out;
}

/** Nouns a number after which says which one, not how many: "day two", "phase 3", "round two", "Game 7". */
const SEQUENCE_NOUNS = 'day|week|round|stage|phase|part|chapter|episode|season|act|step|level|tier|year|game|leg|heat|lap|volume|book|page|line|section|article|clause|item|question';
// ("Each year 300 people visit", "the day 300 died": after a determiner the noun is a time, and the number a count.)
const POSITION_IN_SEQUENCE = new RegExp(
  String.raw`(?<=(?<!\b(?:each|every|per|a|an|the|this|that|last|next|one|same)\s+)\b(?:${SEQUENCE_NOUNS})\s)(?:\d{1,3}|${CARDINAL_WORD_SOURCE})(?![\p{L}\d%]|[.,]\d|\s+(?:${SEQUENCE_NOUNS}|${[...TIME_UNITS].join('|')}|per|percent)s?\b)`,
  'yiu',
);

const SEQUENCE_NOUN_BEFORE_WORD = new RegExp(String.raw`\b(?:${SEQUENCE_NOUNS})\s\w`, 'i');

/** "better on day two", "the project is in phase 3": which one of a sequence. Tried at each number start (sticky). */
function positionsInASequence(text: string, cues: NumberCues): { start: number; end: number; why: string }[] {
  const out: { start: number; end: number; why: string }[] = [];
  if (!SEQUENCE_NOUN_BEFORE_WORD.test(text)) return out; // most paragraphs: one scan, not a try at every number
  for (const m of matchesAt(POSITION_IN_SEQUENCE, text, cues.numberStarts)) out.push({ start: m.index, end: m.index + m[0].length, why: 'ordinal' });
  return out;
}

const CARDINAL_WORD = new RegExp(String.raw`(?:${CARDINAL_WORD_SOURCE})(?![\p{L}])`, 'yiu');
const UPPER_CASE_LETTER = /^\p{Lu}/u;

/** Whether a word, a digit or a comma stands before `at` in its sentence (white space between). */
function insideSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\u00A0')) k--;
  return k >= 0 && k < at - 1 && /[\p{L}\p{N},]/u.test(text[k]);
}
