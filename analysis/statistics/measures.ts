// What a number measures, as a short noun phrase from its own sentence:
//   "861 adults" → "adults"; "57% of doctors" → "doctors"; "a 13.5% increase in basic pay" → "increase in basic pay";
//   "accommodation worth more than £20,000" → "accommodation"; "spending by 2.5%" → "spending".
const STOP_AFTER = new Set(
  ('that which who whom whose is are was were be been being have has had will would can could should may might must ' +
    'said says say told to than as because while if when where after before since until though although but so ' +
    'than per each this these those it they he she we i you showed shows found finds suggested suggests ' +
  'according').split(' '),
);
const LINK_BEFORE = /(?:\b(?:worth|of|by|to|at|was|were|is|are|totalling|totaling|costing|cost|reached|hit|stands at|stood at)\s+(?:a\s+|an\s+|the\s+)?)$/i;
const MAX_WORDS = 6;
// Common irregular past verbs that end a counted noun phrase ("schools lost power", "people took part").
const PAST_VERBS = new Set('lost won got made took went came saw left fell rose paid spent gave held met ran sold bought cost hit began became felt kept brought thought'.split(' '));
const QUALIFIER_AT_END = /\b(?:more than|over|nearly|almost|about|around|some|at least|up to|less than|fewer than|just)\s+$/i;

/** Words after the number expression ("adults", "appointments and operations"), or the noun phrase before it. */
export function measuresOf(sentence: string, start: number, end: number): string | null {
  const after = nounPhraseAfter(sentence, end);
  if (after) return after;
  return nounPhraseBefore(sentence.slice(0, start));
}

const LEAD = /\s*(?:of\s+|worth\s+of\s+)?/iy;
const SPACE = /\s/;
// White space as `\s` reads it, by char code for ASCII (nearly every character).
const isSpaceAt = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[at]);
};

/** The phrase after offset `end`: its words read one at a time, since the rest of the sentence may be long. */
function nounPhraseAfter(sentence: string, end: number): string | null {
  if (end >= sentence.length) return null; // a number that closes its sentence (or runs past it)
  LEAD.lastIndex = end;
  LEAD.test(sentence); // always matches, perhaps nothing
  const kept: string[] = [];
  for (let at = LEAD.lastIndex, read = 0; at < sentence.length && read < MAX_WORDS; read++) {
    let wordEnd = at + 1; // `at` is never white space: after the lead or after a run of it
    while (wordEnd < sentence.length && !isSpaceAt(sentence, wordEnd)) wordEnd++;
    // The word without its opening marks and closing punctuation, found by offsets: one string per word.
    let from = at;
    while (from < wordEnd && isOpeningPunctuation(sentence.charCodeAt(from))) from++;
    let to = wordEnd;
    while (to > from && isClosingPunctuation(sentence.charCodeAt(to - 1))) to--;
    at = wordEnd;
    while (at < sentence.length && isSpaceAt(sentence, at)) at++;
    if (to === from) break;
    const bare = sentence.slice(from, to);
    const lower = bare.toLowerCase();
    const first = bare.charCodeAt(0);
    if (STOP_AFTER.has(lower) || (first >= 48 && first <= 57)) break;
    if (kept.length && (PAST_VERBS.has(lower) || (bare.endsWith('ed') && /^\p{Ll}+ed$/u.test(bare)))) break; // "12 schools lost power"
    kept.push(bare);
    if (to !== wordEnd || kept.length >= MAX_WORDS) break; // punctuation closes the phrase
  }
  while (kept.length && /^(?:and|or|of|in|on|for|the|a|an|with|from)$/i.test(kept[kept.length - 1])) kept.pop();
  return kept.length ? kept.join(' ') : null;
}

/** ( " “ ‘ ' before a word. */
const isOpeningPunctuation = (c: number) => c === 40 || c === 34 || c === 39 || c === 0x201c || c === 0x2018;
/** , . ; : ! ? ) " ” ’ ' after a word. */
const isClosingPunctuation = (c: number) =>
  c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 34 || c === 39 || c === 0x201d || c === 0x2019;

function nounPhraseBefore(text: string): string | null {
  const head = text.replace(QUALIFIER_AT_END, '');
  const link = LINK_BEFORE.exec(head);
  const body = link ? head.slice(0, link.index) : head;
  const clause = body.split(/[,;:()"“”]|\b(?:while|and|but|that|which|who)\b/i).pop() ?? '';
  const words = clause.trim().split(/\s+/).filter(Boolean).slice(-MAX_WORDS);
  // Drop a leading verb-ish word left over from the clause ("boosted base school spending" → keep all: cheap is fine).
  const phrase = words.join(' ').replace(/^(?:the|a|an)\s+/i, '');
  return phrase ? phrase : null;
}
