// Quarters of a year: "in the second quarter", "first-quarter profit", "by the end of the third quarter", "the
// fourth quarter of 2023", "last quarter". Dated to the month the quarter starts (or ends, after "the end of"); the
// year is the one written, else the nearest the clause's tense allows, as for a month without a year.
import { GAME_CLOCK_WORDS } from '../../../data/sport-words';
import { cueWords, holdsAtCueWord } from '../cue-words';
import { matchesOf, type TimeExpression, type TimeRule } from '../expression';
import { placeMonth } from '../refiners/place-month';
import { clauseAround, tenseOf } from '../tense';

const ORDINALS: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3, final: 3 };
const QUARTER = /\b(?:(?:the\s+)?(end|close|start|beginning)\s+of\s+)?(?:(?:the|its|this|last|next)\s+)?(first|second|third|fourth|final)[\s-]quarter(?:\s+of\s+(\d{4}))?(?![\p{L}-])/giu;
/** QUARTER holds "quarter" after its ordinal: asked first, at word starts. */
const QUARTER_WORDS = cueWords(['\\bquarter']);
const QUARTER_WORD = /quarter/i;
const QUARTER_AT_WORD = new RegExp(QUARTER_WORD.source, 'iy');
/** "the third quarter" of a game or a match is no time of year: the words of a game's clock (the quarter itself
 *  aside) and of its score. */
const GAME_WORDS = new RegExp(
  `\\b(?:${[...GAME_CLOCK_WORDS.filter((w) => !w.startsWith('quarter')), 'game', 'match', 'points?', 'touchdowns?', 'lead', 'led', 'trailed'].join('|')})\\b`,
  'i',
);

export const quarterRule: TimeRule = ({ sentence, offset, ref, cues }) =>
  (holdsAtCueWord(cues, QUARTER_WORDS, QUARTER_AT_WORD, QUARTER_WORD, sentence) ? matchesOf(QUARTER, sentence) : []).flatMap((m): TimeExpression[] => {
    if (GAME_WORDS.test(sentence)) return [];
    const quarter = ORDINALS[m[2].toLowerCase()];
    const atEnd = m[1] !== undefined && /end|close/i.test(m[1]);
    const month = quarter * 3 + (atEnd ? 2 : 0);
    const base = { start: offset + m.index, end: offset + m.index + m[0].length, kind: 'point' as const, origin: 'quarter' };
    if (m[3]) return [{ ...base, date: new Date(Number(m[3]), month, 1, 12), precision: 'month' as const, writtenYear: Number(m[3]) }];
    if (!ref) return [{ ...base, date: null, precision: null }];
    const tense = tenseOf(clauseAround(sentence, m.index, m.index + m[0].length));
    const placed = placeMonth(quarter * 3, null, ref, tense.ahead, tense.back);
    return [{ ...base, date: new Date(placed.getFullYear(), month, 1, 12), precision: 'month' as const }];
  });
