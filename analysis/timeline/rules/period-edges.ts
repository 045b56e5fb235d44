// The start, middle or end of a period: "at the start of the year" → January of the publication year,
// "by the end of 2020" → December 2020, "the end of last month", "the beginning of March".
import { MONTHS } from '../../../data/time-words';
import { cueWords, holdsAtCueWord } from '../cue-words';
import { addMonths, matchesOf, type TimeExpression, type TimeRule } from '../expression';
import { placeMonth } from '../refiners/place-month';
import { clauseAround, looksAhead } from '../tense';

const PERIOD = new RegExp(
  String.raw`\b(?:the\s+)?(start|beginning|end|middle|close|turn|first half|second half)\s+of\s+(?:(the|this|last|next|that)\s+(year|month)|(\d{4})|(${MONTHS.join('|')})(?:\s+(\d{4}))?)\b`,
  'gi',
);
/** What every match holds, asked first: "… of " after an edge word. */
const EDGE_OF = /(?:start|beginning|end|middle|close|turn|half)\s+of\s/i;
/** PERIOD starts its edge word at a word start ("\\b" or "the "), so "weekend of" asks nothing. */
const EDGE_WORDS = cueWords(['start', 'beginning', 'end', 'middle', 'close', 'turn', 'half'].map((w) => `\\b${w}`));
/** EDGE_OF asked at those word starts only. */
const EDGE_OF_AT_WORD = new RegExp(EDGE_OF.source, 'iy');
const EDGE_MONTH: Record<string, number> = { start: 0, beginning: 0, turn: 0, 'first half': 0, middle: 5, 'second half': 6, end: 11, close: 11 };

export const periodEdgeRule: TimeRule = ({ sentence, offset, ref, cues }) =>
  (holdsAtCueWord(cues, EDGE_WORDS, EDGE_OF_AT_WORD, EDGE_OF, sentence) ? matchesOf(PERIOD, sentence) : []).flatMap((m): TimeExpression[] => {
    const edge = m[1].toLowerCase();
    const base = { start: offset + m.index, end: offset + m.index + m[0].length, kind: 'point' as const, origin: 'period-edge' };
    if (m[3]) {
      if (!ref) return [{ ...base, date: null, precision: null }];
      const shift = /last/i.test(m[2]) ? -1 : /next/i.test(m[2]) ? 1 : 0;
      if (/year/i.test(m[3])) {
        return [{ ...base, date: new Date(ref.getFullYear() + shift, EDGE_MONTH[edge] ?? 0, 1, 12), precision: 'month' as const }];
      }
      const month = addMonths(ref, shift);
      const day = /end|close|second/.test(edge) ? 28 : /middle/.test(edge) ? 15 : 1;
      return [{ ...base, date: new Date(month.getFullYear(), month.getMonth(), day, 12), precision: 'month' as const }];
    }
    if (m[4]) return [{ ...base, date: new Date(Number(m[4]), EDGE_MONTH[edge] ?? 0, 1, 12), precision: 'month' as const }];
    const monthIndex = MONTHS.indexOf(m[5].toLowerCase());
    if (m[6]) return [{ ...base, date: new Date(Number(m[6]), monthIndex, 1, 12), precision: 'month' as const }];
    if (!ref) return [{ ...base, date: null, precision: null }];
    const ahead = looksAhead(clauseAround(sentence, m.index, m.index + m[0].length));
    return [{ ...base, date: placeMonth(monthIndex, null, ref, ahead), precision: 'month' as const, monthOnly: true }];
  });
