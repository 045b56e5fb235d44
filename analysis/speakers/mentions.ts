// What a noun phrase next to a speech verb refers to: a name ("Labour leader Jane Doe"), a pronoun ("she"),
// a description ("the spokeswoman", "more than a dozen presidents of royal colleges") or a statement
// ("the union's letter"). Reads only the words of the phrase; the registry decides who it is.
import { FIRST_NAME_HONORIFICS, HONORIFICS, NAME_PARTICLES, OFFICE_POST_NOMINALS, POST_NOMINALS, type Gender } from '../../data/honorifics';
import { POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS, type PronounTarget } from '../../data/pronouns';
import {
  BUSINESS_LABELS, FAMILY_NOUNS, GROUP_QUANTIFIERS, TITLE_QUALIFIERS, TITLES_ALSO_SURNAMES, isGroupNoun, LIFE_STATE_WORDS, ESTEEM_WORDS, NAME_TITLES, ORGANISATION_WORDS, PLAIN_PERSON_NOUNS, RANKS, RELATION_NOUNS, ROLE_MODIFIERS, ROLE_NOUNS, singular, STATEMENT_SUBJECTS,
  TITLES_IN_WAITING,
} from '../../data/titles';
import { ABBREVIATIONS } from '../../data/abbreviations';
import { wordToNumber } from '../../data/number-words';
import { SENTENCE_OPENERS } from '../../data/sentence-openers';
import { CALENDAR_WORDS, TIME_NOUNS, WEEKDAYS } from '../../data/time-words';
import { ORGANISATION_NOUN_SET } from '../../data/organisation-nouns';
import { GOVERNMENT_ROLE_PHRASES } from '../../data/government-roles';
import type { SpeakerKind } from '../types';
import type { Token } from './tokens';

export interface NameRef {
  type: 'name';
  /** Name words without honorifics or titles ("Jane Doe"). */
  words: string[];
  honorific: string | null;
  gender: Gender;
  /** Title or role written before the name ("Labour leader", "Gov."), or null. */
  title: string | null;
  /** Organisation named in a possessive or title before the name ("the union's chairman, X" → "union"). */
  org: string | null;
  kind: SpeakerKind;
  /** As printed, titles included. */
  surface: string;
  /** The honorific allows a first name alone ("Sir Keir"). */
  firstNameHonorific: boolean;
  /** Says it is someone else with the same label ("another Ohio Republican"): a new speaker, never the one met. */
  another?: boolean;
  /** Two bare surnames joined by "and" ("Ford and Fry"): a pair only if the article names both people. */
  surnamePair?: boolean;
  /** An age is set beside it ("Curie, 21, said"): a person, whatever else a lone word could name. */
  aged?: boolean;
  /** For two people named as one group ("union leader Ann Lee and deputy Tom Hill"): each, with their own title. */
  members?: NameRef[];
}

export interface PronounRef {
  type: 'pronoun';
  target: PronounTarget;
  surface: string;
}

export interface DescriptionRef {
  type: 'description';
  /** As printed, without a leading article or quantifier ("Prime Minister's official spokeswoman"). */
  text: string;
  /** The role noun or title heading it ("spokeswoman", "health secretary"). */
  head: string;
  definite: boolean;
  /** Says it is someone not met yet ("another officer", "one other resident"). */
  another: boolean;
  kind: SpeakerKind;
  /** A capitalised title with no name ("the Health Secretary"): it stands for a named person. */
  titleOnly: boolean;
  /** The role as the article gives it ("official spokeswoman", "head of the union"). */
  role: string;
  org: string | null;
  gender: Gender;
  /** An age is set beside it ("The England forward, 25, said"): a person the article has named, called by an epithet. */
  aged?: boolean;
  /** Written after "its" ("its chief executive"): the organisation is the one the article is talking about. */
  ownedByIt?: boolean;
}

export interface StatementRef {
  type: 'statement';
  /** Who the statement is from ("The union's letter" → the union), or null ("The letter said"). */
  author: Ref | null;
  /** The statement's noun, in the singular ("report", "letter"). */
  noun: string;
  surface: string;
}

export type Ref = NameRef | PronounRef | DescriptionRef | StatementRef;

/** Words that open a phrase without being part of the description ("But villagers", "their area chief"). */
const LEADING_SKIP = new Set(['but', 'and', 'so', 'yet', 'with', 'while', 'as', 'their', 'his', 'her', 'its', 'our']);
export const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'whom', 'that', 'where']);
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our']);
const PREPOSITIONS = new Set(['of', 'at', 'for', 'from', 'in', 'with', 'on', 'to', 'by', 'inside', 'within', 'near', 'outside']);
/** Prepositions before the organisation a person works for ("a fellow at X", "a scholar with X"). */
const WORKPLACE_PREPOSITIONS = new Set(['at', 'with']);
/**
 * Prepositions that open a new noun phrase: none can sit between a description's first word and its head ("of"
 * can: "a group of nurses"), and a relative pronoun refers to the phrase after the last of them ("backed by X, who").
 */
export const PHRASE_OPENING_PREPOSITIONS = new Set([
  'to', 'in', 'on', 'for', 'from', 'with', 'by', 'after', 'before', 'against', 'into', 'under', 'among', 'between',
  'like', 'despite', 'without', 'through', 'including', 'about', 'over', 'toward', 'towards', 'around',
]);
/** Small words inside one organisation's name that do not lengthen it. */
const ORG_NAME_LINKS = new Set(['of', 'on', 'for', 'the']);
const NAME_CONNECTORS = new Set(['of', 'and', 'for', 'the', '&', ...NAME_PARTICLES]);
/** Words that show a phrase is a clause, not a noun phrase ("the plan was late"). */
const CLAUSE_WORDS = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'would', 'will',
  'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'not', 'that', 'which', 'who', 'whom', 'whose', 'when',
  'while', 'if', 'because', 'as', 'than', 'then', 'there', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'what', 'how',
]);
const GENDERED_NOUNS = new Map<string, Gender>([
  ['spokeswoman', 'f'], ['chairwoman', 'f'], ['businesswoman', 'f'], ['congresswoman', 'f'], ['councilwoman', 'f'],
  ['mother', 'f'], ['wife', 'f'], ['daughter', 'f'], ['sister', 'f'], ['widow', 'f'], ['actress', 'f'], ['queen', 'f'],
  ['princess', 'f'], ['headmistress', 'f'], ['nun', 'f'], ['assemblywoman', 'f'], ['aunt', 'f'], ['niece', 'f'],
  ['grandmother', 'f'], ['granddaughter', 'f'], ['stepmother', 'f'], ['stepdaughter', 'f'], ['girlfriend', 'f'],
  ['fiancee', 'f'], ['fiancée', 'f'], ['uncle', 'm'], ['nephew', 'm'], ['grandfather', 'm'], ['grandson', 'm'],
  ['stepfather', 'm'], ['stepson', 'm'], ['boyfriend', 'm'], ['mom', 'f'], ['mum', 'f'], ['grandma', 'f'], ['granny', 'f'],
  ['stepmom', 'f'], ['stepmum', 'f'], ['dad', 'm'], ['grandpa', 'm'], ['stepdad', 'm'],
  ['spokesman', 'm'], ['chairman', 'm'], ['businessman', 'm'], ['congressman', 'm'], ['councilman', 'm'],
  ['father', 'm'], ['husband', 'm'], ['son', 'm'], ['brother', 'm'], ['king', 'm'], ['prince', 'm'],
  ['headmaster', 'm'], ['monk', 'm'], ['assemblyman', 'm'], ['widower', 'm'],
  ['woman', 'f'], ['girl', 'f'], ['lady', 'f'], ['man', 'm'], ['boy', 'm'], ['gentleman', 'm'],
]);

/** "30", "1,200", "thirty", "fifteen", "hundred": counts in front of a group. */
export function isNumberWord(lower: string): boolean {
  return /^[\d,.]+$/.test(lower) || wordToNumber(lower) !== null || COUNT_SCALES.test(lower);
}
/** "hundred", "thousands", "millions": not "deputy" or "party", whose endings only look like "thirty". */
const COUNT_SCALES = /^(?:hundred|thousand|million|billion)s?$/;

/**
 * A segment set beside a name that says neither who the person is nor what they do, and stands aside between the
 * name and their role: degrees and honours ("MD", "Ph.D.", "PhD, MPH"; capitalised, so "do" is no DO), or the
 * party and state of a politician ("R-Utah", "D-Md.", "Md.").
 */
export function isAsideToName(words: readonly Token[]): boolean {
  if (words.length === 1 && isPartyOrState(words[0])) return true;
  return words.length > 0 && words.length <= 3 && words.every((w) => w.capital && POST_NOMINALS.has(w.text.replace(/\./g, '').toLowerCase()));
}

/** "R-Utah", "D-Calif.", or a short capitalised word written with its dot ("Md.", "Calif."), which is no honorific. */
function isPartyOrState(w: Token): boolean {
  if (w.kind !== 'word' || !w.capital) return false;
  if (PARTY_AND_STATE.test(w.text)) return true;
  return STATE_ABBREVIATION.test(w.text) && w.end - w.start > w.text.length && !HONORIFICS.has(w.lower);
}
const PARTY_AND_STATE = /^[RDI]-\p{Lu}[\p{L}.]*$/u;
const STATE_ABBREVIATION = /^\p{Lu}\p{Ll}{1,4}$/u;

export function isRoleNoun(lower: string): boolean {
  if (ROLE_NOUNS.has(lower) || NAME_TITLES.has(lower) || isAgentNoun(lower)) return true;
  // A role under a prefix ("co-worker", "ex-husband", "vice-chair") is still that role; only a hyphen can make one.
  if (!lower.includes('-')) return false;
  // …or with a qualifier after it ("editor-in-chief", "director-general", "member-at-large").
  const qualified = ROLE_PREFIX.exec(lower) ?? ROLE_SUFFIX.exec(lower);
  if (qualified !== null && (ROLE_NOUNS.has(qualified[1]) || NAME_TITLES.has(qualified[1]) || isAgentNoun(qualified[1]))) return true;
  // "actor-director", "owner-operator": two roles joined, each a listed one.
  const parts = lower.split('-');
  return parts.length === 2 && parts.every((part) => ROLE_NOUNS.has(part));
}

