// Durations and ages are not statistics: "28 days", "a 10-year lease", "seven-day NHS", "78-year-old", "aged 78",
// "Granny (78)", "John Smith, 45, said".
import { TIME_UNITS } from '../../../data/units';
import { blockPatterns, matchesOf, type BlockPattern, type BlockRule, type Span } from '../mention';
import { digitRuns, marksBeforeNumbers, startingWith, wordsBeforeNumbers } from '../starts';
import { NUMBER_SOURCE } from '../numerals';

const UNITS = [...TIME_UNITS].sort((a, b) => b.length - a.length).join('|');
// A unit of time, then the amount before it: cheaper than trying the amount at every word.
const UNIT_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${UNITS})(?:[\u2010\u2011-]old)?(?![\p{L}])`, 'giu');
const AMOUNT_BEFORE = new RegExp(String.raw`(?<![\p{L}\d.,])(?:${NUMBER_SOURCE}|a|an)(?:\s+and\s+a\s+half)?[\s\u2010\u2011-]+$`, 'iu');
/** The end of an amount written around its unit: "a minute | or two", "a year | and a half". */
const AMOUNT_AFTER = /^\s+(?:or\s+(?:two|three|so)|and\s+a\s+half)(?![\p{L}])/iu;
const AMOUNT_AFTER_REACH = 16;
/** The words an age after "who was" or "looked" needs: a paragraph without them is not tried at every number. */
const AGE_AFTER_WORDS = /\bwho\s+(?:is|was)\b|\b(?:look|appear|seem)(?:s|ed|ing)?\s/i;
// Sticky (y) patterns begin with the number's first digit, and are tried only there, or where their third element says.
export const PATTERNS: BlockPattern[] = [
  [/(?<![\p{L}])aged\s+(?:between\s+)?\d{1,3}(?:(?:\s*(?:,|and|or|to|-|–)\s*)\d{1,3})*(?![\d])/yiu, 'age', (text, cues) => startingWith(text, wordsBeforeNumbers(text, cues, 2), 'aA')],
  // "Granny (78)": the bracket first, the name behind it after.
  [/\((?<=\p{Lu}[\p{L}'’]+\s?\()\d{1,3}\)/yu, 'age', (text, cues) => marksBeforeNumbers(text, cues, '(')],
  [/(?<=\p{L}[\p{L}'’]*,\s)\d{1,3}(?=,\s\p{Ll})/yu, 'age', (text, cues) => digitRuns(text, cues, 1, 3, ',')], // "The minister, 58, faces…": sticky, tried at numbers
  // "Roof, who was 21 at the time,", "a woman who looked about 30": how old someone is or looks.
  [/(?<=\bwho\s+(?:is|was|is\s+now|was\s+then)\s+)\d{1,3}(?=\s+at\s+the\s+time\b|\s*[,.;)]|\s+when\b)|(?<=\b(?:looked|looks|looking|appeared|appears|seemed|seems)\s+(?:about\s+|around\s+|roughly\s+|maybe\s+|perhaps\s+)?)\d{1,3}(?![\d%.,]\d|\s?%|\s+(?:per|percent))/yu, 'age', (text, cues) => (AGE_AFTER_WORDS.test(text) ? digitRuns(text, cues, 1, 3) : [])],
];
// A unit of time read with case folding ("ſeconds", "wee\u212As") counts only where the paragraph also holds a unit,
// "aged", "(" before a digit or ", 45," in ASCII letters: the rule's own first reading of a paragraph. Every other
// match shows one of those itself, so this costly scan runs only after a folded unit (hardly ever).
const ASCII_CUE = new RegExp(String.raw`(?:${UNITS}|aged|\(\d|,\s\d{1,3},|who|look|appear|seem)`, 'i');
const FOLDED = /[ſ\u212A]/;

// A duration is its amount (at most AMOUNT_REACH characters before the unit) and its unit: it overlaps a proposed
// mention only if its unit begins less than the longest unit before the mention's end… or AMOUNT_REACH after it.
const AMOUNT_REACH = 40;
const LONGEST_UNIT = Math.max(...[...TIME_UNITS].map((unit) => unit.length)) + '-old'.length;

export const blockDurationsAndAges: BlockRule = (text, cues, proposals) => {
  const out = blockPatterns(PATTERNS, text, cues, []);
  for (const unit of proposals ? unitsNear(text, proposals) : matchesOf(UNIT_WORD, text)) {
    if (!isAmountGap(text.charCodeAt(unit.index - 1))) continue; // the amount's white space or dash, which the pattern needs
    // "four century-old schooners": an age in centuries glued to its unit ("four-century-old") is one word; after a
    // space the number counts the things that old ("a 12 year-old boy" is still an age, typed with a space).
    if (/^(?:century|decade)[\u2010\u2011-]old$/i.test(unit[0]) && /\s/.test(text[unit.index - 1])) continue;
    if (FOLDED.test(unit[0]) && !ASCII_CUE.test(text)) continue;
    const head = text.slice(Math.max(0, unit.index - AMOUNT_REACH), unit.index);
    const amount = AMOUNT_BEFORE.exec(head);
    if (!amount) continue;
    const end = unit.index + unit[0].length;
    // "a minute or two", "a year and a half": the rest of the amount after the unit.
    const rest = AMOUNT_AFTER.exec(text.slice(end, end + AMOUNT_AFTER_REACH));
    out.push({ start: unit.index - head.length + amount.index, end: end + (rest ? rest[0].length : 0), why: 'duration' });
  }
  return out;
};

/**
 * The units of time that begin where a duration could overlap one of `proposals` (ascending by start), in text
 * order: the scan of the whole paragraph, read only in those windows. A unit is a whole word (no letter on either
 * side), so no unit begins inside another and a scan begun at a window's start finds what the whole scan finds there.
 */
function unitsNear(text: string, proposals: readonly Span[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  UNIT_WORD.lastIndex = 0;
  for (let i = 0; i < proposals.length; ) {
    const from = Math.max(0, proposals[i].start - LONGEST_UNIT);
    let to = proposals[i].end + AMOUNT_REACH;
    // Windows that touch are read as one.
    for (i++; i < proposals.length && proposals[i].start - LONGEST_UNIT <= to; i++) to = Math.max(to, proposals[i].end + AMOUNT_REACH);
    if (UNIT_WORD.lastIndex < from) UNIT_WORD.lastIndex = from;
    for (let m = UNIT_WORD.exec(text); m; m = UNIT_WORD.exec(text)) {
      if (m.index >= to) {
        UNIT_WORD.lastIndex = m.index; // the next window may hold it
        break;
      }
      out.push(m);
    }
  }
  return out;
}

/** White space or a dash right before a unit: `AMOUNT_BEFORE` ends with one. */
const isAmountGap = (c: number) => c === 32 || c === 45 || c === 0x2010 || c === 0x2011 || (c < 128 ? c >= 9 && c <= 13 : SPACE.test(String.fromCharCode(c)));
const SPACE = /\s/;
