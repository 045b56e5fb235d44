import { VERBS_AFTER_A_NAME } from '../../data/dispute-phrases';
import { HONORIFICS } from '../../data/honorifics';
import { NAME_TITLES, ROLE_NOUNS, TITLE_ABBREVIATIONS } from '../../data/titles';
import { ORGANISATION_NOUN_SET as ORGANISATION } from '../../data/organisation-nouns';
import { namesAnAgent } from './agent';
// Reads the noun phrase that names a party next to a framing word: forwards after "between", "with", "against",
// "from" ("the stand-off between the council and the Tenants' Union (TU) led to…"), or backwards
// before "v", "sued", "has come under" ("A foreign-owned quarry operator has come under fierce criticism…").

/** Words that end a party phrase: prepositions, conjunctions, auxiliaries, relative pronouns. */
const BOUNDARY = new Set([
  'over', 'on', 'in', 'at', 'about', 'after', 'before', 'with', 'to', 'from', 'by', 'since', 'during', 'into', 'against',
  'that', 'which', 'who', 'whose', 'where', 'when', 'as', 'while', 'because', 'but', 'or', 'and', 'is', 'are', 'was',
  'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'said', 'says',
  'say', 'after', 'amid', 'than', 'if', 'for', 'until', 'under', 'says', 'claim', 'claims', 'say', 'who', 'whom',
  'this', 'these', 'those', 'it', 'its', 'they', 'he', 'she', 'we', 'not', 'also', 'then', 'there', 'here', 'v', 'vs',
  'versus', 'between', 'be', 'been', 'being', 'do', 'does', 'did', 'through', 'across', 'despite', 'without', 'like',
  'last', 'next', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'again', 'now', 'so', 'since',
]);
/** Adverbs that stand between a subject and its verb ("Trump first took aim", "the union once again accused"). */
const ADVERBS_BEFORE_A_VERB = new Set(['first', 'once', 'even', 'still', 'already', 'just', 'never', 'always', 'often', 'repeatedly', 'previously', 'recently', 'immediately', 'quickly', 'swiftly', 'promptly', 'again']);
/** Words dropped from the front of a party phrase: "the", "five", "several thousand". */
const LEADING = /^(?:the|a|an|some|several|many|thousands|hundreds|dozens|more|than|of|five|four|three|two|six|seven|eight|nine|ten|\d[\d,]*|its|their|his|her|our|both)$/i;
const CONNECTORS = new Set(['of', 'and', 'for', '&', 'de', 'du', 'la', 'le']);
const MAX_WORDS = 8;
const SUBORDINATE = new Set(['after', 'before', 'with', 'from', 'about', 'over', 'into', 'who', 'which', 'that', 'when', 'while', 'because']);

interface Word { text: string; start: number; end: number }