/** A listed role or title with a prefix or qualifier ("vice-chair", "Editor-in-Chief"), never one known by its ending
 *  alone, which a surname can have too ("Carter"). */
function isQualifiedListedRole(lower: string): boolean {
  const qualified = lower.includes('-') ? ROLE_PREFIX.exec(lower) ?? ROLE_SUFFIX.exec(lower) : null;
  return qualified !== null && (ROLE_NOUNS.has(qualified[1]) || NAME_TITLES.has(qualified[1]));
}
const ROLE_PREFIX = /^(?:co|ex|vice|deputy)-(\p{Ll}+)$/u;
const ROLE_SUFFIX = /^(\p{Ll}+)-(?:in-chief|general|at-large)$/u;

/**
 * A description's head that says what the person does: a listed role noun or title ("surgeon", "ranking member",
 * "health secretary"), not who they are to others ("a mother of two", "a member of the crew") and not a noun known
 * only by its ending, which as often names a belief or a way of life ("a polyamorist", "a pacifist").
 */
export function namesAJob(head: string): boolean {
  if (RELATION_NOUNS.has(head)) return false;
  if (ROLE_NOUNS.has(head) || NAME_TITLES.has(head)) return true;
  const last = head.slice(head.lastIndexOf(' ') + 1);
  return !RELATION_NOUNS.has(last) && (ROLE_NOUNS.has(last) || NAME_TITLES.has(last));
}

/** Nouns for what a person does, known by their ending: "negotiator", "auditor", "technician", "lobbyist". */
function isAgentNoun(lower: string): boolean {
  // Every ending closes on r, n or t: other words need no regex run.
  const last = lower.charCodeAt(lower.length - 1);
  if (last !== 114 /* r */ && last !== 110 /* n */ && last !== 116 /* t */) return false;
  // ...and on one of a few endings: the regex checks only the letters before it.
  if (!AGENT_ENDINGS.some((ending) => lower.endsWith(ending))) return false;
  return AGENT_NOUN.test(lower) && !lower.endsWith('sist'); // not "insist", "resist"
}
const AGENT_ENDINGS = ['ator', 'itor', 'ician', 'ist', 'yst', 'grapher', 'nomer'];
const AGENT_NOUN = new RegExp(`^\\p{Ll}{3,}(?:${AGENT_ENDINGS.join('|')})$`, 'u');

const isAsciiLower = (code: number) => code >= 97 && code <= 122;

/** /^\p{N}/u: an ASCII first character is answered by its code. */
function startsWithNumber(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 48 && code <= 57;
  return /^\p{N}/u.test(word);
}

/** The post-nominal letters closing a run of two or more personal name words ("Jane Doe KC"), or null. */
function trailingPostNominal(run: readonly Token[], hasOrgWord: boolean): { text: string; lower: string } | null {
  if (run.length < 3 || hasOrgWord) return null;
  const last = run[run.length - 1];
  const lower = last.text.replace(/\./g, '').toLowerCase();
  // Written in capitals ("KC", "O.B.E."), or as a degree is ("PhD"): "Do" or "Td" would be a word or a name.
  if (!(POST_NOMINALS.has(lower) || OFFICE_POST_NOMINALS.has(lower)) || !(isAcronym(last.text.replace(/\./g, '')) || /^Ph\.?D\.?$/.test(last.text))) return null;
  const before = run[run.length - 2];
  return before.capital && !isAcronym(before.text) ? { text: last.text.replace(/\.$/, ''), lower } : null;
}

/** An acronym that can name a body ("BMA", "G20"), not a code with a number in it ("Flight QZ8501", "MH370"). */
function isBodyAcronym(text: string): boolean {
  return isAcronym(text) && (text.match(/\p{N}/gu)?.length ?? 0) < 3;
}

function isAcronym(text: string): boolean {
  // Most words fail on their first two letters ("Doe", "union"): no regex run for them.
  if (text.length < 2 || isAsciiLower(text.charCodeAt(0)) || isAsciiLower(text.charCodeAt(1))) return false;
  return /^\p{Lu}[\p{Lu}\p{N}&]{1,7}$/u.test(text);
}

/** /-\p{Ll}/u: a hyphen followed by a lower-case letter ("Seventy-eight-year-old"); most words hold no hyphen. */
function hasHyphenThenLower(word: string): boolean {
  for (let k = word.indexOf('-'); k >= 0; k = word.indexOf('-', k + 1)) {
    const code = word.charCodeAt(k + 1);
    if (code < 128 ? code >= 97 && code <= 122 : /^\p{Ll}/u.test(word.slice(k + 1))) return true;
  }
  return false;
}

/** A word's lower-case form without one final dot ("gov." → "gov"). */
export function withoutDot(lower: string): string {
  return lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
}

export function surfaceOf(text: string, tokens: readonly Token[], from = 0, to = tokens.length): string {
  if (to <= from) return '';
  const last = tokens[to - 1];
  const start = tokens[from].start;
  let end = last.possessive ? last.start + last.text.length : last.end;
  // Trailing , . ; : are punctuation, not part of the phrase...
  while (end > start && TRAILING_PUNCT.includes(text[end - 1])) end--;
  const surface = text.slice(start, end);
  // ...except the dot of an abbreviation ("Republican Gov.", "Jane Doe Jr.").
  return text[end] === '.' && /\p{L}/u.test(text[end - 1] ?? '') && ABBREVIATIONS.has(withoutDot(last.lower)) ? `${surface}.` : surface;
}
const TRAILING_PUNCT = ',.;:';

/**
 * Classify the phrase `tokens` (words of one comma-delimited segment, ending next to the verb).
 * Returns null when it is not a noun phrase that can speak ("Earlier on Monday", "the plan was late").
 */
export function classifyPhrase(text: string, tokens: readonly Token[]): Ref | null {
  // The same phrase is read by several rules (a capitalised run, then the subject of a verb): once is enough.
  // The memo hangs on the phrase's first token: tokens are made afresh for every analysis, so it dies with it
  // (never a cache across articles). Refs are never mutated once made, so sharing one is safe.
  const first = tokens[0];
  if (!first) return readPhrase(text, tokens);
  const known = (first.phrases ??= []);
  for (const entry of known) if (sameTokens(entry.tokens, tokens)) return entry.ref;
  const ref = readPhrase(text, tokens);
  known.push({ tokens: tokens.slice(), ref });
  return ref;
}

/** Words after "a" that count or rank, so the label after them is someone else's ("a second Ohio Republican"). */
const NOT_A_MOOD = /^(?:second|third|fourth|fifth|sixth|other|fellow|former|further|new|certain|single|lone|sole|one|few|more|last|first|next|different)$/;

/** "a skeptical Robert Wolfarth", "a visibly emotional Jane Doe": "a", one or two lower-case words that are no role, then
 *  a person's full name: the name, read alone. */
function moodBeforeName(text: string, words: readonly Token[]): NameRef | null {
  if (words.length < 4 || !INDEFINITE_ARTICLES.has(words[0].lower)) return null;
  let k = 1;
  while (k < 3 && words[k] && !words[k].capital && !isRoleNoun(words[k].lower) && !CLAUSE_WORDS.has(words[k].lower) && !NOT_A_MOOD.test(words[k].lower)) k++;
  if (k === 1 || words.length - k < 2 || !words.slice(k).every((w) => w.capital)) return null;
  const name = readPhrase(text, words.slice(k));
  return name?.type === 'name' && name.kind === 'person' && !name.title && name.words.length >= 2 ? name : null;
}

/** "Observatório do Clima", "Banco do Brasil": a particle between two capitalised words, not the verb "do". */
function isParticleInName(words: readonly Token[], i: number): boolean {
  return i > 0 && !words[i].capital && NAME_PARTICLES.has(words[i].lower) && Boolean(words[i - 1].capital && words[i + 1]?.capital);
}

function sameTokens(a: readonly Token[], b: readonly Token[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function readPhrase(text: string, tokens: readonly Token[]): Ref | null {
  const words = onlyWords(tokens);
  if (!words.length) return null;
  const last = words[words.length - 1];
  if (words.length === 1 && SUBJECT_PRONOUNS.has(last.lower)) {
    return { type: 'pronoun', target: SUBJECT_PRONOUNS.get(last.lower)!, surface: last.text };
  }
  // "said a skeptical Robert Wolfarth", "an angry Tom Hale": a state of mind set before the name, no description.
  const described = moodBeforeName(text, words);
  if (described) return described;
  const statement = statementRef(text, words);
  if (statement) return statement;
  // "a crane driver who has worked at the port" → "a crane driver"; "a nurse at the clinic where she trained" → "a
  // nurse at the clinic".
  const relative = words.findIndex((w, i) => i > 0 && RELATIVES.has(w.lower) && !thatDeterminesNoun(words, i));
  if (relative > 0 && ARTICLES.has(words[0].lower)) return classifyPhrase(text, words.slice(0, relative));
  // The noun phrase next to the verb: from the last clause word on ("which he" → "he").
  let from = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    if (CLAUSE_WORDS.has(words[i].lower) && !(i === 0 && words[i].lower === 'that') && !thatDeterminesNoun(words, i) && !isModalAsName(words, i) && !isParticleInName(words, i)) {
      from = i + 1;
      break;
    }
  }
  let np = words.slice(from);
  // "On Friday Jane Doe said", "Last week residents of the estate said": a time fronted without its comma.
  const timeWords = leadingTimeWords(np);
  if (timeWords > 0 && np.length > timeWords) np = np.slice(timeWords);
  if (!np.length) {
    const w = words[words.length - 1];
    return SUBJECT_PRONOUNS.has(w.lower) ? { type: 'pronoun', target: SUBJECT_PRONOUNS.get(w.lower)!, surface: w.text } : null;
  }
  if (np.length === 1 && SUBJECT_PRONOUNS.has(np[0].lower)) {
    return { type: 'pronoun', target: SUBJECT_PRONOUNS.get(np[0].lower)!, surface: np[0].text };
  }
  // "Jane Doe and her team wrote": the person leads the phrase; her team is not a separate speaker.
  const withOwn = np.findIndex((w, i) => i > 0 && w.lower === 'and' && OWN_DETERMINERS.has(np[i + 1]?.lower ?? ''));
  if (withOwn > 0) return nameRef(text, np.slice(0, withOwn)) ?? descriptionRef(text, np.slice(0, withOwn));
  return demonymRef(text, np) ?? jointNames(text, np) ?? nameRef(text, np) ?? descriptionRef(text, np);
}

/** A people's adjective ("Russian", "Chinese", "Israeli", "British", "Democratic"): what someone is, never a name. */
export const PROPER_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i|ic)$/u;
/** The ones that are also nouns for a person ("a Malawian", "a Kenyan", "a Pakistani"). */
const DEMONYM_NOUN = /^\p{Lu}\p{Ll}+(?:an|ese|i)$/u;

