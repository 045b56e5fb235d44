// Full personal names the article writes anywhere, even outside a subject ("X and Feliciano Lopez completed
// the win"), so a later "Lopez said" is the person "Feliciano Lopez", not a company called Lopez.
// One regular-expression pass over each paragraph.
import { GENERATION_SUFFIXES, HONORIFICS, NAME_PARTICLES } from '../../data/honorifics';
import { POSSESSIVE_DETERMINERS } from '../../data/pronouns';
import { SENTENCE_OPENERS } from '../../data/sentence-openers';
import { NAME_TITLES, ORGANISATION_WORDS, PLAIN_PERSON_NOUNS, RELATION_NOUNS } from '../../data/titles';
import { isLetterCode, isSpace } from '../quotes/char-class';
import { isRoleNoun } from './mentions';

/** A name word, inner capitals allowed ("LeBron", "McDonald", "O'Brien"); never starts inside another word. */
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}’'-]*(?:\p{Lu}[\p{Ll}’'-]+|[\p{Ll}’'-])`;
/** Particles inside a name, before a later name word ("Erik van Sebille", "Ursula von der Leyen"): two at most. */
const PARTICLES = String.raw`(?:(?:${[...NAME_PARTICLES].join('|')})\s+){0,2}`;
// No look-ahead for the capital before the look-behind: NAME_WORD opens with it anyway, and the engine scans for a
// pattern's first class far faster when nothing stands before it (measured: ~2.5× faster on the seed).
const RUN = new RegExp(String.raw`(?<![\p{L}’'-])${NAME_WORD}(?:\s+${PARTICLES}${NAME_WORD}){1,2}(?![\p{L}’'])`, 'gu');
/** Words before a name in a capitalised run that are not part of it: sentence openers and possessives ("His Jane"). */
const NOT_A_NAME_WORD: ReadonlySet<string> = new Set([...SENTENCE_OPENERS, ...POSSESSIVE_DETERMINERS]);

/** Capitalised name words right after a match of RUN: the run is longer than a name. */
const RUN_GOES_ON = new RegExp(String.raw`^(?:\s+${NAME_WORD})+(?![\p{L}’'])`, 'u');

/** A surname two full names share is left to the one the article writes at least this many times, and this many
 *  times as often as any other ("Larry Page" throughout, "Lawrence Edward Page" once in a subhead): else to nobody. */
const DOMINANT_USES = 3;

/** Last name (lower case) → the name words of the first full name ending in it; ambiguous surnames are left out. */
export function findFullNames(paragraphs: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  /** For each surname two full names share: how often each full name is written. */
  const ambiguous = new Map<string, Map<string, { words: string[]; uses: number }>>();
  for (let at = 0; at < paragraphs.length; at++) {
    const p = paragraphs[at];
    RUN.lastIndex = 0;
    for (let m = RUN.exec(p); m; m = RUN.exec(p)) {
      // "Marketing Manager at Ocean Florida Abby Dunn": a run of capitalised words longer than a name goes on past the
      // match; the name closes it, after the body or title words before it.
      const more = RUN_GOES_ON.exec(p.slice(m.index + m[0].length, m.index + m[0].length + 80));
      if (more) RUN.lastIndex = m.index + m[0].length + more[0].length;
      const all = splitOnSpaces(more ? m[0] + more[0] : m[0]);
      const lower = all.map((w) => w.toLowerCase()); // the words hold no dot: nothing else to strip
      if (lower.some((w) => ORGANISATION_WORDS.has(w) && (!more || lower.indexOf(w) >= all.length - 2))) continue;
      let from = more ? Math.max(0, all.length - (GENERATION_SUFFIXES.has(lower[lower.length - 1]) ? 3 : 2)) : 0;
      while (from < all.length && (NOT_A_NAME_WORD.has(lower[from]) || HONORIFICS.has(lower[from]) || NAME_TITLES.has(lower[from]))) from++;
      // "Prime Minister Jane Doe": the name starts after the last title word, wherever the title starts.
      for (let k = from; k < all.length - 1; k++) if (NAME_TITLES.has(lower[k]) || HONORIFICS.has(lower[k])) from = k + 1;
      // "Secretary of State Jane Doe": after "of"/"for"/"to", the first of three words is the title's portfolio.
      if (from === 0 && all.length === 3 && /\b(?:of|for|to)\s+$/.test(p.slice(Math.max(0, m.index - 5), m.index))) from = 1;
      // "Benjamin Netanyahu’s triumph": the name is the run without the possessive ending of its last word.
      const words = withoutPossessiveEnd(from ? all.slice(from) : all);
      if (words.length < 2 || words.some(endsPossessive) || namesAThing(p, m.index)) continue;
      // "Even de Miranda’s …": a surname with its particles, no second full name.
      if (NAME_PARTICLES.has(words[0])) continue;
      const last = surnameOf(words.map((w) => w.toLowerCase()));
      const known = found.get(last);
      // "De Miranda evokes …" opening a sentence: the known "Luis de Miranda"'s surname, capitalised.
      if (known && isSurnameWithParticles(words, known)) continue;
      // "Pat Carlin" for "Patrick Carlin Jr.": a first name cut short is the same person.
      if (known && isShortFirstName(words[0].toLowerCase(), known[0].toLowerCase())) continue;
      const shared = ambiguous.get(last);
      if (shared) countUse(shared, words);
      else if (known && known.join(' ') !== words.join(' ')) {
        ambiguous.set(last, new Map());
        countUse(ambiguous.get(last)!, words);
        countUse(ambiguous.get(last)!, known, standingAlone(known.join(' '), paragraphs, at, m.index));
      }
      // A name introduces its surname only if the surname was not already in use on its own: "Square's offices …
      // 'Getting Square off the ground'" names no person Square.
      else if (!known && standingAlone(surnameWord(words), paragraphs, at, m.index, 1) === 0) found.set(last, words);
    }
  }
  for (const [last, forms] of ambiguous) {
    const dominant = dominantForm(forms);
    if (dominant) found.set(last, dominant);
    else found.delete(last);
  }
  return found;
}

function countUse(forms: Map<string, { words: string[]; uses: number }>, words: string[], uses = 1): void {
  const key = words.join(' ');
  const form = forms.get(key);
  if (form) form.uses += uses;
  else forms.set(key, { words, uses });
}

function dominantForm(forms: Map<string, { words: string[]; uses: number }>): string[] | null {
  const ranked = [...forms.values()].sort((a, b) => b.uses - a.uses);
  const [first, second] = ranked;
  return first.uses >= DOMINANT_USES && first.uses >= DOMINANT_USES * (second?.uses ?? 0) ? first.words : null;
}

/** One first name is the other cut short ("pat" of "patrick", "alex" of "alexander"); too short a stem ("al", "ed")
 *  starts too many names. */
export function isShortFirstName(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 3) return false;
  return a.startsWith(b) || b.startsWith(a);
}