const WORD = /\(?[\p{L}\p{N}][\p{L}\p{N}'\u2019.&-]*\)?|[,.;:!?"\u201C\u201D\u2013\u2014()]/gu;
/** The same pattern, searched from an offset (its lastIndex moves; matchAll would start WORD's copy from there). */
const WORD_FROM = new RegExp(WORD.source, WORD.flags);

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

/** The words of `text` from offset `from` on (offsets counted from there), read only as far as they are asked for: a
 *  party phrase is a few words long, the rest of its sentence is not read. The pattern holds no anchor, boundary or
 *  look-behind, so it finds in the text from `from` on what it finds in that part cut out. */
class WordsFrom {
  private readonly words: Word[] = [];
  private next: number;
  private done = false;

  constructor(private readonly text: string, private readonly from: number) {
    this.next = from;
  }

  at(i: number): Word | undefined {
    while (!this.done && this.words.length <= i) {
      WORD_FROM.lastIndex = this.next; // set before each search: the pattern is shared
      const m = WORD_FROM.exec(this.text);
      if (!m) { this.done = true; break; }
      this.next = m.index + m[0].length;
      this.words.push({ text: m[0], start: m.index - this.from, end: this.next - this.from });
    }
    return this.words[i];
  }
}

const INITIALS = /^(?:\p{Lu}\.){2,}$/u;
const isCapitalised = (w: string): boolean => /^\(?[\p{Lu}\p{N}]/u.test(w);
const isPunct = (w: string): boolean => /^[,.;:!?"\u201C\u201D\u2013\u2014()]$/u.test(w);
const bare = (w: string): string => w.replace(/^\(|\)$/g, '').replace(/['\u2019]s$/u, '').replace(/[.]$/, '');

export interface PartyPhrase {
  name: string;
  /** Offset just after the phrase (readPartyAfter) or at its start (readPartyBefore). */
  edge: number;
}

/** The party named from offset `from` onwards, or null. */
export function readPartyAfter(text: string, from: number): PartyPhrase | null {
  const words = from >= 0 ? new WordsFrom(text, from) : new WordsFrom(text.slice(from), 0); // slice(-n): the last n
  let edge = from;
  let taken: string[] = [];
  let owner: { taken: string[]; edge: number } | null = null;
  let i = 0;
  while (LEADING.test(words.at(i)?.text ?? '')) i++;
  for (let word = words.at(i); word && taken.length < MAX_WORDS; word = words.at(++i)) {
    const w = word.text;
    if (/^\([A-Z][A-Za-z&]{1,9}\)$/.test(w)) { taken.push(w); edge = from + word.end; continue; } // "(TU)"
    if (isPunct(w)) break;
    const lower = w.toLowerCase();
    if (CONNECTORS.has(lower)) {
      const next = words.at(i + 1)?.text ?? '';
      if (taken.length && isCapitalised(taken.at(-1) ?? '') && isCapitalised(next) && !isPunct(next)) { taken.push(w); continue; }
      break;
    }
    if (BOUNDARY.has(lower)) break;
    if (!isCapitalised(w) && /ed\.?$/.test(lower) && !w.includes('-') && taken.length) break; // "…(TU) prompted"
    // A proper name ends at its first plain lower-case word ("Eastbrook Coaches broke down" → "Eastbrook Coaches")
    // unless that word is a plural or an organisation noun it qualifies ("Bela Bela villages", "Acme company").
    const afterName = taken.length > 0 && taken.every((t) => CONNECTORS.has(t.toLowerCase()) || (isCapitalised(t) && !t.includes('-')));
    // ("the Florida senator", "the Labour leader": a role the capitalised words qualify names a person.)
    if (!isCapitalised(w) && afterName && ((!/[^s]s$/.test(lower) && !ORGANISATION.has(lower) && !ROLE_NOUNS.has(lower)) || VERBS_AFTER_A_NAME.has(lower))) break;
    edge = from + word.end;
    if (/['\u2019]s$/u.test(w)) {
      // "the TU's young members" → "TU"; "the council's cuts" → "council"; but "the rebel leader's supporters" are
      // the party themselves: people a common noun owns.
      if (isCapitalised(w)) { taken.push(bare(w)); break; }
      owner = { taken: [...taken, bare(w)], edge };
    }
    taken.push(w);
    // A full stop ends the phrase, but not the dot of initials or of a title before a name ("Vermont Sen. Jane Doe").
    if (/[.]$/.test(w) && !/^(?:\p{Lu}\.)+$/u.test(w) && !(isPersonTitle(w) && isCapitalised(words.at(i + 1)?.text ?? ''))) break;
  }
  if (owner && !namesAnAgent(taken.join(' '))) { taken = owner.taken; edge = owner.edge; }
  const name = cleanPhrase(taken);
  if (!name) return null;
  // "the manufacturer, Slimfast Labs, …": an apposition names a described party.
  const apposition = /^,\s+((?:\p{Lu}[\p{L}&.'-]*\s+)*\p{Lu}[\p{L}&.'-]*)(?=[,.;]|\s+(?:said|says)\b|$)/u.exec(text.slice(edge));
  if (apposition && /^\p{Ll}/u.test(name)) return { name: apposition[1].replace(/\.$/, ''), edge: edge + apposition[0].length };
  return { name, edge };
}

/** The party named just before offset `to`, read backwards, or null. */
export function readPartyBefore(text: string, to: number): PartyPhrase | null {
  const words = wordsOf(text.slice(0, to));
  const taken: string[] = [];
  let edge = to;
  for (let i = words.length - 1; i >= 0 && taken.length < MAX_WORDS; i--) {
    const w = words[i].text;
    if (isPunct(w)) break;
    const lower = w.toLowerCase();
    // "Trump first took aim at": an adverb between the party and its verb is no part of the party.
    if (!taken.length && ADVERBS_BEFORE_A_VERB.has(lower)) continue;
    if (CONNECTORS.has(lower)) {
      const prev = words[i - 1]?.text ?? '';
      if (taken.length && !isPunct(prev) && !BOUNDARY.has(prev.toLowerCase()) && !LEADING.test(prev)) { taken.unshift(w); continue; }
      break;
    }
    // "a group of residents in Millford": a place or a kind after a plain noun belongs to the phrase.
    const prev = words[i - 1]?.text ?? '';
    const nounBefore = /^\p{Ll}{3,}$/u.test(prev) && !BOUNDARY.has(prev) && !LEADING.test(prev) && !/(?:ed|ly)$/.test(prev);
    if ((lower === 'of' || lower === 'in') && taken.length && nounBefore) { taken.unshift(w); continue; }
    if (BOUNDARY.has(lower) || LEADING.test(w)) break;
    if (!isCapitalised(w) && /(?:ed|ly)$/.test(lower) && !w.includes('-')) break;
    taken.unshift(w);
    edge = words[i].start;
  }
  // "The family of a teenager who died after taking a diet pill has sued …": a phrase after a preposition is not
  // the subject; the sentence's opening noun phrase is.
  const before = lastWordBefore(words, edge);
  if (taken.length && (SUBORDINATE.has(before.toLowerCase()) || /^\p{Ll}+ing$/u.test(before))) return readPartyAfter(text, 0);
  const name = cleanPhrase(taken);
  return name ? { name, edge } : null;
}

/** The last of the words that ends by `edge` and is no leading word ("the", "five"), or '': read back from the
 *  end, not by testing every word of the sentence before it. */
function lastWordBefore(words: Word[], edge: number): string {
  for (let i = words.length - 1; i >= 0; i--) if (words[i].end <= edge && !LEADING.test(words[i].text)) return words[i].text;
  return '';
}

function cleanPhrase(taken: string[]): string | null {
  while (taken.length && CONNECTORS.has(taken.at(-1)?.toLowerCase() ?? '')) taken.pop();
  while (taken.length && CONNECTORS.has(taken[0].toLowerCase())) taken.shift();
  // A sentence's full stop is no part of a name, but the last stop of initials is: "U.S. forces", not "U.S forces".
  // Only the last word's possessive goes: "the rebel leader's supporters" keeps its own.
  const last = taken.length - 1;
  const words = taken.map((w) => (INITIALS.test(w) ? w : w.replace(/[.]$/, '')));
  const bare = words.map((w, i) => (i === last ? w.replace(/['\u2019]s$/u, '') : w));
  const phrase = bare.slice(personalNameStart(bare)).join(' ').trim();
  return /[\p{L}]{2,}/u.test(phrase) ? phrase : null;
}

/** "GOP state Sen. Michael Doherty" → where "Michael Doherty" starts: a titled person's party is the person. */
function personalNameStart(words: string[]): number {
  const title = words.findLastIndex((w, i) => i < words.length - 2 && isPersonTitle(w));
  if (title >= 0) {
    const name = words.slice(title + 1);
    if (name.length <= 3 && name.every(isNameWord)) return title + 1;
  }
  // "Star defensive tackle Jane Doe": a name after a job written in lower case.
  let run = words.length;
  while (run > 0 && words.length - run < 3 && isNameWord(words[run - 1])) run--;
  const before = words[run - 1];
  // (Not after a word that joins the name to the phrase: "members of the Dock Workers Union".)
  if (words.length - run >= 2 && before && /^\p{Ll}+$/u.test(before) && !BOUNDARY.has(before) && !CONNECTORS.has(before) && !LEADING.test(before)) return run;
  // "Defender Jane Doe" opening a sentence: the job is capitalised only because it comes first.
  return words.length >= 3 && words.length <= 4 && ROLE_NOUNS.has(words[0].toLowerCase()) && words.slice(1).every(isNameWord) ? 1 : 0;
}

const isNameWord = (w: string) => /^\p{Lu}\p{Ll}/u.test(w);

function isPersonTitle(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return TITLE_ABBREVIATIONS.has(lower) || NAME_TITLES.has(lower) || HONORIFICS.has(lower);
}