/** A people's noun alone ("Malawian"): shared by many in an article about them, so it never singles one out. */
export function isDemonym(role: string): boolean {
  return DEMONYM_NOUN.test(role);
}

/** "a Malawian (who fled …)", "the Malawian": one person described by where they are from. */
function demonymRef(text: string, np: readonly Token[]): DescriptionRef | null {
  if (np.length !== 2 || !ARTICLES.has(np[0].lower) || !DEMONYM_NOUN.test(np[1].text)) return null;
  return {
    type: 'description', text: np[1].text, head: np[1].lower, definite: np[0].lower === 'the', another: false, kind: 'person', titleOnly: false,
    role: np[1].text, org: null, gender: null,
  };
}

/**
 * "Tom Hill and Ann Lee said", "said union leader Ann Lee and deputy Tom Hill": two people's full names joined by
 * "and", each with any title before it and nothing else, speak as one group ("Dale Ford and Martha Fry"), named
 * without the titles. One-word halves are left alone, as firms are often named so ("Marks and Spencer").
 */
function jointNames(text: string, np: readonly Token[]): NameRef | null {
  const andAt = np.findIndex((w) => w.lower === 'and');
  if (andAt === 1 && np.length === 3) return surnamePair(text, np);
  if (andAt < 2 || andAt > np.length - 3 || np.findLastIndex((w) => w.lower === 'and') !== andAt) return null;
  // "farmers Tom Hill and Ann Lee": a plural role before both names is the pair's.
  // ("Songwriters Ann Lee and Tom Hill" opening a sentence.)
  let shared = 0;
  for (let i = 0; i < andAt - 2; i++) {
    if (isGroupNoun(np[i].lower)) shared = i + 1;
    else if (np[i].capital) break;
  }
  const sharedRole = shared ? surfaceOf(text, np, 0, shared) : null;
  const first = personNamed(text, np.slice(shared, andAt));
  const second = first && personNamed(text, np.slice(andAt + 1));
  if (!first || !second) return null;
  return {
    type: 'name',
    words: [...first.words, 'and', ...second.words],
    honorific: null,
    gender: null,
    title: sharedRole,
    org: null,
    kind: 'group',
    surface: surfaceOf(text, np),
    firstNameHonorific: false,
    members: [first, second],
  };
}

/** "Ford and Fry": two capitalised words that may be surnames; the registry keeps them only for people it knows. */
function surnamePair(text: string, np: readonly Token[]): NameRef | null {
  const [a, , b] = np;
  const surname = (w: Token) => w.capital && !w.possessive && !isAcronym(w.text) && !SENTENCE_OPENERS.has(w.lower)
    && !ORGANISATION_WORDS.has(w.lower) && !NAME_TITLES.has(w.lower) && !ROLE_NOUNS.has(w.lower) && !isGroupNoun(w.lower);
  if (!surname(a) || !surname(b) || a.lower === b.lower) return null;
  return {
    type: 'name', words: [a.text, 'and', b.text], honorific: null, gender: null, title: null, org: null, kind: 'group',
    surface: surfaceOf(text, np), firstNameHonorific: false, surnamePair: true,
  };
}

/** A person's full name that is the whole of `half`, with only a title or an article before it. */
function personNamed(text: string, half: readonly Token[]): NameRef | null {
  const ref = nameRef(text, half);
  if (ref?.kind !== 'person' || ref.words.length < 2) return null;
  const title = ref.title ? new Set(ref.title.split(/\s+/)) : null;
  // ("Germany's Wolfgang Schaeuble and Greece's Yanis Varoufakis": a possessor before each name says whose they are.)
  const possessorLed = half.length >= 3 && half[0].capital && half[0].possessive && ref.org !== null;
  return half.every((w, k) => (w.capital && (!w.possessive || (possessorLed && k === 0))) || ARTICLES.has(w.lower) || title?.has(w.text)) ? ref : null;
}

/** "the coroner for that case": "that" after a preposition and before a common noun determines it, no relative
 *  ("To that Jay McInerney adds" keeps its "that" a pronoun). */
function thatDeterminesNoun(words: readonly Token[], i: number): boolean {
  return words[i].lower === 'that' && i > 0 && PREPOSITIONS.has(words[i - 1].lower) && /^\p{Ll}/u.test(words[i + 1]?.text ?? '');
}

const OWN_DETERMINERS = new Set(['his', 'her', 'their']);
const CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so']);

/** Words written after a title, as part of it ("Professor Emeritus", "Mayor Elect"). */
const TITLE_FOLLOWERS = new Set(['emeritus', 'emerita', 'elect']);

/** Modals that are also given names or surnames ("county prosecutor Will Hayes", "Theresa May"). */
const MODAL_NAMES = new Set(['will', 'may', 'can', 'might', 'must', 'shall']);

/** A capitalised modal that may be a name ("Will", "May"). */
export function isModalName(word: Token): boolean {
  return Boolean(word.capital) && MODAL_NAMES.has(word.lower);
}

/** Words after which a capitalised "May" is the month ("By May Tom Hill had …", "In May Jane Doe told …"). */
const BEFORE_A_MONTH = new Set([...PHRASE_OPENING_PREPOSITIONS, 'by', 'since', 'until', 'till', 'last', 'next', 'this', 'early', 'late', 'mid']);

/** A modal capitalised inside a phrase, after its first word, is a name there, not a verb (not a month either). */
function isModalAsName(words: readonly Token[], i: number): boolean {
  return i > 0 && isModalName(words[i]) && !BEFORE_A_MONTH.has(words[i - 1].lower);
}

/** The word tokens of `tokens`: the list itself when it holds nothing else (the usual case). */
function onlyWords(tokens: readonly Token[]): readonly Token[] {
  for (const t of tokens) if (t.kind !== 'word') return tokens.filter((w) => w.kind === 'word');
  return tokens;
}

function statementRef(text: string, words: readonly Token[]): StatementRef | null {
  // "The union's letter to the minister", "a statement from the company", "The letter".
  let at = words.findIndex((w) => STATEMENT_SUBJECTS.has(w.lower) && !w.capital);
  // "Godongwana's latest budget documents": several statements of one author are as much theirs (a plural with no
  // author, "reports said", names nobody, and is left alone below).
  const plural = at < 0;
  if (plural) at = words.findIndex((w) => !w.capital && w.lower.endsWith('s') && STATEMENT_SUBJECTS.has(singular(w.lower)));
  if (at < 0) return null;
  // The statement noun ends its phrase or is followed by what qualifies it ("to the minister", "signed by"): a verb
  // after it ("Doe's tweet raised fears") makes the words a clause, which names no one.
  const next = words[at + 1];
  const qualifies = !next || PREPOSITIONS.has(next.lower) || (/(?:ed|en)$/.test(next.lower) && PREPOSITIONS.has(words[at + 2]?.lower ?? ''));
  if (!qualifies) return null;
  // "an expert at Acme who did not work on the study": the noun closes a relative clause, and the phrase is a person.
  if (words.some((w, i) => i < at && RELATIVES.has(w.lower))) return null;
  const before = words.slice(0, at).filter((w) => !DETERMINERS.has(w.lower));
  // The possessor is the statement's only within its noun phrase ("the union's annual report"), not one met before
  // a preposition or determiner ("Britain's university … the report").
  const possessorEnd = words.slice(0, at).findLastIndex((w) => w.possessive);
  if (possessorEnd >= 0 && words.slice(possessorEnd + 1, at).some((w) => PREPOSITIONS.has(w.lower) || DETERMINERS.has(w.lower))) return null;
  let author: Ref | null = null;
  if (possessorEnd >= 0) {
    let s = possessorEnd;
    while (s > 0 && words[s - 1].capital) s--;
    author = nameRef(text, words.slice(s, possessorEnd + 1)) ?? descriptionRef(text, words.slice(s, possessorEnd + 1));
  }
  const by = words.findIndex((w, i) => i > at && (w.lower === 'from' || w.lower === 'by'));
  // "new figures in a report" is not a subject; "a new study by the institute", "a 2019 report from the bank" are.
  if (possessorEnd < 0 && by < 0 && before.some((w) => !w.capital)) return null;
  if (!author && by > 0) {
    const rest = words.slice(by + 1);
    author = nameRef(text, rest) ?? descriptionRef(text, rest);
  }
  if (plural && !author) return null;
  const first = words[0];
  if (!author && !(first.lower === 'the' || first.lower === 'a' || first.lower === 'an' || words[at] === first)) return null;
  // "so the union's letter": a conjunction before the phrase is no part of it.
  const opening = words.findIndex((w) => !LEADING_SKIP.has(w.lower));
  return { type: 'statement', author, noun: plural ? singular(words[at].lower) : words[at].lower, surface: surfaceOf(text, words, Math.max(0, Math.min(opening, at))) };
}

/** The capitalised name at the end of `np`, with any title before it. */
/** Two connectors in a row inside one name: name particles ("von der", "de la"), or "of the" / "for the". */
function isConnectorPair(first: string, second: string): boolean {
  return (NAME_PARTICLES.has(first) && NAME_PARTICLES.has(second)) || ((first === 'of' || first === 'for') && second === 'the');
}

