// Bare years: "in 2014", "since 2002", "until at least 2021", "the mayor's 2016 election campaign", "1990-91".
// Not money ("£2020"), not a count ("2,020"), not a percentage, not part of a decade ("the 1990s").
import { cueWords, has } from '../cue-words';
import { matchesOf, type TimeRule } from '../expression';

const YEAR = /(?<![\p{L}\d£$€¥.,/#'’-])(1[89]\d\d|20\d\d)(?![\p{L}\d%]|[.,]\d|\s?(?:per ?cent|percent)\b|[-–]\d)/gu;
// "the recessions of 1990-91", "the 2019–2020 season": a span of years, dated from its first.
const YEAR_SPAN = /(?<![\p{L}\d£$€¥.,/#'’-])(1[89]\d\d|20\d\d)[-–](\d\d|1[89]\d\d|20\d\d)(?![\p{L}\d%]|[.,]\d)/gu;
// An older year only after a word that dates ("established by the Continental Congress in 1775", "since 1066"), and
// before nothing a count would take ("in 1500 homes" counts homes).
const OLD_YEAR = /(?<=\b(?:in|since|from|until|till|before|after|circa|around|of)\s+)(1[0-7]\d\d)(?=\s*(?:[.,;:)!?]|$)|\s+(?:the|a|an|and|or|when|as|but|by|to|with|he|she|it|they|we|after|before|until)\b)/gu;

/** A year is digits: a sentence without one is let go unscanned. */
const DIGIT_WORDS = cueWords(['\\d']);

export const yearRule: TimeRule = ({ sentence, offset, cues }) => {
  if (!has(cues, DIGIT_WORDS)) return [];
  const found = [...matchesOf(YEAR, sentence), ...matchesOf(YEAR_SPAN, sentence), ...matchesOf(OLD_YEAR, sentence)];
  if (found.length > 1) found.sort((a, b) => a.index - b.index);
  return found.map((m) => ({
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    date: new Date(Number(m[1]), 0, 1, 12),
    precision: 'year' as const,
    kind: 'point' as const,
    origin: 'year',
    yearOnly: m[2] === undefined,
  }));
};
