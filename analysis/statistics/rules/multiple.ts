// Multiples: "double the number in 2017", "twice as many", "three times the average", "a fourfold rise", "a 3-fold
// increase". A count of times with nothing compared ("he tried three times") is no statistic.
import { MULTIPLE_WORDS } from '../../../data/number-words';
import { hasWord } from '../cues';
import { matchesAt, matchesOf, type MentionRule, type NumberMention } from '../mention';
import { NUMBER_SOURCE, parseNumber } from '../numerals';

/** What follows a multiple that compares: "as", "the", "more", "higher", "that of". */
// ("50 times stronger", "ten times deadlier": any comparative in -er, but words that only end so: "after", "other".)
export const COMPARED = String.raw`(?:as|the|that|what|its|their|his|her|our|your|this|those|these|more|less|fewer|over|above|below|worse|better|(?!(?:after|other|under|never|ever|either|whether|rather|together|per|her|over)(?![\p{L}]))\p{Ll}{2,}i?er)(?![\p{L}\d])`;

const MULTIPLE_WORD = new RegExp(String.raw`(?<![\p{L}\d-])(${Object.keys(MULTIPLE_WORDS).join('|')})(?=\s+${COMPARED})(?!\s+as\s+an?\s)`, 'giu');
// Tried where a number begins (sticky).
const TIMES = new RegExp(String.raw`(?<![\p{L}\d.,])(${NUMBER_SOURCE})[\s\u2010\u2011-]times(?=\s+${COMPARED})`, 'yiu');
const FOLD = new RegExp(String.raw`(?<![\p{L}\d.,])(${NUMBER_SOURCE})[\u2010\u2011-]?fold(?![\p{L}\d])`, 'yiu');

const MULTIPLES = Object.keys(MULTIPLE_WORDS);

export const findMultiples: MentionRule = (text, cues) => {
  const out: NumberMention[] = [];
  const ratio = (start: number, end: number, value: number | null): NumberMention => ({ start, end, value, unit: 'ratio' });
  if (hasWord(cues, MULTIPLES)) {
    for (const m of matchesOf(MULTIPLE_WORD, text)) out.push(ratio(m.index, m.index + m[0].length, MULTIPLE_WORDS[m[1].toLowerCase()]));
  }
  // Each pattern is tried at every number only in a paragraph that holds its word (few do).
  for (const [pattern, word] of [[TIMES, /times/i], [FOLD, /fold/i]] as const) {
    if (!word.test(text)) continue;
    for (const m of matchesAt(pattern, text, cues.numberStarts)) out.push(ratio(m.index, m.index + m[0].length, parseNumber(m[1])));
  }
  return out;
};