function nameRef(text: string, np: readonly Token[]): NameRef | null {
  let end = np.length;
  const numeric = startsWithNumber(np[end - 1].text);
  if (!np[end - 1].capital && !numeric) return null;
  if (numeric && (end < 2 || !np[end - 2].capital || ARTICLES.has(np[end - 2].lower))) return null; // "the 45-year-old", "2,000"
  // Walk back over the capitalised run, allowing connectors inside organisation names ("Ministry of Health").
  let start = end - 1;
  while (start > 0) {
    const prev = np[start - 1];
    // "King’s College London", "St Mary’s Hospital": a possessive inside a body's name, before the body's word.
    if (prev.capital && (!prev.possessive || (np[start].capital && (prev.pluralPossessive || ORGANISATION_WORDS.has(np[start].lower))))) start--;
    else if (NAME_CONNECTORS.has(prev.lower)) {
      // One connector or a pair ("Ursula von der Leyen", "Ministry of the Interior"), then a capitalised word;
      // never "and the" ("Tom Hill and the Rowing Club" is two speakers).
      const two = start > 2 && isConnectorPair(np[start - 2].lower, prev.lower) ? 2 : 1;
      const head = np[start - two - 1];
      if (!head?.capital || head.possessive) break;
      start -= two + 1;
    }
    // "Committee on Housing", "Council on Foreign Relations": "on" joins an organisation word to its subject.
    else if (prev.lower === 'on' && start > 1 && np[start - 2].capital && ORGANISATION_WORDS.has(np[start - 2].lower)) start -= 2;
    else break;
  }
  while (start < end - 1 && SENTENCE_OPENERS.has(np[start].lower)) start++; // "But Jane Doe", "The Hospital"...
  if (start === end - 1 && SENTENCE_OPENERS.has(np[start].lower)) return null; // "Second, the Fed…": no name at all
  let run = np.slice(start, end);
  // "Members of the Dock Workers Union", "Leaders of the Kestrel Party": a group of a body, capitalised only to open
  // the sentence, is a description, not the body's name.
  if (start === 0 && run.length > 2 && run[1].lower === 'of' && isGroupNoun(run[0].lower)) return null;
  let hasOrgWord = run.some((w) => ORGANISATION_WORDS.has(w.lower));
  // "Jane Doe and John Roe" is two people: keep the one next to the verb.
  const andAt = run.findLastIndex((w) => w.lower === 'and');
  if (andAt >= 0 && !hasOrgWord) run = run.slice(andAt + 1);
  // "Jane Doe of Maine": a person's name stops at "of"; "Bank of England" is an organisation and keeps it, while
  // "Ann Lee of Kestrel Bank" is a person at one.
  const ofAt = run.findIndex((w, i) => i > 0 && (w.lower === 'of' || w.lower === 'for'));
  const workplace = ofAt > 0 && hasOrgWord && personBeforeWorkplace(run, ofAt) ? run.slice(ofAt + 1) : null;
  // "Senate Democratic Leader Jane Doe of Indianapolis": the body named in the title makes no organisation of the
  // name, which still stops at "of" when nothing after it names a body.
  const placeAfterTitledName = ofAt > 1 && !ORGANISATION_WORDS.has(run[ofAt - 1].lower) && !run.slice(ofAt + 1).some((w) => ORGANISATION_WORDS.has(w.lower))
    && run.slice(0, ofAt - 1).some((w) => NAME_TITLES.has(withoutDot(w.lower)) || ROLE_NOUNS.has(w.lower));
  if (ofAt > 0 && (!hasOrgWord || workplace || placeAfterTitledName) && !(NAME_TITLES.has(withoutDot(run[ofAt - 1].lower)))) {
    run = run.slice(0, ofAt);
    hasOrgWord = false;
  }
  while (run.length && NAME_CONNECTORS.has(run[0].lower)) run = run.slice(1);
  // "Her grandmother": a possessive pronoun capitalised at a sentence's start is never a name.
  if (!run.length || (run.length === 1 && POSSESSIVE_DETERMINERS.has(run[0].lower))) return null;
  // "Jane Doe KC", "John Roe MP", "Ann Lee OBE": letters after a personal name are no part of it, and make no
  // organisation of it; a seat ("MP") is the person's role.
  const postNominal = trailingPostNominal(run, hasOrgWord);
  if (postNominal) run = run.slice(0, -1);
  const runStart = np.indexOf(run[0]);
  // "said van Sebille", "von der Leyen said": a surname's own particles are no words before the name.
  let particlesFrom = runStart;
  while (particlesFrom > 0 && NAME_PARTICLES.has(np[particlesFrom - 1].lower)) particlesFrom--;
  const before = np.slice(0, particlesFrom);
  const marker = otherPersonMarker(before);
  const beforeRun = marker.length ? before.filter((w) => !marker.includes(w)) : before;
  // A run preceded by "of"/"at" belongs to a description ("the head of the union") → not a name, unless a
  // personal name closes it ("the envoy to Freedonia Jane Doe").
  // ("Royal Bank of Canada assistant chief economist Jane Doe": an "of" inside a capitalised name opens nothing.)
  if (beforeRun.some((w, k) => PREPOSITIONS.has(w.lower) && !(beforeRun[k - 1]?.capital && beforeRun[k + 1]?.capital))) {
    // "in a hand-written note to his letter Mrs Doe said": an honorific opens a name of its own after a phrase
    // fronted without its comma.
    // ("a spokeswoman for Dr Lee": after a preposition the name is the description's object.)
    const wordBefore = beforeRun[beforeRun.length - 1];
    if (run.length >= 2 && HONORIFICS.has(withoutDot(run[0].lower)) && wordBefore && !wordBefore.capital && !PREPOSITIONS.has(wordBefore.lower)) return nameRef(text, run);
    return nameAfterPortfolio(text, np, runStart, run) ?? nameAfterFieldTitle(text, np, runStart);
  }

  if (run.length === 1 && !beforeRun.length && (isGroupNoun(run[0].lower) || ROLE_NOUNS.has(run[0].lower))) return null;

  // Titles and honorifics inside the run: the name is what follows the last of them.
  let nameFrom = 0;
  let honorific: string | null = null;
  // A capitalised role noun opening the run is a title too ("Commuter Jane Doe", "Teacher John Roe").
  if (run.length >= 3 && runStart === 0 && ROLE_NOUNS.has(run[0].lower) && !hasOrgWord) nameFrom = 1;
  for (let i = nameFrom; i < run.length - 1; i++) {
    const l = withoutDot(run[i].lower);
    if (HONORIFICS.has(l)) { honorific = l; nameFrom = i + 1; }
    // ("Minister for Cooperative Governance and Traditional Affairs": a title's portfolio may hold a body's word.)
    else if (NAME_TITLES.has(l) && (!hasOrgWordAfter(run, i) || PORTFOLIO_JOINS.has(run[i + 1].lower))) { nameFrom = i + 1; honorific = null; }
    // A capitalised role noun after other title words, before a full name, ends the title too ("State Park
    // Ranger Supervisor Jane Doe"): two name words must follow, so a surname is never taken for a role.
    else if (i > 0 && i < run.length - 2 && (ROLE_NOUNS.has(l) || isQualifiedListedRole(l)) && !hasOrgWordAfter(run, i)) { nameFrom = i + 1; honorific = null; }
  }
  // "President Emeritus Karl Brandt": a word that follows a title belongs to it.
  if (nameFrom > 0 && nameFrom < run.length - 1 && TITLE_FOLLOWERS.has(run[nameFrom].lower)) nameFrom++;
  // An acronym before two or more name words belongs to the title ("Berea DA Jane Doe", "GOP Gov. X").
  const acronymAt = run.slice(0, -2).findLastIndex((w) => isAcronym(w.text));
  if (acronymAt >= nameFrom && !run.slice(acronymAt + 1).some((w) => ORGANISATION_WORDS.has(w.lower))) nameFrom = acronymAt + 1;
  // "GOP Senate Candidate Jane Doe": a role noun after the acronym still belongs to the title.
  while (nameFrom > 0 && nameFrom < run.length - 2 && ROLE_NOUNS.has(run[nameFrom].lower)) nameFrom++;
  // A sentence-initial descriptive word is not part of a name ("Seventy-eight-year-old Jane Doe").
  while (nameFrom < run.length - 1 && hasHyphenThenLower(run[nameFrom].text)) nameFrom++;
  const nameWords = run.slice(nameFrom);
  // "Minister of Natural Resources": a title with its portfolio, not a name; "Minister of Trade Jane Doe" has one.
  if (nameWords.length && NAME_CONNECTORS.has(nameWords[0].lower)) return nameAfterPortfolio(text, np, runStart + nameFrom, nameWords);
  const orgLike = (nameFrom > 0 ? nameWords.some((w) => ORGANISATION_WORDS.has(w.lower)) : hasOrgWord) || isBodyAcronym(run[run.length - 1].text) || (np[start - 1]?.lower === 'the' && run.length === 1 && run[0].lower.endsWith('s'));
  // "after the novelist Jane Doe", "including singer John Roe": the title starts after a preposition.
  const titleFrom = Math.max(leadingTimeWords(beforeRun), beforeRun.findLastIndex((w) => PHRASE_OPENING_PREPOSITIONS.has(w.lower)) + 1);
  const leadWords = beforeRun.slice(titleFrom).filter((w, k) => !DETERMINERS.has(w.lower) && !(k === 0 && LEADING_SKIP.has(w.lower)));
  const leadTitle = nameFrom > 0 ? qualifyingTail(leadWords) : leadWords;
  // "military spokesperson Lt. Gen. Jane Doe": after a role, a rank before the name works as an honorific.
  const ranksOnly = leadTitle.length > 0 && isRoleNoun(leadTitle[leadTitle.length - 1].lower) && nameFrom > 0
    && run.slice(0, nameFrom).every((w) => RANKS.has(withoutDot(w.lower)));
  const titleWords = [...leadTitle, ...(ranksOnly ? [] : run.slice(0, nameFrom).filter((w, k) => !HONORIFICS.has(withoutDot(w.lower)) || TITLE_FOLLOWERS.has(run[k + 1].lower)))];
  const lastTitle = nameFrom > 0 ? withoutDot(run[nameFrom - 1].lower) : undefined;
  if (!orgLike && nameWords.length === 1 && lastTitle && NAME_TITLES.has(lastTitle) && nameFrom === run.length) return null;
  // "the Health Secretary": a title, no name; "Simon Dean": a given name and a surname that is also a title.
  if (!orgLike && NAME_TITLES.has(run[run.length - 1].lower) && !(nameFrom === 0 && surnameAfterGivenName(run, beforeRun))) return null;
  // Five words at most for a person; an organisation's name runs longer ("Philippine Bureau of Fisheries and Aquatic
  // Resources"): seven words, "of", "on", "for" and "the" not counted, while "and" may join two names ("Big Machine
  // and Dick Clark Productions").
  if (orgLike ? nameWords.filter((w) => !ORG_NAME_LINKS.has(w.lower)).length > orgNameWords(nameWords) : nameWords.length > 5) return null;
  // Words before the name make a title only when they end in a role noun ("Labour leader", "general secretary"), or
  // say what kind of body the name is ("environmental organisation Frack Free Namibia", "newspaper Dagens Nyheter").
  const preTitle = titleWords.length ? titleWords : [];
  const bodyLabel = nameFrom === 0 && preTitle.length > 0 && isBodyLabel(preTitle);
  const titleText = preTitle.length && (isRoleNoun(preTitle[preTitle.length - 1].lower) || run.slice(0, nameFrom).length || bodyLabel)
    ? surfaceOf(text, preTitle).replace(/^(the|a|an)\s+/i, '')
    : postNominal && OFFICE_POST_NOMINALS.has(postNominal.lower) ? postNominal.text : null;
  // "the 14th-ranked Doe", "the 38-year-old Doe": a hyphenated or numeric modifier before a name keeps the name.
  // A conjunction opening the phrase is no modifier ("…, but Doe said").
  if (beforeRun.length && !titleText && !beforeRun.every((w, k) => DETERMINERS.has(w.lower) || w.capital || /^\p{N}|\p{L}-\p{L}/u.test(w.text)
    || (k === 0 && CONJUNCTIONS.has(w.lower)))) return null;
  const possessor = beforeRun.findLast((w) => w.possessive);
  // The title's organisation: "Teachers Association President X" → "Teachers Association".
  const titleOrg = nameFrom > 1 && run.slice(0, nameFrom).some((w) => ORGANISATION_WORDS.has(w.lower))
    ? surfaceOf(text, run, 0, run.slice(0, nameFrom).findLastIndex((w) => ORGANISATION_WORDS.has(w.lower)) + 1)
    : null;
  const honorificKey = honorific ?? withoutDot(run[0].lower);
  return {
    type: 'name',
    words: nameWords.map((w, i) => ((w.pluralPossessive || w.possessive) && i < nameWords.length - 1 ? text.slice(w.start, w.end) : w.text)),
    honorific,
    gender: honorific ? HONORIFICS.get(honorific) ?? null : null,
    title: titleText || null,
    org: possessor ? possessor.text : titleOrg ?? (workplace ? surfaceOf(text, workplace).replace(/^the\s+/i, '') : null),
    kind: orgLike || bodyLabel ? 'organisation' : 'person',
    surface: surfaceOf(text, np.slice(Math.min(particlesFrom, runStart), runStart + run.length)),
    firstNameHonorific: FIRST_NAME_HONORIFICS.has(honorificKey),
    ...(marker.length ? { another: true } : {}),
  };
}

