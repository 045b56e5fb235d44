/** Words written with a full stop that does not end a sentence (lower-cased, without the dot). */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'rev', 'hon', 'gen', 'col', 'capt', 'lt', 'sgt', 'maj', 'cmdr', 'adm',
  'gov', 'sen', 'rep', 'pres', 'supt', 'insp', 'det', 'atty', 'amb', 'fr', 'messrs', 'mme', 'mlle',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vol', 'vs', 'v', 'etc', 'inc', 'ltd', 'co', 'corp', 'bros', 'dept', 'univ', 'approx', 'est', 'fig',
  'ave', 'blvd', 'rd', 'mt', 'ft', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m',
]);
