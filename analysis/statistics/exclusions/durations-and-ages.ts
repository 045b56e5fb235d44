// Durations and ages are not statistics: "28 days", "a 10-year lease", "seven-day NHS", "78-year-old", "aged 78",
// "Granny (78)", "John Smith, 45, said".
import { TIME_UNITS } from '../../../data/units';
import { matchesOf, type BlockRule } from '../mention';
import { NUMBER_SOURCE } from '../numerals';

const UNITS = [...TIME_UNITS].sort((a, b) => b.length - a.length).join('|');
const PATTERNS: [RegExp, string][] = [
  [new RegExp(String.raw`(?<![\p{L}\d.,])(?:${NUMBER_SOURCE}|a|an)(?:\s+and\s+a\s+half)?[\s\u2010\u2011-]+(?:${UNITS})(?:[\u2010\u2011-]old)?(?![\p{L}])`, 'giu'), 'duration'],
  [/(?<![\p{L}])aged\s+\d{1,3}(?![\d])/giu, 'age'],
  [/(?<=\p{Lu}[\p{L}'’]+\s?)\(\d{1,3}\)/gu, 'age'],
  [/(?<=\p{Lu}[\p{L}'’]+,\s)\d{1,3}(?=,)/gu, 'age'],
  [new RegExp(String.raw`(?<![\p{L}\d])${NUMBER_SOURCE}\s+years?\s+old(?![\p{L}])`, 'giu'), 'age'],
];

export const blockDurationsAndAges: BlockRule = (text) =>
  PATTERNS.flatMap(([re, why]) => matchesOf(re, text).map((m) => ({ start: m.index, end: m.index + m[0].length, why })));
