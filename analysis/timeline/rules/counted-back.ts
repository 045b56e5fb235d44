// "from 4.1% a year earlier", "two months later": a span counted from the date its sentence gave just before.
// The rule finds the phrase; refiners/counted-from-earlier.ts dates it from that date, or leaves it unplaced.
import { CARDINAL_WORD_SOURCE } from '../../../data/number-words';
import { cueWords, holdsAtCueWord } from '../cue-words';
import { matchesOf, spanCount, type TimeExpression, type TimeRule } from '../expression';

const COUNTED_FROM_EARLIER = new RegExp(String.raw`\b(a|an|one|\d+|${CARDINAL_WORD_SOURCE})\s+(year|month)s?\s+(earlier|later)\b`, 'gi');
const UNIT_WORDS = cueWords(['\\byear', '\\bmonth']);
const UNIT_THEN_DIRECTION = /(?:year|month)s?\s+(?:earlier|later)\b/i;
const UNIT_THEN_DIRECTION_AT_WORD = new RegExp(UNIT_THEN_DIRECTION.source, 'iy');

export const countedBackRule: TimeRule = ({ sentence, offset, cues }) =>
  (holdsAtCueWord(cues, UNIT_WORDS, UNIT_THEN_DIRECTION_AT_WORD, UNIT_THEN_DIRECTION, sentence) ? matchesOf(COUNTED_FROM_EARLIER, sentence) : [])
    .map((m): TimeExpression => ({
      start: offset + m.index, end: offset + m.index + m[0].length, kind: 'point', origin: 'counted-from-earlier', date: null, precision: null,
      countedMonths: spanCount(m[1]) * (/year/i.test(m[2]) ? 12 : 1) * (/earlier/i.test(m[3]) ? -1 : 1),
    }));