/** Lower-case words that end in a kind of body, not a job ("newspaper", "think tank", "banking giant", "charity"):
 *  a label before a body's name, or the head of a description beside it. */
export function isBodyLabel(words: readonly Token[]): boolean {
  const last = words[words.length - 1];
  if (!last || last.kind !== 'word' || last.capital) return false;
  const lower = last.lower.replace(/[.!?]$/, ''); // the phrase may close its sentence ("a Washington think tank.")
  if (lower === 'tank') return words[words.length - 2]?.lower === 'think';
  return (ORGANISATION_NOUN_SET.has(lower) || BUSINESS_LABELS.has(lower)) && !isRoleNoun(lower);
}

const MAX_RELATION_OBJECT_WORDS = 4;
/** How many words a job joined after a relation may hold ("a longtime board member"). */
const MAX_JOB_AFTER_RELATION_WORDS = 4;

/** Where a short job phrase after "and" starts, past the relation at `head` ("… of FDR and DNC member"), or -1. */
function jobAfterRelation(words: readonly Token[], head: number): number {
  const and = words.findIndex((w, i) => i > head && w.lower === 'and');
  if (and < 0) return -1;
  const from = INDEFINITE_ARTICLES.has(words[and + 1]?.lower ?? '') || words[and + 1]?.lower === 'the' ? and + 2 : and + 1;
  const job = words.slice(from);
  if (!job.length || job.length > MAX_JOB_AFTER_RELATION_WORDS) return -1;
  const last = job[job.length - 1].lower;
  if (job.some((w) => PREPOSITIONS.has(w.lower)) || !(namesAJob(last) || MEMBERSHIP_RELATIONS.has(last))) return -1;
  return from;
}
/** Relations that do say where one belongs: "a member of the board", "a partner of Finch and Gale". */
const MEMBERSHIP_RELATIONS = new Set(['member', 'partner']);

/**
 * The words right before a capitalised title that qualify it ("former", "longtime Fed", "then-"): "the financial
 * reform bill President X signed" makes "President" the title, not "financial reform bill President".
 */
function qualifyingTail(words: readonly Token[]): readonly Token[] {
  let from = words.length;
  while (from > 0) {
    const w = words[from - 1];
    if (!(w.capital || ROLE_MODIFIERS.has(w.lower) || isRoleNoun(w.lower) || w.lower.includes('-'))) break;
    from--;
  }
  return words.slice(from);
}

/** Words that say "someone else of this kind": "another", "one other", "one more", "a second", "a different". */
const OTHER_AFTER_ONE = new Set(['other', 'more']);
const OTHER_AFTER_ARTICLE = new Set(['second', 'third', 'different', 'further']);

/** The words right before a name's run that say it is another person with that label ("another", "a second"). */
function otherPersonMarker(before: readonly Token[]): readonly Token[] {
  const a = before[before.length - 2];
  const b = before[before.length - 1];
  if (!b) return [];
  if (b.lower === 'another' || (b.lower === 'other' && a?.lower === 'one')) return b.lower === 'another' ? [b] : [a!, b];
  if (a && ((a.lower === 'one' && OTHER_AFTER_ONE.has(b.lower)) || (INDEFINITE_ARTICLES.has(a.lower) && OTHER_AFTER_ARTICLE.has(b.lower)))) return [a, b];
  return [];
}

/**
 * "Ann Lee | of Kestrel Bank", "Dr Ann Lee | of Kestrel University": before the "of" at `ofAt` of a capitalised run
 * whose organisation word comes after it, a person's two-word name (with any title before it) and no organisation
 * word; "Bank of England", "Tower of London" (one word before) stay whole.
 */
function personBeforeWorkplace(run: readonly Token[], ofAt: number): boolean {
  const before = run.slice(0, ofAt);
  if (before.length < 2 || before.length > 4 || before.some((w) => ORGANISATION_WORDS.has(w.lower))) return false;
  const nameWord = (w: Token) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && !w.possessive && !NAME_TITLES.has(w.lower) && !ROLE_NOUNS.has(w.lower);
  return nameWord(before[before.length - 1]) && nameWord(before[before.length - 2]);
}

/** Titles written with a one-word portfolio ("secretary of state"), from the lexicon of government roles. */
const TITLES_WITH_PORTFOLIO: ReadonlySet<string> = new Set(GOVERNMENT_ROLE_PHRASES.filter((p) => /^\S+ of \S+$/.test(p)));

function isTitleWithPortfolio(title: Token | undefined, connector: Token | undefined, portfolio: Token): boolean {
  return Boolean(title && connector) && TITLES_WITH_PORTFOLIO.has(`${withoutDot(title!.lower)} ${connector!.lower} ${portfolio.lower}`);
}

/**
 * A personal name closing a title with its portfolio or place ("Secretary of the Treasury Jane Doe", "the envoy to
 * Freedonia John Roe", "the country's ambassador to Ruritania Li Wei"): the last two capitalised words (with a
 * middle initial), when at least one portfolio word comes before them and a role noun heads the title.
 */