/** `words` are the last words of `full`, starting with a particle capitalised only for opening a sentence. */
function isSurnameWithParticles(words: readonly string[], full: readonly string[]): boolean {
  if (words.length >= full.length || !NAME_PARTICLES.has(words[0].toLowerCase())) return false;
  return full.slice(-words.length).every((w, i) => w.toLowerCase() === words[i].toLowerCase());
}

/** "a man named Jane Doe" names a person; "something called Google Toolbar", "a tool dubbed Red Kite" a thing. */
const CALLED_BEFORE = /(?:^|[^\p{L}])(\p{L}+)\s+(?:called|named|dubbed)\s+$/u;

function namesAThing(paragraph: string, at: number): boolean {
  const called = CALLED_BEFORE.exec(paragraph.slice(Math.max(0, at - 40), at));
  if (!called) return false;
  const noun = called[1].toLowerCase();
  return !(PLAIN_PERSON_NOUNS.has(noun) || RELATION_NOUNS.has(noun) || isRoleNoun(noun));
}

/** The surname as written: the last word, or the one before a generation suffix. */
function surnameWord(words: readonly string[]): string {
  const last = words.length - 1;
  return last > 0 && GENERATION_SUFFIXES.has(words[last].toLowerCase()) ? words[last - 1] : words[last];
}

/**
 * How often `phrase` stands alone (no letter on either side) before paragraph `at`'s offset `before`, counting up
 * to `limit`: whether a surname was used on its own, how often a full name was written.
 */
function standingAlone(phrase: string, paragraphs: readonly string[], at: number, before: number, limit = Infinity): number {
  let uses = 0;
  for (let p = 0; p <= at; p++) {
    const text = p === at ? paragraphs[p].slice(0, before) : paragraphs[p];
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
      if (!isLetterCode(text.charCodeAt(i - 1)) && !isLetterCode(text.charCodeAt(i + phrase.length)) && ++uses >= limit) return uses;
    }
  }
  return uses;
}

/** The words of a run, split at white space (as split(/\s+/) would, without a regex per run). */
function splitOnSpaces(run: string): string[] {
  const words: string[] = [];
  let start = 0;
  for (let i = 0; i < run.length; i++) {
    if (!isSpace(run[i])) continue;
    if (i > start) words.push(run.slice(start, i));
    start = i + 1;
  }
  if (run.length > start || !words.length) words.push(run.slice(start));
  return words;
}

/** The words with the possessive ending of the last one cut ("Jane Doe’s" → "Jane Doe"). */
function withoutPossessiveEnd(words: string[]): string[] {
  const last = words[words.length - 1];
  return last && endsPossessive(last) ? [...words.slice(0, -1), last.slice(0, -2)] : words;
}

/** "Doe's", "Doe’s": a possessive, not a name. */
function endsPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115 /* s */) return false;
  const mark = word.charCodeAt(n - 2);
  return mark === 39 || mark === 0x2019;
}

/** The surname among a name's lower-case words: the last, or the one before a generation suffix. */
export function surnameOf(lowerWords: readonly string[]): string {
  const last = lowerWords.length - 1;
  return last > 0 && GENERATION_SUFFIXES.has(lowerWords[last]) ? lowerWords[last - 1] : lowerWords[last];
}
