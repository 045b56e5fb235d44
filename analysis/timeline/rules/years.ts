// Bare years: "in 2014", "since 2002", "until at least 2021", "the mayor's 2016 election campaign".
// Not money ("£2020"), not a count ("2,020"), not a percentage, not part of a decade ("the 1990s").
import { cueWords, has } from '../cue-words';
import { matchesOf, type TimeRule } from '../expression';

const YEAR = /(?<![\p{L}\d£$€¥.,/#'’-])(1[89]\d\d|20\d\d)(?![\p{L}\d%]|[.,]\d|\s?(?:per ?cent|percent)\b|[-–]\d)/gu;

/** A year is digits: a sentence without one is let go unscanned. */
const DIGIT_WORDS = cueWords(['\\d']);

export const yearRule: TimeRule = ({ sentence, offset, cues }) =>
  (has(cues, DIGIT_WORDS) ? matchesOf(YEAR, sentence) : []).map((m) => ({
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    date: new Date(Number(m[1]), 0, 1, 12),
    precision: 'year' as const,
    kind: 'point' as const,
    origin: 'year',
    yearOnly: true,
  }));