function nameAfterPortfolio(text: string, np: readonly Token[], tailAt: number, tail: readonly Token[]): NameRef | null {
  const personWord = (w: Token | undefined) => Boolean(w && w.capital && !w.possessive && !isAcronym(w.text)
    && !ORGANISATION_WORDS.has(w.lower) && !NAME_TITLES.has(w.lower) && !ROLE_NOUNS.has(w.lower) && !NAME_CONNECTORS.has(w.lower));
  // "a strategist at Hale Capital Markets": after a role noun and "at" or "with", the capitalised words name the
  // workplace, whose name runs on in words of any kind; a person's name is set apart from it by a comma. ("with
  // Foreign Minister Jane Doe warning" has no role before "with".)
  const prepositionAt = np[tailAt - 1]?.lower === 'the' ? tailAt - 2 : tailAt - 1;
  const preposition = np[prepositionAt];
  if (preposition && WORKPLACE_PREPOSITIONS.has(preposition.lower) && isRoleNoun(np[prepositionAt - 1]?.lower ?? '')) return null;
  // "an educator at the park in San Francisco Bay": after "in" the capitalised words name a place, not a person.
  if (preposition?.lower === 'in') return null;
  let nameAt = tail.length - 2;
  if (nameAt < 1 || !personWord(tail[nameAt]) || !personWord(tail[nameAt + 1])) return null;
  if (/^\p{Lu}\.$/u.test(tail[nameAt - 1].text) && nameAt > 1) nameAt--; // "Jane Q. Doe"
  // "Secretary of State Hillary Rodham Clinton": a title the language writes with its one-word portfolio leaves
  // three name words after it.
  else {
    const c = tail.findIndex((w) => NAME_CONNECTORS.has(w.lower));
    const title = c > 0 ? tail[c - 1] : np[tailAt - 1];
    if (c >= 0 && tail.length - c - 2 === 3 && personWord(tail[c + 2]) && isTitleWithPortfolio(title, tail[c], tail[c + 1])) nameAt = c + 2;
  }
  // "a partner at Hale, Moss & Quint": a comma or an ampersand among the last words joins a firm's name, not a person's.
  if (/[,&]/.test(text.slice(tail[nameAt - 1].end, tail[nameAt].start)) || text.slice(tail[nameAt].end, tail[nameAt + 1].start).includes('&')) return null;
  const portfolio = tail.slice(0, nameAt);
  // "the University of Kestrel Bay", "Commissioner for Human Rights": the capitalised words still name a place or
  // body, with nothing left for a person.
  // ("Director of the Federal Bureau of Investigation Jane Doe": after a capitalised title, the body is its portfolio.)
  const titled = np[tailAt - 1]?.capital && NAME_TITLES.has(withoutDot(np[tailAt - 1].lower));
  if (NAME_CONNECTORS.has(portfolio[portfolio.length - 1].lower) || (!titled && portfolio.some((w) => ORGANISATION_WORDS.has(w.lower)))
    || !portfolio.some((w) => !NAME_CONNECTORS.has(w.lower))) return null;
  // "director at the Council for a Sound Federal Budget": a capitalised body before the run goes on naming itself.
  if (np.slice(0, tailAt).some((w) => w.capital && ORGANISATION_WORDS.has(w.lower))) return null;
  const nameInNp = tailAt + nameAt;
  const possessorAt = np.slice(0, nameInNp).findLastIndex((w) => w.possessive);
  let from = possessorAt + 1;
  while (from < nameInNp && (DETERMINERS.has(np[from].lower) || LEADING_SKIP.has(np[from].lower))) from++;
  // "seismologist Ann Lee of the US Geological Survey": a person's name before the preposition is the one named;
  // what follows it is where they work, not a portfolio.
  const prepositionAfterName = np.findIndex((w, i) => i > from && PREPOSITIONS.has(w.lower));
  if (prepositionAfterName >= 2 && personWord(np[prepositionAfterName - 1]) && personWord(np[prepositionAfterName - 2])) return null;
  const titleWords = np.slice(from, nameInNp);
  if (!titleWords.some((w) => isRoleNoun(w.lower.replace(/\.$/, '')))) return null;
  const nameWords = np.slice(nameInNp);
  return {
    type: 'name',
    words: nameWords.map((w) => w.text),
    honorific: null,
    gender: null,
    title: surfaceOf(text, np, from, nameInNp),
    org: possessorAt >= 0 ? np[possessorAt].text : null,
    kind: 'person',
    surface: surfaceOf(text, np, from),
    firstNameHonorific: false,
  };
}

/** Kin words: "the father of X" says whose relative someone is, never a portfolio. */
const KIN_WORDS: ReadonlySet<string> = new Set([...FAMILY_NOUNS, 'friend']);
/** A lower-case field ("communications", "health", "economics"), not a person ("client", "singer", "victim"). */
const FIELD_WORD = /^\p{Ll}+$/u;
const PERSON_ENDING = /(?:er|or|ist|ian|ant|[^m]ent)$/;

/**
 * A person's full name after a title with a lower-case field ("director of communications Jane Doe", "minister
 * for health John Roe"): the title heads the phrase, then "of"/"for", then one to three field words that cannot
 * name a person themselves ("the lawyer for client Jane Doe" speaks for the client, so that phrase is left alone).
 */
function nameAfterFieldTitle(text: string, np: readonly Token[], runStart: number): NameRef | null {
  const name = np.slice(runStart);
  if (name.length < 2 || name.length > 3 || !name.every((w) => w.capital && !w.possessive && /^\p{Lu}\p{Ll}+$/u.test(w.text)
    && !ORGANISATION_WORDS.has(w.lower) && !NAME_TITLES.has(w.lower) && !ROLE_NOUNS.has(w.lower))) return null;
  const possessorAt = np.slice(0, runStart).findLastIndex((w) => w.possessive);
  let from = possessorAt + 1;
  while (from < runStart && (DETERMINERS.has(np[from].lower) || LEADING_SKIP.has(np[from].lower))) from++;
  const preposition = np.findIndex((w, i) => i >= from && i < runStart && PREPOSITIONS.has(w.lower));
  const head = np[preposition - 1];
  if (preposition <= from || (np[preposition].lower !== 'of' && np[preposition].lower !== 'for') || !NAME_TITLES.has(head.lower) || KIN_WORDS.has(head.lower)) return null;
  const field = np.slice(preposition + 1, runStart);
  if (!field.length || field.length > 3 || field[field.length - 1].lower === 'and') return null;
  for (const w of field) {
    if (w.lower === 'and') continue;
    if (w.capital || !FIELD_WORD.test(w.text) || PREPOSITIONS.has(w.lower) || DETERMINERS.has(w.lower) || isRoleNoun(w.lower)
      || isPeopleNamedAfter(w.lower) || wordToNumber(w.lower) !== null || PERSON_ENDING.test(w.lower)) return null;
  }
  return {
    type: 'name',
    words: name.map((w) => w.text),
    honorific: null,
    gender: null,
    title: surfaceOf(text, np, from, runStart),
    org: possessorAt >= 0 ? np[possessorAt].text : null,
    kind: 'person',
    surface: surfaceOf(text, np, from),
    firstNameHonorific: false,
  };
}

/**
 * A plural group noun may stand before the names of its members ("the lawyer for residents Jane Doe and John Roe");
 * a collective one in a title's field does not ("chief of staff Jane Doe", "chief of police John Roe").
 */
function isPeopleNamedAfter(lower: string): boolean {
  return isGroupNoun(lower) && lower.endsWith('s');
}

/** "Last week", "On Monday", "Yesterday" opening a phrase: when it was said, not part of the title. */
function leadingTimeWords(words: readonly Token[]): number {
  const a = words[0]?.lower;
  const b = words[1]?.lower;
  if ((a === 'last' || a === 'this' || a === 'next' || a === 'on') && b && (TIME_NOUNS.has(b) || WEEKDAYS.includes(b))) return 2;
  return a && (WEEKDAYS.includes(a) || a === 'yesterday' || a === 'today' || a === 'earlier' || a === 'later') ? 1 : 0;
}

/** Words that join a title to its portfolio ("Minister for Health", "Director of Public Prosecutions"). */
const PORTFOLIO_JOINS = new Set(['for', 'of']);

function hasOrgWordAfter(run: readonly Token[], i: number): boolean {
  // "Teachers Association President X": "President" ends the title; "President Hotel" would be a place.
  return run.slice(i + 1).some((w) => ORGANISATION_WORDS.has(w.lower));
}

/** Adjectives written after the noun they qualify, closing a description ("the people concerned"). */
const POSTPOSITIVE_ADJECTIVES = new Set(['present', 'involved', 'concerned', 'affected']);

/** "the spokeswoman", "A Tory source", "more than a dozen presidents of royal colleges and faculties". */
function descriptionRef(text: string, np: readonly Token[], anyHead = false): DescriptionRef | null {
  const ref = readDescription(text, np, anyHead);
  if (ref && !ref.org && ref.kind === 'person' && np[0]?.lower === 'its') ref.ownedByIt = true;
  return ref;
}

function readDescription(text: string, np: readonly Token[], anyHead = false): DescriptionRef | null {
  let s = 0;
  let definite = false;
  let another = false;
  while (s < np.length - 1 && (LEADING_SKIP.has(np[s].lower) || (SENTENCE_OPENERS.has(np[s].lower) && !ARTICLES.has(np[s].lower)))) s++;
  // "one of his editors", "one of three doctors at the clinic": one person, whose role is the singular.
  const oneOfAt = np[s].lower === 'one' && np[s + 1]?.lower === 'of' ? s : -1;
  while (s < np.length - 1 && (GROUP_QUANTIFIERS.has(np[s].lower) || isNumberWord(np[s].lower)) && (!np[s].capital || s === 0)
    && !(isRoleNoun(np[s].lower) && PREPOSITIONS.has(np[s + 1].lower))) { // "a fellow at the institute": the role itself
    if (np[s].lower === 'the') definite = true;
    if (np[s].lower === 'another' || np[s].lower === 'other') another = true;
    s++;
  }
  if (s < np.length - 1 && (np[s].lower === 'the' || np[s].lower === 'a' || np[s].lower === 'an')) {
    definite ||= np[s].lower === 'the';
    s++;
  }
  if (np[s]?.lower === 'the') { definite = true; s++; }
  if (oneOfAt >= 0) while (s < np.length - 1 && POSSESSIVE_DETERMINERS.has(np[s].lower)) s++;
  const words = np.slice(s);
  if (!words.length) return null;
  // The head: the first role noun, title or group noun, before any preposition, and after the last possessive
  // ("the public defender's office" is an office, "the fishermen's association" an association).
  let head = -1;
  let lastPossessive = -1;
  for (let i = 0; i < words.length && !PREPOSITIONS.has(words[i].lower); i++) if (words[i].possessive) lastPossessive = i;
  for (let i = lastPossessive + 1; i < words.length; i++) {
    const l = words[i].lower;
    if (PREPOSITIONS.has(l) && head >= 0) break;
    if (isRoleNoun(l) || isGroupNoun(l)) head = i;
    if (head >= 0 && PREPOSITIONS.has(words[i + 1]?.lower ?? '')) break;
  }
  // "the 45-year-old", "the mother-of-two": said of the person in focus.
  if (definite && words.length === 1 && /^(\w+-year-old|\w+-of-\w+)$/.test(words[0].lower)) {
    return { type: 'description', text: words[0].text, head: words[0].lower, definite, another, kind: 'person', titleOnly: true, role: '', org: null, gender: null };
  }
  // "the mother of four": the same, without the hyphens.
  if (definite && words.length === 3 && RELATION_NOUNS.has(words[0].lower) && words[1].lower === 'of' && isNumberWord(words[2].lower)) {
    return {
      type: 'description', text: surfaceOf(text, words), head: words[0].lower, definite, another, kind: 'person', titleOnly: true, role: '', org: null, gender: null,
    };
  }
  // "a woman", "the young man": a plain word for a person, no role. "The woman" is said of someone the article has
  // brought in ("titleOnly", resolved like "she"); "a woman" brings someone unnamed in.
  const plain = words[words.length - 1];
  if ((definite || s > 0) && words.length <= 2 && PLAIN_PERSON_NOUNS.has(plain.lower) && GENDERED_NOUNS.has(plain.lower) && !words.some((w) => w.possessive || w.capital)) {
    return {
      type: 'description', text: surfaceOf(text, words), head: plain.lower, definite, another, kind: 'person', titleOnly: definite, role: '', org: null,
      gender: GENDERED_NOUNS.get(plain.lower)!,
    };
  }
  // "defended a plan the union": an article inside the phrase opens the noun phrase that speaks.
  // ("a scholar at the institute" is one phrase: there the article follows a preposition.)
  const innerArticle = words.findLastIndex((w, i) => i > 0 && ARTICLES.has(w.lower) && !PREPOSITIONS.has(words[i - 1].lower));
  if (head < 0 && innerArticle > 0) return descriptionRef(text, words.slice(innerArticle));
  // ("a scholar at the institute" is someone at an organisation, not the organisation.)
  const throughPreposition = words.some((w, i) => i > 0 && PREPOSITIONS.has(w.lower));
  if (head < words.length - 1 && (definite || words.length > 1) && !throughPreposition && ORGANISATION_WORDS.has(words[words.length - 1].lower) && !words[words.length - 1].capital) {
    // "the union", "the port authority": an organisation named by what it is; a group or role noun before the
    // word says whose it is ("the police department", "the teachers union").
    const org = surfaceOf(text, words);
    return { type: 'description', text: org, head: words[words.length - 1].lower, definite, another, kind: 'organisation', titleOnly: false, role: '', org: null, gender: null };
  }
  // "the new committee on China", "the commission for equality": an organisation's word, then what it is for.
  const bodyBeforePreposition = throughPreposition && definite ? bodyWithItsRemit(words, head) : -1;
  if (bodyBeforePreposition >= 0) {
    return {
      type: 'description', text: surfaceOf(text, words), head: words[bodyBeforePreposition].lower, definite, another, kind: 'organisation', titleOnly: false, role: '', org: null, gender: null,
    };
  }
  // Beside a name any noun may head the role, a known one before it only qualifying it ("lead maintainer").
  if ((head < 0 || words.slice(head + 1).every(isPlainNoun)) && anyHead && words.length <= APPOSITIVE_WORDS && isPlainNoun(words[words.length - 1])
    && !words.some((w) => PREPOSITIONS.has(w.lower) || CLAUSE_WORDS.has(w.lower))) head = words.length - 1;
  if (head < 0 || tooLong(words)) return null;
  // A preposition before the head opens a new phrase: "this comes after police" → "police".
  const prepositionAt = words.slice(0, head).findLastIndex((w) => PHRASE_OPENING_PREPOSITIONS.has(w.lower));
  if (prepositionAt >= 0) return descriptionRef(text, words.slice(prepositionAt + 1));
  // A determiner after the start opens a new phrase: "attend any meeting the minister" → "the minister".
  const restart = words.slice(1, head).findLastIndex((w) => ARTICLES.has(w.lower));
  if (restart >= 0 && words[restart].lower === 'and' && s > 0 && ARTICLES.has(np[s - 1].lower)) {
    // "a Navy veteran herself and the wife of a sailor", "the education secretary and a close friend": two roles;
    // the one that names a job, else the first.
    const first = descriptionRef(text, np.slice(0, s + withoutReflexive(words, restart)));
    const second = descriptionRef(text, words.slice(restart + 1));
    if (first?.kind === 'person') return second?.kind === 'person' && namesAJob(second.head) && !namesAJob(first.head) ? second : first;
  }
  if (restart >= 0 && !PREPOSITIONS.has(words[restart].lower)) return descriptionRef(text, words.slice(restart + 1));
  // After the head only a prepositional phrase may follow ("the head of the union", "a source close to the
  // talks"), never a verb
  // ("teachers wearing red surrounded ...").
  const rest = words.slice(head + 1);
  // "one of the managers present", "the officials involved": an adjective after its noun, which the role does without.
  if (rest.length === 1 && POSTPOSITIVE_ADJECTIVES.has(rest[0].lower)) return descriptionRef(text, np.slice(0, np.length - 1), anyHead);
  // "education secretary until the summer": how long the post was held is no part of it.
  if (rest.length > 1 && HELD_UNTIL.has(rest[0].lower)) return descriptionRef(text, np.slice(0, np.indexOf(rest[0])), anyHead);
  // "Author and one of the organisers": a second role after "and"; the one that names a job, else the first.
  if (rest.length > 3 && rest[0].lower === 'and' && rest[1].lower === 'one' && rest[2].lower === 'of') {
    const first = descriptionRef(text, np.slice(0, np.indexOf(rest[0])), anyHead);
    const second = descriptionRef(text, rest.slice(1));
    if (first?.kind === 'person') return second?.kind === 'person' && namesAJob(second.head) && !namesAJob(first.head) ? second : first;
  }
  if (rest.length && !PREPOSITIONS.has(rest[0].lower) && !(rest[0].lower === 'close' && rest[1]?.lower === 'to')) return null;
  // Inside the prepositional phrase, "-ing" words are nouns ("a professor of environmental engineering"), and an
  // "-ed" word after its noun starts a reduced relative clause the description does without ("the authors of the
  // study published in a journal"). Right after the preposition either is a verb, but for an "-ing" word after
  // "of" or "in", which names a field ("director of gaming", "an expert in polling").
  const fieldAfter = rest[0]?.lower === 'of' || rest[0]?.lower === 'in';
  const participle = rest.findIndex((w, k) => !w.capital && w.lower.length > 5
    && ((w.lower.endsWith('ed') && !adjectiveAfterPreposition(rest, k)) || (k < 2 && !fieldAfter && w.lower.endsWith('ing'))));
  if (participle >= 2 && !ARTICLES.has(rest[participle - 1].lower)) return descriptionRef(text, np.slice(0, np.indexOf(rest[participle])));
  if (participle >= 0) return null;
  // Compound titles read as one head ("chief executive", "general secretary").
  const headWord = words[head].lower;
  const headText = head > 0 && NAME_TITLES.has(`${words[head - 1].lower} ${headWord}`) ? `${words[head - 1].lower} ${headWord}` : headWord;
  const titleOnly = (Boolean(words[head].capital) || (definite && TITLES_IN_WAITING.has(headWord))) && NAME_TITLES.has(headWord)
    && head === words.length - 1 && !words.some((w) => w.possessive);
  const one = oneOfAt >= 0 && singular(headWord) !== headWord && isRoleNoun(singular(headWord)) ? words[head] : null;
  const group = isGroupNoun(headWord) && !ROLE_NOUNS.has(headWord) && !one;
  const possessorAt = words.slice(0, head).findLastIndex((w) => w.possessive);
  const afterPossessor = possessorAt + 1;
  let possessorFrom = possessorAt;
  while (possessorFrom > 0 && words[possessorFrom - 1].capital && !SENTENCE_OPENERS.has(words[possessorFrom - 1].lower)) possessorFrom--;
  // "the union's leader", "Acme's chief": the possessor is where the role is held; "one of the bill's authors" holds none.
  const possessorHolds = possessorAt >= 0 && (words[possessorAt].capital || ORGANISATION_NOUN_SET.has(words[possessorAt].lower));
  const possessor = possessorHolds ? { text: surfaceOf(text, words, possessorFrom, possessorAt + 1).replace(/['’]s?$/, '') } : null;
  const roleFrom = roleStart(words, afterPossessor, head);
  const role = surfaceOf(text, words, roleFrom, words.length);
  // The organisation: a capitalised phrase after "at"/"with" (where the person works), else after "of"/"for"
  // (what the role is of). Only the first cuts the role: "a surgeon at X Hospital" → "surgeon"; "head of the
  // union", "spokesperson for X" stay whole.
  const namesOrg = (i: number) => Boolean((words[i + 1]?.lower === 'the' ? words[i + 2] : words[i + 1])?.capital);
  const atAt = words.findIndex((w, i) => i > head && WORKPLACE_PREPOSITIONS.has(w.lower) && namesOrg(i));
  // "a critic of the administration's plan", "a friend of Acme's founder": what a relation is of is no employer.
  const relation = RELATION_NOUNS.has(singular(headWord)) && !MEMBERSHIP_RELATIONS.has(singular(headWord));
  const ofAt = atAt > 0 ? atAt : relation ? -1 : words.findIndex((w, i) => i > head && (w.lower === 'of' || w.lower === 'for') && namesOrg(i));
  let org: string | null = possessor ? possessor.text : null;
  let roleText = role;
  if (ofAt > 0) {
    const orgWords = words.slice(ofAt + 1).filter((w) => w.lower !== 'the');
    // "at the University of Valdoria and co-author of the study": "and" before a lower-case word starts a second
    // role, which ends the organisation (the words of a name joined by "and" are capitalised: "Finch and Gale").
    const secondRole = words.findIndex((w, i) => i > ofAt + 1 && w.lower === 'and' && words[i + 1] !== undefined && !words[i + 1].capital);
    const orgEnd = secondRole > 0 ? secondRole : words.length;
    if (orgWords.length && orgWords.some((w) => w.capital)) org = surfaceOf(text, words, ofAt + 1, orgEnd).replace(/^the\s+/i, '');
    if (ofAt === atAt) roleText = surfaceOf(text, words, roleFrom, ofAt);
  }
  // A short relation keeps what it is of ("mother of the victim"); a long one is cut to the relation ("longtime
  // critic", not "longtime critic of the administration's attempts to end …").
  const relationOf = relation ? words.findIndex((w, i) => i > head && w.lower === 'of') : -1;
  if (relationOf > 0 && words.length - relationOf - 1 > MAX_RELATION_OBJECT_WORDS) roleText = surfaceOf(text, words, roleFrom, relationOf);
  // "the grandson of the founder and a board member": a job named after the relation is what the person is.
  const jobAt = relation ? jobAfterRelation(words, head) : -1;
  if (jobAt > 0) roleText = surfaceOf(text, words, jobAt, words.length);
  // "one of the protesters": the role in the article's words, from "one" on (the head is the singular, for "the
  // protester" later).
  if (one) roleText = surfaceOf(text, np, oneOfAt, s + (ofAt > 0 && ofAt === atAt ? ofAt : words.length));
  return {
    type: 'description',
    text: withoutQuoteMarks(one ? surfaceOf(text, np, oneOfAt) : surfaceOf(text, words)),
    head: one ? headText.replace(headWord, singular(headWord)) : headText,
    definite,
    another,
    kind: group ? 'group' : 'person',
    titleOnly,
    role: withoutQuoteMarks(roleText),
    org,
    gender: GENDERED_NOUNS.get(headWord) ?? null,
  };
}

/** An age ("22-year-old", "seventy-year-old"): how old someone is, not what they are. */
const AGE_WORD = /^[\p{L}\p{N}-]+-years?-old$/u;

/** "22-year-old", "seventy-year-old" (lower case). */
export function isAgeWord(lower: string): boolean {
  return AGE_WORD.test(lower);
}

/**
 * Where the role starts among the words before its head: whether the person is alive, how old they are, how well
 * liked they are and how the writer judges them are no part of what they are ("Ford's late father" → "father", "a
 * favorite teacher" → "teacher", "his 22-year-old son" → "son",
 * "a fierce and uncompromising elder" → "elder"). Adjectives joined by "and" are the writer's judgement; a role noun
 * or a listed role modifier among them makes them part of the role ("founder and chief executive").
 */
function roleStart(words: readonly Token[], from: number, head: number): number {
  let start = from;
  while (start < head && (LIFE_STATE_WORDS.has(words[start].lower) || ESTEEM_WORDS.has(words[start].lower) || AGE_WORD.test(words[start].lower))) start++;
  const and = words.slice(0, head).findLastIndex((w) => w.lower === 'and');
  if (and <= start || and + 1 >= head) return start;
  for (let k = start; k < and + 2; k++) {
    const w = words[k];
    if (k !== and && (w.capital || w.possessive || isRoleNoun(w.lower) || ROLE_MODIFIERS.has(w.lower) || !/^\p{Ll}+$/u.test(w.text))) return start;
  }
  return and + 2;
}

export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** Words after a post that say how long it was held ("until the summer", "since 2019"). */
const HELD_UNTIL = new Set(['until', 'till', 'since']);
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'too', 'also']);

/** How many of words[0, end) remain without the reflexive or "too" closing them ("a veteran herself" → "a veteran"). */
function withoutReflexive(words: readonly Token[], end: number): number {
  return end > 1 && REFLEXIVES.has(words[end - 1].lower) ? end - 1 : end;
}

/**
 * A description longer than a noun phrase usually runs: more than 12 lower-case words, or 20 in all (the words
 * of an organisation's name count once: "analyst at the Council on Energy, Environment and Water"; nor do the
 * articles and prepositions that chain a workplace: "an expert in X at the Department of Y at the University of Z").
 */
function tooLong(words: readonly Token[]): boolean {
  if (words.length <= 12) return false;
  if (words.length > 20) return true;
  let lower = 0;
  for (const w of words) if (!w.capital && !ARTICLES.has(w.lower) && !PREPOSITIONS.has(w.lower)) lower++;
  return lower > 12;
}

/** How many words a role beside a name may have when its head noun is not a known role. */
const APPOSITIVE_WORDS = 4;

/** A lower-case word of letters only ("maintainer"), not an adverb ("recently"). */
function isPlainNoun(w: Token): boolean {
  return !w.capital && !w.possessive && /^\p{Ll}+$/u.test(w.text) && !w.lower.endsWith('ly');
}

/**
 * The role set beside a person's name ("the project's lead maintainer, Jane Doe"): a description, with any noun
 * as its head when it is someone's ("the county's highways lead"), since the name vouches that the phrase says
 * who the person is.
 */
/**
 * "Roger Ver, another early bitcoin adopter,": a short apposition set off by commas after a name, an article and
 * lower-case words ending in an "-er" noun the lexicon does not list, names what the person is. Only there: alone,
 * such a word may be anything ("a number", "a letter").
 */
export function agentNounApposition(text: string, words: readonly Token[]): DescriptionRef | null {
  const head = words[words.length - 1];
  if (words.length < 2 || words.length > 5 || !APPOSITION_ARTICLES.has(words[0].lower) || !head || head.capital || head.possessive
    || !/^\p{Ll}{3,}er$/u.test(head.lower) || words.slice(1).some((w) => w.kind !== 'word' || w.capital || isFunctionWord(w.lower))) return null;
  const ref = descriptionRef(text, words, true);
  return ref && ref.kind === 'person' ? ref : null;
}
const APPOSITION_ARTICLES = new Set(['a', 'an', 'another']);
/** A word that joins or opens phrases rather than describing: an article, a preposition, a conjunction, a relative. */
const isFunctionWord = (lower: string) => ARTICLES.has(lower) || PREPOSITIONS.has(lower) || CONJUNCTIONS.has(lower) || RELATIVES.has(lower) || lower === 'or';

export function appositiveRole(text: string, words: readonly Token[]): DescriptionRef | null {
  const ref = classifyPhrase(text, words);
  if (ref) return ref.type === 'description' ? ref : null;
  // Only a role of someone's ("the project's lead maintainer"): "the child, Jane Doe" names no role.
  if (!words.slice(0, -1).some((w) => w.possessive)) return null;
  return descriptionRef(text, words, true);
}

/**
 * "The England forward", "The Kestrel midfielder" set beside an age ("…, 25, said"): a short definite noun phrase,
 * whatever noun heads it, for a person the article has named. Null for any other phrase.
 */
export function agedEpithet(text: string, words: readonly Token[]): DescriptionRef | null {
  if (words[0]?.lower !== 'the' || words.length > 4 || words.some((w) => w.kind !== 'word' || w.possessive)) return null;
  const ref = descriptionRef(text, words, true);
  return ref?.kind === 'person' && ref.definite ? { ...ref, aged: true } : null;
}

/** A word to match as itself inside a regular expression ("co-founders", "Jr."). */
function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const QUOTE_MARK_OR_GAP = /["“”„«»]|\s{2}/;

/** A title quoted inside a description ("the "Night Shift" actor") reads without its marks. */
function withoutQuoteMarks(phrase: string): string {
  if (!QUOTE_MARK_OR_GAP.test(phrase)) return phrase.trim(); // the usual phrase: both replacements change nothing
  return phrase.replace(/["“”„«»]/g, '').replace(/\s{2,}/g, ' ').trim();
}

/**
 * An "-ed" word right after a preposition and before a lower-case noun qualifies that noun ("vice president of
 * advanced programs", "head of integrated care"); only after its noun does it start a reduced relative clause.
 */
function adjectiveAfterPreposition(words: readonly Token[], k: number): boolean {
  const before = words[k - 1];
  const after = words[k + 1];
  return Boolean(before && PREPOSITIONS.has(before.lower) && after?.kind === 'word' && !after.capital && !PREPOSITIONS.has(after.lower));
}

/**
 * Where the organisation's word stands in "the new committee on China" (a lower-case word for a body right before the
 * phrase's first preposition, with no role noun before it, and a name after the preposition), or -1. "A scholar at
 * the institute" is a person at a body; "the committee on the budget" names no body the article can call by name.
 */
function bodyWithItsRemit(words: readonly Token[], head: number): number {
  const at = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w.lower));
  if (at < 1 || (head >= 0 && head < at)) return -1;
  const body = words[at - 1];
  if (body.capital || !ORGANISATION_WORDS.has(body.lower)) return -1;
  const after = words.slice(at + 1);
  // "the union on Monday": a day or a month after the body says when, not what the body is for.
  if (after.some((w) => CALENDAR_WORDS.has(w.lower))) return -1;
  return after.length > 0 && after.length <= 5 && after[after.length - 1].capital ? at - 1 : -1;
}

/** How many words an organisation's name may have: seven when an "and" in it joins the words after "of" or "for"
 *  ("Bureau of Fisheries and Aquatic Resources"), five when it may join two names ("Grey Lantern and Vale Productions"). */
function orgNameWords(words: readonly Token[]): number {
  const complement = words.findIndex((w) => w.lower === 'of' || w.lower === 'for');
  const and = words.findIndex((w) => w.lower === 'and');
  return and < 0 || (complement >= 0 && complement < and) ? 7 : 5;
}

/**
 * "Simon Dean", "Tessa Bishop": the run ends in a title that is also a surname, after one or two capitalised words
 * that are no title, role, modifier, body or adjective ("Deputy Mayor", "Catholic Bishop", "District Judge"), with no
 * article before them ("the Acting Mayor").
 */
function surnameAfterGivenName(run: readonly Token[], beforeRun: readonly Token[]): boolean {
  if (run.length < 2 || run.length > 3 || !TITLES_ALSO_SURNAMES.has(run[run.length - 1].lower)) return false;
  if (beforeRun.some((w) => DETERMINERS.has(w.lower))) return false;
  return run.slice(0, -1).every((w) => {
    const l = withoutDot(w.lower);
    return w.capital && !w.possessive && !NAME_TITLES.has(l) && !HONORIFICS.has(l) && !isRoleNoun(l) && !ROLE_MODIFIERS.has(l) && !TITLE_QUALIFIERS.has(l)
      && !ORGANISATION_WORDS.has(l) && !ADJECTIVE_ENDING.test(l) && !NAME_CONNECTORS.has(l) && !SENTENCE_OPENERS.has(l);
  });
}
/**
 * Endings of adjectives, not of verbs ("reveal", "arrive"): "defensive", "political", "economic", "military"; before a
 * title "Catholic", "Federal", "Auxiliary", "Executive".
 */
export const ADJECTIVE_ENDING = /(?:[st]ive|[^e]al|[^a]ic|ary)$/;
