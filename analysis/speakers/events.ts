// Speech events in one sentence: a speech verb and the phrase that names who is speaking, in either order.
//   "“We will win,” Jane Doe said."          subject before the verb
//   "“We will win,” said Jane Doe, the head of the union."   subject after the verb (inverted)
//   "The head of the union, Jane Doe, told reporters: ..."   apposition around the subject
//   "Doe said the plan was late, adding: ..."  participle and coordinated verbs share the subject
//   "..., according to the union."            source phrase
import { NAME_PARTICLES } from '../../data/honorifics';
import { wordToNumber } from '../../data/number-words';
import { CALENDAR_WORDS, TIME_NOUNS, WEEKDAYS } from '../../data/time-words';
import { SUBORDINATING_CONJUNCTIONS } from '../../data/sentence-openers';
import { ORGANISATION_NOUN_SET } from '../../data/organisation-nouns';
import { POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS } from '../../data/pronouns';
import { isGroupNoun, ORGANISATION_NAME_CONNECTORS, ORGANISATION_WORDS as ORGANISATION_WORDS_SET, ROLE_MODIFIERS, STATEMENT_SUBJECTS } from '../../data/titles';
import { ACCOUNT_NOUNS, ENABLING_VERBS_PAST, ISSUING_VERB_FORMS, OWNED_WORDS_NOUNS, PERCEPTION_VERBS_PAST, RESPONSE_NOUNS, SPEAKER_AFTER_PHRASES, STATEMENT_VERB_FORMS } from '../../data/speech-verbs';
import { isQuoteMark } from '../quotes/char-class';
import { reportedClauseStart } from './inner-clause';
import { agedEpithet, appositiveRole, ARTICLES, classifyPhrase, INDEFINITE_ARTICLES, isModalName, isAsideToName, isRoleNoun, PHRASE_OPENING_PREPOSITIONS, surfaceOf, type DescriptionRef, type NameRef, type PronounRef, type Ref } from './mentions';
import { capitalRunEnd, isPronounWithVerb, type Token } from './tokens';
import { nounAfterTownAndState } from './town-and-state';
import { speechVerbOfLower, type SpeechVerb } from './verbs';

export interface SpeechEvent {
  /** Token index of the verb (of "according" for a source phrase). */
  verbAt: number;
  verb: SpeechVerb | null;
  /** Who speaks, as written; null when the phrase cannot be read ("The majority think"). */
  subject: Ref | null;
  /** A description or name set beside the subject by commas ("Jane Doe, a surgeon at X, said"). */
  apposition: NameRef | DescriptionRef | null;
  /** The subject comes from another verb of the sentence ("and told", "adding"). */
  shared: boolean;
  /** Token index where the subject phrase starts (or the verb, when the subject follows). */
  from: number;
  /** Token index just past the verb or the subject that follows it. */
  to: number;
  /**
   * The verb is passive ("Doctors were told to stop", "The striker was asked about it"): its subject is the one
   * spoken to, who comes into focus but speaks no quotation and reports nothing here.
   */
  passive?: boolean;
}

/** Adverbs and auxiliaries that may sit between a subject and its verb ("has also repeatedly said"). */
const BETWEEN = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'should', 'may', 'might', 'did', 'does',
  'do', 'also', 'further', 'later', 'then', 'previously', 'again', 'once', 'only', 'never', 'always', 'often',
  'recently', 'earlier', 'separately', 'initially', 'finally', 'first', 'last', 'yesterday', 'today', 'tonight',
  'simply', 'just', 'even', 'still', 'already', 'not', 'reportedly', 'allegedly', 'himself', 'herself', 'themselves',
  'itself', 'too', 'however', 'meanwhile', 'subsequently', 'now', 'personally', 'directly', 'all', 'both', 'been', 'being',
  'flat-out', 'outright', 'soon', 'twice', 'ever',
]);
const PARTICIPLE_LEADS = new Set(['and', 'before', 'after', 'while', 'when', 'also', 'repeatedly', 'further', 'then']);
const COORDINATORS = new Set(['and', 'but', 'or', 'then', 'yet', 'before', 'after']);
/** Words after an -s form that make it a plural noun, never a speech verb ("claims such as", "states where"). */
const PLURAL_NOUN_FOLLOWERS = new Set(['like', 'such', 'where', 'across', 'including', 'whose']);
const PREPOSITIONS_BEFORE_NOUN = new Set(['of', 'for', 'on', 'in', 'at', 'with', 'from', 'against', 'about', 'over', 'amid']);
const PLURAL_QUANTIFIERS = new Set(['some', 'many', 'several', 'few', 'these', 'those', 'both', 'all', 'most', 'other']);
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'whose', 'no', 'any', 'every']);
const PERCEPTION = new Set<string>(PERCEPTION_VERBS_PAST);
/** Verbs that put the speaker after them with no quotation before, and take no person as object ("told Doe"). */
const INVERTED_AFTER_REPORT = new Set(['say', 'add', 'write', 'explain']);
const ENABLING = new Set<string>(ENABLING_VERBS_PAST);
const BOUNDARY_PUNCT = new Set([':', ';', '(', ')', '—', '–', '-', '[', ']', '!', '?']);

/** Auxiliaries of habit, future and emphasis before a bare verb ("Doe would say", "Doe will often argue"); those of
 *  mere possibility ("Some might say") report no words. */
const BARE_FORM_AUXILIARIES = new Set(['would', 'will', 'did', 'does', 'do']);
const NEGATIONS = new Set(['not', 'never']);

/** The bare verb at `at` follows an auxiliary, adverbs between allowed, and no negation ("would not say" says nothing). */
function followsAuxiliary(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= 0 && isAdverb(tokens[j]); j--) {
    if (NEGATIONS.has(tokens[j].lower)) return false;
    if (BARE_FORM_AUXILIARIES.has(tokens[j].lower)) return true;
  }
  return false;
}

/** A name or a personal pronoun: someone in particular, where "Nobody would say" or "Few would say" imagines words. */
function namesSomeone(subject: Ref): boolean {
  return subject.type === 'name' || subject.type === 'pronoun';
}

function isAdverb(t: Token): boolean {
  // A capitalised "May" or "Will" before the verb is a name ("Theresa May said"), not an auxiliary.
  return t.kind === 'word' && !isModalName(t) && (BETWEEN.has(t.lower) || (t.lower.endsWith('ly') && !t.capital && t.lower.length > 4));
}

/** Tokens of the comma-delimited segment ending at index `end` (inclusive), going left. */
function segmentBefore(tokens: readonly Token[], end: number): { from: number; words: Token[] } {
  let from = end;
  while (from > 0) {
    const t = tokens[from - 1];
    if (t.kind === 'quote' || (t.kind === 'punct' && (t.text === ',' || BOUNDARY_PUNCT.has(t.text)))) break;
    from--;
  }
  return { from, words: wordsBetween(tokens, from, end + 1) };
}

/**
 * "Jane Doe, a Rome, Ga., lawyer, said": the segment "lawyer" with the town and the state before it, back to the
 * article that opens the apposition; the segment unchanged when no town and state stand there.
 */
function withPlaceBefore(tokens: readonly Token[], segment: { from: number; words: Token[] }): { from: number; words: Token[] } {
  if (segment.from < 5 || tokens[segment.from - 1].text !== ',') return segment;
  const town = segmentBefore(tokens, segmentBefore(tokens, segment.from - 2).from - 2);
  if (nounAfterTownAndState(tokens, town.from) !== segment.from) return segment;
  return { from: town.from, words: [...wordsBetween(tokens, town.from, segment.from), ...segment.words] };
}

/** Tokens after index `start` up to the next comma or boundary. */
function segmentAfter(tokens: readonly Token[], start: number): { to: number; words: Token[] } {
  let to = start;
  while (to < tokens.length) {
    const t = tokens[to];
    if (t.kind === 'quote' || (t.kind === 'punct' && (t.text === ',' || BOUNDARY_PUNCT.has(t.text)))) break;
    to++;
  }
  return { to, words: wordsBetween(tokens, start, to) };
}

/** The word tokens of tokens[from, to), in one pass (no slice then filter). */
function wordsBetween(tokens: readonly Token[], from: number, to: number): Token[] {
  const words: Token[] = [];
  const end = Math.min(to, tokens.length);
  for (let k = Math.max(0, from); k < end; k++) if (tokens[k].kind === 'word') words.push(tokens[k]);
  return words;
}

/** Words that open an adverbial after an inverted subject ("said an official on Monday", "... when asked"). */
const TRAILING_ADVERBIAL = new Set([
  'when', 'while', 'after', 'before', 'because', 'during', 'on', 'in', 'last', 'yesterday', 'today', 'tonight',
  'earlier', 'later', 'since', 'although', 'though', 'via', 'over', 'through', 'as',
  // "according to a study by Jane Doe titled ‘…’": the title says which study, not who.
  'titled', 'entitled',
]);

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'outside', 'of']);

/** Words that say what a name's words were about ("said Jane Doe about the move", "... of her late son"). */
const TOPIC_PREPOSITIONS = new Set(['about', 'regarding']);

const isWeekday = (w: Token) => Boolean(w.capital) && WEEKDAYS.includes(w.lower);

/**
 * Whether the word at `k` of the phrase after an inverted verb ends a capitalised name before it: a day ("said
 * coach Tom Hill Tuesday"), a topic ("said Jane Doe about the move") or "of" a possessive ("said Mary Hill of her
 * late son": whom the words were about, not where she works; "the mother of his victim" is a description, kept).
 */
function endsNameAfterVerb(words: readonly Token[], k: number): boolean {
  if (!words[k - 1].capital) return false;
  const w = words[k];
  if (isWeekday(w) || TOPIC_PREPOSITIONS.has(w.lower)) return true;
  return w.lower === 'of' && POSSESSIVE_DETERMINERS.has(words[k + 1]?.lower ?? '');
}

const isRelative = (words: readonly Token[]) => ['who', 'which', 'whose', 'whom'].includes(words[0]?.lower ?? '');

interface Subject {
  subject: Ref | null;
  apposition: NameRef | DescriptionRef | null;
  from: number;
  /** The subject is the object of a verb of perceiving ("I heard Jane Doe say"): a bare verb follows it. */
  perceived?: boolean;
}

const STATEMENT_VERBS: ReadonlySet<string> = new Set(STATEMENT_VERB_FORMS);
const CLEFT_VERBS = new Set(['was', 'is']);

/**
 * "“…,” Jane Doe, a teacher at the school told reporters", "“…,” Jane Doe, vice president of Acme, a grading company
 * in Florida told Fox": appositions whose closing comma is missing, so the phrase right before the verb is the last
 * description of a chain (of the person, or of the body the one before names) opened by the name.
 */
function unclosedApposition(text: string, tokens: readonly Token[], last: DescriptionRef | null, lastFrom: number): Subject | null {
  let apposition: DescriptionRef | null = last?.kind === 'person' ? last : null;
  let from = lastFrom;
  for (let hop = 0; hop < 2 && from >= 2 && tokens[from - 1].text === ','; hop++) {
    const before = segmentBefore(tokens, from - 2);
    const phrase = classifyPhrase(text, before.words);
    const opens = before.from === 0 || followsQuote(tokens, before.from);
    // At a sentence's start one capitalised word is as often an adverbial ("However, the minister said").
    if (opens && apposition && phrase?.type === 'name' && phrase.kind === 'person' && (phrase.words.length > 1 || before.from > 0)) {
      return { subject: phrase, apposition, from: before.from };
    }
    if (phrase?.type !== 'description' || phrase.kind !== 'person') return null;
    apposition = phrase;
    from = before.from;
  }
  return null;
}

const TIME_DETERMINERS = new Set(['last', 'this', 'next', 'that']);

/**
 * How many words of a time phrase end at token `end` ("on Sunday", "at the time", "at that time", "last week",
 * "earlier this year", "in 2009", "in March"), or 0.
 */
function timePhraseLength(tokens: readonly Token[], end: number): number {
  const w = (k: number) => (k >= 0 && tokens[k].kind === 'word' ? tokens[k].lower : '');
  const last = w(end);
  if (!last) return 0;
  if ((isWeekday(tokens[end]) || CALENDAR_WORDS.has(last) || /^(?:1[89]|20)\d\d$/.test(last)) && (w(end - 1) === 'on' || w(end - 1) === 'in')) return 2;
  if (!TIME_NOUNS.has(last) && !isWeekday(tokens[end])) return 0;
  const before = w(end - 1);
  if (before === 'the' && w(end - 2) === 'at') return 3; // "at the time"
  if (TIME_DETERMINERS.has(before)) {
    if (w(end - 2) === 'at' || w(end - 2) === 'earlier' || w(end - 2) === 'later') return 3; // "at that time", "earlier this year"
    return before === 'that' ? 0 : 2; // "last week"
  }
  return 0;
}

/** The subject written before the verb at `at`, or 'none' / 'shared' / 'not-a-verb'. */
function subjectBefore(text: string, tokens: readonly Token[], at: number): Subject | 'none' | 'shared' | 'not-a-verb' {
  let j = at - 1;
  while (j >= 0 && isAdverb(tokens[j])) j--;
  // "The ministry on Sunday confirmed", "Obama at the time called": a time phrase between the subject and the verb.
  const when = timePhraseLength(tokens, j);
  if (when > 0 && j - when >= 0) {
    j -= when;
    while (j >= 0 && isAdverb(tokens[j])) j--;
  }
  if (j < 0) return 'none';
  const t = tokens[j];
  if (t.kind === 'quote') return 'none';
  if (t.kind === 'word') {
    // "heads of state", "retaliation for attacks on …": after a preposition the word is a noun (a gerund, "for
    // saying", still speaks).
    if (t.lower === 'to' || t.lower === 'by' || NOUN_MARKERS.has(t.lower) || t.possessive) return 'not-a-verb';
    if (PREPOSITIONS_BEFORE_NOUN.has(t.lower) && !tokens[at].lower.endsWith('ing')) return 'not-a-verb';
    // "Some reports show …": a plural quantifier takes no verb in -s; the word is a plural noun.
    if (PLURAL_QUANTIFIERS.has(t.lower) && /[^s]s$/.test(tokens[at].lower)) return 'not-a-verb';
    if (COORDINATORS.has(t.lower)) return 'shared';
  }
  if (t.kind === 'punct' && t.text !== ',') return 'none';
  if (t.kind === 'word') {
    const seg = subordinateClause(text, reportedClause(text, segmentBefore(tokens, j)));
    // "an officer who described ...", "Jane Doe, who called it ...": the relative stands for the phrase before it.
    if (t.lower === 'who' || t.lower === 'which') {
      const relative = relativeSubject(text, tokens, seg, t.lower === 'which');
      if (relative) return relative;
    }
    // A plain phrase right before the verb is the subject ("Jane Doe said", "the spokeswoman said"); after a
    // verb of perceiving, the words after it ("I heard Jane Doe say").
    const perceived = afterPerception(seg.words);
    // "Prof Tom Hill of the Royal Society said": a titled name before a workplace, which the phrase reading rejects.
    // "Lauren Nel from Natural Justice says": a full name before where the person works is the speaker, whatever the
    // body's name reads as ("Justice" is a title too).
    const plain = perceived ? classifyPhrase(text, perceived) : nameBeforeAffiliation(text, seg.words) ?? classifyPhrase(text, seg.words);
    if (perceived) return { subject: plain, apposition: null, from: seg.from, perceived: true };
    // A phrase that names no speaker may still close the chain when it is a noun phrase ("a grading company").
    if (plain?.type === 'description' || (!plain && INDEFINITE_ARTICLES.has(seg.words[0]?.lower ?? ''))) {
      const unclosed = unclosedApposition(text, tokens, plain?.type === 'description' ? plain : null, seg.from);
      if (unclosed) return unclosed;
    }
    // "The Lindi Municipal Director, Jane Doe says, …": the comma closing the name is missing; the description
    // before it is who the person is.
    if (plain?.type === 'name' && plain.kind === 'person' && seg.from >= 2 && tokens[seg.from - 1].text === ',') {
      const before = segmentBefore(tokens, seg.from - 2);
      const described = classifyPhrase(text, before.words);
      if (described?.type === 'description' && described.kind === 'person' && described.definite && opensSegment(text, described, before.words)) {
        return { subject: plain, apposition: described, from: before.from };
      }
    }
    return { subject: plain, apposition: null, from: seg.from };
  }
  // A comma right before the verb closes an apposition or a relative clause: "Jane Doe, a surgeon, said".
  const inner = withPlaceBefore(tokens, segmentBefore(tokens, beforeParenthesis(tokens, j - 1)));
  if (inner.from < 2 || tokens[inner.from - 1].text !== ',') {
    // "Even more worrying, she said" has no apposition: the segment itself must be the subject.
    const ref = classifyPhrase(text, inner.words);
    return ref && ref.type !== 'pronoun' ? { subject: ref, apposition: null, from: inner.from } : 'none';
  }
  let outer = segmentBefore(tokens, inner.from - 2);
  // "Jane Doe, 36, the owner of a shop, said", "Jane Doe, 30, who works nearby, said", "Jane Doe, PhD, of Acme,
  // said": the age or the degrees are an aside.
  let aside: Token[] | null = null;
  if (outer.from >= 2 && tokens[outer.from - 1].text === ','
    && (((isAge(outer.words) || isHomeAside(outer.words)) && APPOSITION_OPENERS.has(inner.words[0]?.lower ?? '')) || isAsideToName(outer.words))) {
    aside = outer.words;
    outer = segmentBefore(tokens, outer.from - 2);
  }
  const chain = aside ? null : appositionChain(text, tokens, inner);
  if (chain) return chain;
  if (isRelative(inner.words)) {
    const named = classifyPhrase(text, outer.words);
    // "Jane Doe, a teacher who …, said", "a reporter's source, a refugee who …, said": the description after the
    // comma is said of the one before it, who leads.
    const described = named?.type === 'description' && named.kind === 'person' && ARTICLES.has(outer.words[0]?.lower ?? '') ? named : null;
    const lead = described && leadBefore(text, tokens, outer.from);
    if (lead) return { subject: lead, apposition: lead.type === 'name' ? described : null, from: outer.from };
    return { subject: named && aside ? withAge(named, aside) : named, apposition: null, from: outer.from };
  }
  // "A team led by researchers at X in Leeds, Yorkshire, has confirmed", "Jane Doe of the University of Otago in
  // Dunedin, New Zealand, said": the place continues a place name; the subject is the head of the whole phrase (a
  // person's name before where they work), never the place.
  const outerLast = outer.words[outer.words.length - 1];
  if (inner.words.length <= 3 && inner.words.every((w) => w.capital) && outerLast?.capital
    && outer.words.some((w) => PLACE_PREPOSITIONS.has(w.lower))) {
    // ("Epstein's neighbor in New York, Donald Trump, said": after a description, the capitalised words are a name.)
    const head = nameBeforeAffiliation(text, outer.words);
    if (head) return { subject: head, apposition: null, from: outer.from };
    if (inner.words.length === 1) return 'none';
  }
  const innerRef = classifyPhrase(text, inner.words);
  const outerPhrase = classifyPhrase(text, outer.words);
  const outerRef = outerPhrase && aside ? withAge(outerPhrase, aside) : outerPhrase;
  // "The head of the union, Jane Doe, said"; not "He shot the officer in the abdomen, Captain Doe said", where the
  // description is the object of a clause of its own.
  if (innerRef?.type === 'name' && outerRef?.type === 'description' && opensSegment(text, outerRef, outer.words)) return { subject: innerRef, apposition: outerRef, from: outer.from };
  // "Jane Doe, of Kent Police, said", "Jane Doe, from the Harbour Trust, said": where the person works, no role.
  const body = outerRef?.type === 'name' && outerRef.kind === 'person' ? affiliatedBody(text, inner.words) : null;
  if (body && outerRef?.type === 'name') return { subject: { ...outerRef, org: outerRef.org ?? body }, apposition: null, from: outer.from };
  // ("Doe, speaking to reporters outside the court, said": a participle's object is an aside, no apposition.)
  if (innerRef?.type === 'description' && outerRef?.type === 'name') {
    return { subject: outerRef, apposition: opensSegment(text, innerRef, inner.words) ? innerRef : null, from: outer.from };
  }
  // "A reporter's source inside the camp, a Syrian refugee who feared …, said": the description set beside
  // another with "a" is said of it; the first one leads.
  if (innerRef?.type === 'description' && innerRef.kind === 'person' && INDEFINITE_ARTICLES.has(inner.words[0]?.lower ?? '')
    && outerRef?.type === 'description' && outerRef.kind === 'person' && opensSegment(text, outerRef, outer.words)) {
    return { subject: outerRef, apposition: null, from: outer.from };
  }
  if (outerRef?.type === 'statement') return { subject: outerRef, apposition: null, from: outer.from };
  if (innerRef?.type === 'name' && outerRef?.type === 'name' && outerRef.kind === 'person' && innerRef.kind === 'person') {
    return { subject: outerRef, apposition: null, from: outer.from };
  }
  // "Doe, however, said", "Doe, 45, said", "Doe, speaking in Leeds, said": an aside between subject and verb.
  if (!innerRef && (outerRef?.type === 'name' || outerRef?.type === 'description')) return { subject: withAge(outerRef, inner.words), apposition: null, from: outer.from };
  // "The England forward, 25, said": an epithet whose noun the lexicon leaves out, known as a person by the age.
  const epithet = !innerRef && !outerRef && isAge(inner.words) ? agedEpithet(text, outer.words) : null;
  if (epithet) return { subject: epithet, apposition: null, from: outer.from };
  return innerRef && innerRef.type !== 'pronoun' ? { subject: innerRef, apposition: null, from: inner.from } : 'none';
}

/** The description starts where its segment does, but for an article, quantifier or possessive before it. */
function opensSegment(text: string, ref: DescriptionRef, words: readonly Token[]): boolean {
  const at = text.indexOf(ref.text, words[0]?.start ?? 0);
  if (at < 0) return true; // a description rebuilt from the words (a role in the singular): nothing to compare
  const first = words.findIndex((w) => w.end > at);
  return first >= 0 && words.slice(0, first).every((w) => LEADING_WORDS.has(w.lower) || w.possessive || w.capital);
}
const LEADING_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'another', 'of', 'and', 'but', 'so']);

/** Words that open an apposition or a relative clause after a name and its age ("Doe, 36, the owner …, said"). */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'who', 'whose', 'which']);

/**
 * The one a relative pronoun ending `seg` stands for: the phrase before it in its segment ("an officer who"), else
 * the segment before its comma ("Jane Doe, who"; "backed by Jane Doe, who": the phrase after the last preposition).
 * A description opening with an article after a name and a comma is that person's apposition ("Jane Doe, an Ohio
 * Democrat who warned ..." is Jane Doe), never a speaker of its own. Null when there is nothing before the relative.
 */
function relativeSubject(text: string, tokens: readonly Token[], seg: { from: number; words: Token[] }, thing: boolean): Subject | null {
  const phrase = seg.words.slice(0, -1);
  const comma = seg.from >= 2 && tokens[seg.from - 1].text === ',';
  if (phrase.length) {
    if (!thing && comma && ARTICLES.has(phrase[0].lower)) {
      const named = segmentBefore(tokens, seg.from - 2);
      const name = afterLastPreposition(text, named.words);
      const own = classifyPhrase(text, phrase);
      if (name?.type === 'name' && name.kind === 'person') {
        return { subject: name, apposition: own?.type === 'description' && own.kind === 'person' ? own : null, from: named.from };
      }
      // "A reporter's source inside the camp, a Syrian refugee who feared …, said": two descriptions of one person;
      // the first leads.
      const lead = own?.type === 'description' && own.kind === 'person' ? leadBefore(text, tokens, seg.from) : null;
      if (lead?.type === 'description') return { subject: lead, apposition: null, from: named.from };
    }
    return { subject: thing ? thingCalled(text, phrase) : classifyPhrase(text, phrase), apposition: null, from: seg.from };
  }
  if (!comma) return null;
  let antecedent = segmentBefore(tokens, seg.from - 2);
  // "Jane Doe, 34, who", "Jane Doe, from Leeds, who": the age or the home is an aside; the name is before it.
  if (!thing && antecedent.from >= 2 && tokens[antecedent.from - 1].text === ',' && (isAge(antecedent.words) || isHomeAside(antecedent.words))) {
    antecedent = segmentBefore(tokens, antecedent.from - 2);
  }
  const subject = thing ? thingCalled(text, antecedent.words) : afterLastPreposition(text, antecedent.words);
  // "The event drew Jane Doe, a local author, who": the description is the apposition of the name before it.
  if (subject?.type === 'description' && subject.kind === 'person' && ARTICLES.has(antecedent.words[0]?.lower ?? '')
    && antecedent.from >= 2 && tokens[antecedent.from - 1].text === ',') {
    const named = segmentBefore(tokens, antecedent.from - 2);
    const name = afterLastPreposition(text, named.words);
    if (name?.type === 'name' && name.kind === 'person') return { subject: name, apposition: subject, from: named.from };
  }
  return { subject, apposition: null, from: antecedent.from };
}

/**
 * The phrase after the last preposition that opens one ("backed by | Jane Doe") or after a speech verb ("“…,” said |
 * Mayor Tom Hill, who ..."; "said" is no part of his title), else the whole phrase.
 */
function afterLastPreposition(text: string, words: readonly Token[]): Ref | null {
  const cut = words.findLastIndex((w) => PHRASE_OPENING_PREPOSITIONS.has(w.lower) || (!w.capital && Boolean(speechVerbOfLower(w.lower))));
  if (cut >= 0) {
    const after = classifyPhrase(text, words.slice(cut + 1));
    if (after) return after;
  }
  const whole = classifyPhrase(text, words);
  return whole?.type === 'name' && whole.kind === 'person' ? whole : objectName(text, words) ?? whole;
}

/** The person named or described in the comma segment before `from` (a name after its last preposition). */
function leadBefore(text: string, tokens: readonly Token[], from: number): NameRef | DescriptionRef | null {
  if (from < 2 || tokens[from - 1].text !== ',') return null;
  const before = segmentBefore(tokens, from - 2);
  const name = afterLastPreposition(text, before.words);
  if (name?.type === 'name' && name.kind === 'person') return name;
  const described = classifyPhrase(text, before.words);
  return described?.type === 'description' && described.kind === 'person' && opensSegment(text, described, before.words) ? described : null;
}

/** "He met Jane Doe, who …", "The event drew Jane Doe, a local author, who …": a person's full name closing a
 *  clause is the one the relative stands for. */
function objectName(text: string, words: readonly Token[]): Ref | null {
  let start = words.length;
  while (start > 0 && (words[start - 1].capital || (start - 1 > 0 && NAME_PARTICLES.has(words[start - 1].lower)))) start--;
  if (start === 0 || words.length - start < 2) return null;
  const name = classifyPhrase(text, words.slice(start));
  return name?.type === 'name' && name.kind === 'person' && name.words.length >= 2 ? name : null;
}

/** Prepositions before the body a person works for or belongs to ("an analyst at | Acme", "head of | Acme"). */
const OWNER_PREPOSITIONS = new Set(['at', 'for', 'of', 'with', 'from']);

/**
 * What "which" stands for in `words`: never a person. A name read as a person's is an organisation's ("Acme
 * Widgets, which"); a person described by where they work gives way to that body ("an analyst at Acme Capital,
 * which"); else nobody.
 */
function thingCalled(text: string, words: readonly Token[]): Ref | null {
  // "the Palestinian Dialogue Group in Turkey, which says": the body named before where it is.
  const place = words.findLastIndex((w) => w.lower === 'in');
  if (place > 0 && words[place - 1].capital && place + 1 < words.length && words.slice(place + 1).every((w) => w.capital)) {
    const body = thingCalled(text, words.slice(0, place));
    if (body) return body;
  }
  const ref = afterLastPreposition(text, words);
  if (ref?.type === 'name' && ref.kind === 'person') return { ...ref, kind: 'organisation' };
  if (ref?.type !== 'description' || ref.kind !== 'person') return ref;
  const cut = words.findLastIndex((w) => OWNER_PREPOSITIONS.has(w.lower));
  const owner = cut >= 0 ? classifyPhrase(text, words.slice(cut + 1)) : null;
  return owner?.type === 'name' ? { ...owner, kind: 'organisation' } : null;
}

/**
 * The segment's words cut to the clause a reporting verb inside them opens ("Prosecutors said | Vasek told"), when
 * the words after that verb read as a subject; else the segment itself. The segment still starts where it did:
 * the reported clause as a whole stays the outer speaker's (reported.ts).
 */
function reportedClause(text: string, seg: { from: number; words: Token[] }): { from: number; words: Token[] } {
  const start = reportedClauseStart(seg.words);
  if (start < 0) return seg;
  const words = seg.words.slice(start);
  return classifyPhrase(text, words) ? { from: seg.from, words } : seg;
}

/**
 * The segment's words cut to the subordinate clause the verb closes ("They waited until | Doe said"), when the
 * segment as a whole reads as no subject and the words after the conjunction do. The segment still starts where it
 * did, so a clause after a quotation stays a clause, not the quotation's speaker (choose.ts).
 */
function subordinateClause(text: string, seg: { from: number; words: Token[] }): { from: number; words: Token[] } {
  // ("…, where realtor Jane Doe said …": a clause opening the segment is left out of the subject whatever follows it.)
  if (seg.words.length > 1 && !seg.words[0].capital && CLAUSE_OPENERS.has(seg.words[0].lower)) {
    const rest = { from: seg.from, words: seg.words.slice(1) };
    if (classifyPhrase(text, rest.words)) return subordinateClause(text, rest);
  }
  const k = seg.words.findLastIndex((w, i) => i > 0 && !w.capital && SUBORDINATING_CONJUNCTIONS.has(w.lower));
  if (k < 0 || k === seg.words.length - 1 || classifyPhrase(text, seg.words)) return seg;
  const words = seg.words.slice(k + 1);
  return classifyPhrase(text, words) ? { from: seg.from, words } : seg;
}

/** Words that open a clause inside a sentence: the subordinating conjunctions and "where". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...SUBORDINATING_CONJUNCTIONS, 'where']);

/** The words after the last verb of perceiving ("We heard | Jane Doe"), or null when there is none. */
function afterPerception(words: Token[]): Token[] | null {
  for (let k = words.length - 2; k >= 0; k--) {
    if (PERCEPTION.has(words[k].lower)) return words.slice(k + (words[k + 1].lower === 'to' ? 2 : 1));
  }
  return null;
}

/** How many comma segments an apposition chain may hold before the verb's own. */
const MAX_CHAIN = 4;

/**
 * The name opening a chain of appositions right after a quotation or at a sentence's start, when the verb's
 * comma closes the last of three or more segments: "“…,” Jane Doe, a fellow at the X Institute in Leeds,
 * Yorkshire, and co-author of the study, said". The name must be a person's full name and the segment after it
 * a description (the role); the segments between are places and further roles. `inner` is the segment the
 * verb's comma closes.
 */
function appositionChain(text: string, tokens: readonly Token[], inner: { from: number; words: Token[] }): Subject | null {
  if (!mayBeApposition(inner.words)) return null;
  let from = segmentBefore(tokens, inner.from - 2).from;
  for (let n = 0; n < MAX_CHAIN && from >= 2 && tokens[from - 1].text === ','; n++) {
    const seg = segmentBefore(tokens, from - 2);
    const between = segmentAfter(tokens, from).words;
    if (!mayBeApposition(between)) return null;
    if (seg.from === 0 || followsQuote(tokens, seg.from)) {
      const name = classifyPhrase(text, seg.words);
      if (name?.type !== 'name' || name.kind !== 'person' || name.words.length < 2) return null;
      const role = classifyPhrase(text, between);
      if (role?.type !== 'description' || role.kind !== 'person') return null;
      return { subject: name, apposition: role, from: seg.from };
    }
    from = seg.from;
  }
  return null;
}

/** Words that make a comma segment a clause of its own, never part of an apposition ("told reporters", "but"). */
const CHAIN_BREAKERS = new Set(['but', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'who', 'which', 'while', 'when']);

/** A comma segment that can sit in an apposition: no clause word and no inflected speech verb. */
function mayBeApposition(words: readonly Token[]): boolean {
  for (const w of words) {
    if (CHAIN_BREAKERS.has(w.lower)) return false;
    const verb = !w.capital && speechVerbOfLower(w.lower);
    if (verb && !verb.bare && !verb.participle) return false;
  }
  return words.length > 0;
}

/** Token `at` follows a quotation, with a comma between or not. */
function followsQuote(tokens: readonly Token[], at: number): boolean {
  return at > 0 && (tokens[at - 1].kind === 'quote' || (tokens[at - 1].text === ',' && tokens[at - 2]?.kind === 'quote'));
}

/** The subject written after the verb: "“...,” said Jane Doe, the head of the union." */
function subjectAfter(text: string, tokens: readonly Token[], at: number, width: number): Subject & { to: number } | null {
  const seg = segmentAfter(tokens, at + width);
  // "said a company spokesperson when reached by phone": the adverbial after the subject is not part of it.
  // "says Jeremiah who is working in the office", "says one resident who wishes to remain anonymous": a relative
  // clause after the name or description is no part of it.
  const cut = seg.words.findIndex((w, k) => k > 0 && (TRAILING_ADVERBIAL.has(w.lower) || endsNameAfterVerb(seg.words, k)
    || w.lower === 'who'));
  if (cut > 0) seg.words = seg.words.slice(0, cut);
  // '“thank you” calls from two people': a phrase opened by a preposition is no subject; the verb was a noun.
  if (PHRASE_OPENING_PREPOSITIONS.has(seg.words[0]?.lower ?? '')) return null;
  // "“…,” Rene, 37, said Wednesday.": a day alone after the verb is when it was said, never who said it.
  if (seg.words.length === 1 && isWeekday(seg.words[0])) return null;
  // "said Tuesday Jane Doe": the day opening the phrase is when it was said.
  if (seg.words.length >= 3 && isWeekday(seg.words[0]) && seg.words[1].capital && !ORGANISATION_WORDS_SET.has(seg.words[1].lower)) {
    seg.words = seg.words.slice(1);
  }
  // "said chief inspector Jane Doe from the county police", "said seismologist Ann Lee of the US Geological Survey":
  // a person's full name before where they work is the speaker, however long the affiliation (the phrase as a whole
  // would read as the police).
  const affiliated = nameBeforeAffiliation(text, seg.words);
  if (!affiliated && (!seg.words.length || seg.words.length > (isDocumentBy(seg.words) ? MAX_DOCUMENT_SUBJECT_WORDS : MAX_SUBJECT_WORDS))) return null;
  const ref = affiliated ?? classifyPhrase(text, seg.words) ?? nameAfterRoleNoun(text, seg.words);
  if (!ref && tokens[seg.to]?.text === ',') return namedAfterRole(text, tokens, at, seg);
  // "said a statement" names nobody; "said a report from the bank" names the bank.
  if (!ref || (ref.type === 'statement' && !ref.author)) return null;
  // "said another witness, former aide Jane Doe.": the description leads; the name closing the sentence is who.
  if (ref.type === 'description' && ref.kind === 'person' && tokens[seg.to]?.text === ',') {
    const named = nameClosingSentence(text, tokens, seg.to + 1);
    if (named) return { subject: named.name, apposition: ref, from: at, to: named.to };
  }
  let apposition: NameRef | DescriptionRef | null = null;
  let to = seg.to;
  if (ref.type === 'name' && tokens[seg.to]?.text === ',') {
    let next = segmentAfter(tokens, seg.to + 1);
    // "said Jane Doe, 51, chief executive of Acme", "said Jane Doe, MD, president of …": the age or degrees between
    // the name and the role are no part of either.
    if (isAsideAfterName(next.words) && tokens[next.to]?.text === ',') next = segmentAfter(tokens, next.to + 1);
    // "said Jane Doe, who added that protesters …": a relative clause is no apposition, whatever noun it holds.
    const desc = isRelative(next.words) ? null : classifyPhrase(text, next.words) ?? (ref.kind === 'person' ? titleOpening(text, next.words) : null);
    if (desc?.type === 'description') { apposition = desc; to = next.to; }
  }
  return { subject: ref, apposition, from: at, to };
}

/** Words a subject after the verb may have; a document and its author take more ("a study conducted by Jane Doe of
 *  the University of Kestrel"). */
const MAX_SUBJECT_WORDS = 8;
const MAX_DOCUMENT_SUBJECT_WORDS = 12;

/** "a study by", "a 2018 report conducted by": a document's noun, then its author's "by" within a word. */
function isDocumentBy(words: readonly Token[]): boolean {
  const noun = words.findIndex((w, k) => k < 3 && STATEMENT_SUBJECTS.has(w.lower));
  if (noun < 0) return false;
  const by = words[noun + 1]?.lower === 'by' ? noun + 1 : words[noun + 2]?.lower === 'by' ? noun + 2 : -1;
  return by > 0;
}

/** A comma segment that is only an age ("Jane Doe, 51, ..."). */
/** "from Vredehoek", "of Leeds", "of the University of Kestrel": where a person is from or works, written as an
 *  aside after their name ("Jane Doe, from Leeds, who …"). */
function isHomeAside(words: readonly Token[]): boolean {
  if (words.length < 2 || words.length > 7 || (words[0].lower !== 'from' && words[0].lower !== 'of')) return false;
  const rest = words[1].lower === 'the' ? words.slice(2) : words.slice(1);
  return rest.length > 0 && Boolean(rest[0].capital && rest[rest.length - 1].capital) && rest.every((w) => w.capital || NAME_PARTICLES_AND_JOINS.has(w.lower));
}
const NAME_PARTICLES_AND_JOINS = new Set([...NAME_PARTICLES, 'of', 'and', 'for', 'the']);

function isAge(words: readonly Token[]): boolean {
  return words.length === 1 && /^\d{1,3}$/.test(words[0].text);
}

/** An aside between a name and what is said of them: an age, or degrees and honours ("MD", "Ph.D."). */
function isAsideAfterName(words: readonly Token[]): boolean {
  return isAge(words) || isAsideToName(words);
}

/** The name marked as a person's when an age is set beside it ("Curie, 21, …"). */
function withAge<R extends Ref>(ref: R, aside: readonly Token[]): R {
  return ref.type === 'name' && isAge(aside) ? { ...ref, aged: true } : ref;
}

/** A word that can be a role noun: letters only, and no adverb, participle or preposition ("outside", "privately"). */
const BARE_NOUN = /^\p{Ll}{3,}$/u;
/** Adverbs, participles and plurals ("police", "residents" are groups, not one person's role). */
const NOT_A_ROLE = /(?:ly|ing|ed|[^s]s)$/;
/** Words that stand before a role, never for it ("said former Jane Doe" lacks the role), besides role modifiers. */
const NOT_A_ROLE_ALONE = new Set(['other', 'first', 'second', 'latter', 'fellow', 'late', 'new']);

/** How many words a name with its title may have before an affiliation ("deputy chief constable Jane Doe"). */
const NAME_WITH_TITLE_WORDS = 6;

/** Prepositions that join a person to where they are from or work ("Jane Doe of the college", "... at the mine",
 *  "Chief Tom Hill with the city police"). */
const AFFILIATION_PREPOSITIONS = new Set(['of', 'from', 'at', 'with']);

/**
 * "“…,” said Jane Doe of the local college.": a person's full name (with any title) before a lower-case
 * affiliation, which the name reading alone rejects.
 */
function nameBeforeAffiliation(text: string, words: readonly Token[]): NameRef | null {
  const at = words.findIndex((w) => AFFILIATION_PREPOSITIONS.has(w.lower));
  if (at < 2 || at > NAME_WITH_TITLE_WORDS) return null;
  const name = classifyPhrase(text, words.slice(0, at));
  if (name?.type !== 'name' || name.kind !== 'person' || name.words.length < 2) return null;
  const org = affiliatedBody(text, words.slice(at));
  return org && !name.org ? { ...name, org } : name;
}

/**
 * The organisation "of the US Geological Survey", "at Kestrel University", "of Kent Police" name, or null: "of
 * Leeds", "from Maine" are where the person is from. `words` start with the preposition.
 */
function affiliatedBody(text: string, words: readonly Token[]): string | null {
  if (!AFFILIATION_PREPOSITIONS.has(words[0]?.lower ?? '')) return null;
  const definite = words[1]?.lower === 'the';
  // "of the University of Otago in Dunedin": the body ends where its place begins.
  const after = words.slice(definite ? 2 : 1);
  const placeAt = after.findIndex((w) => w.lower === 'in');
  const orgWords = placeAt > 0 ? after.slice(0, placeAt) : after;
  return orgWords.length && orgWords[orgWords.length - 1].capital
    && orgWords.every((w) => w.capital || ORGANISATION_NAME_CONNECTORS.has(w.lower))
    && (definite || orgWords.some((w) => ORGANISATION_WORDS_SET.has(w.lower))) ? surfaceOf(text, orgWords) : null;
}

/** One lower-case word that may be a person's role: a noun, not a time, place, group, number or modifier. */
function mayBeRoleNoun(word: Token): boolean {
  const l = word.lower;
  return BARE_NOUN.test(word.text) && !NOT_A_ROLE.test(l) && !TRAILING_ADVERBIAL.has(l) && !BETWEEN.has(l)
    && !NOUN_MARKERS.has(l) && !PLACE_PREPOSITIONS.has(l) && !PHRASE_OPENING_PREPOSITIONS.has(l) && !COORDINATORS.has(l)
    && !ROLE_MODIFIERS.has(l) && !NOT_A_ROLE_ALONE.has(l) && !isGroupNoun(l) && wordToNumber(l) === null
    // A person's word, not an organisation's or a place's ("said airline X", "said the city, X"): a role noun or
    // a noun of a doer ("climber", "groundsman").
    && !ORGANISATION_NOUN_SET.has(l) && (isRoleNoun(l) || PERSON_ENDING.test(l));
}

const PERSON_ENDING = /(?:man|woman|person|er|or|ist|ian)$/;

/**
 * "“…,” said climber Jane Doe.": right after the verb, one lower-case noun before a person's full name is their
 * role, even a noun the lexicon does not know. Not a time or place word ("said outside Kestrel Court").
 */
function nameAfterRoleNoun(text: string, words: readonly Token[]): NameRef | null {
  const [role, ...rest] = words;
  if (!role || rest.length < 2 || rest.length > 3 || !mayBeRoleNoun(role)) return null;
  if (!rest.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && !w.possessive)) return null;
  const name = classifyPhrase(text, rest);
  if (name?.type !== 'name' || name.kind !== 'person' || name.title || name.honorific || name.words.length !== rest.length) return null;
  return { ...name, title: role.text, surface: surfaceOf(text, words) };
}

/**
 * The title that opens an apposition the rest of which does not read as a noun phrase ("senior vp partnerships
 * and revenue at X" → "senior vp"): beside a person's name, the words up to its first role noun still say who
 * they are.
 */
/** Words that may come before the title's noun: no relative ("whose"), no verb form ("adding", "named"). */
const TITLE_OPENING_WORD = /^(?!(?:who|whose|which|that|when|where|while)$)(?!.*(?:ing|ed)$)[\p{L}-]+$/u;

function titleOpening(text: string, words: readonly Token[]): DescriptionRef | null {
  const head = words.findIndex((w) => !w.capital && isRoleNoun(w.lower));
  if (head < 0 || head + 1 >= words.length || words.slice(0, head).some((w) => !TITLE_OPENING_WORD.test(w.lower) || PHRASE_OPENING_PREPOSITIONS.has(w.lower))) return null;
  const ref = classifyPhrase(text, words.slice(0, head + 1));
  return ref?.type === 'description' && ref.kind === 'person' ? ref : null;
}

/**
 * "“…,” said the project's lead maintainer, Jane Doe.": a role whose noun is not a known one, then the person's
 * full name closing the sentence.
 */
function namedAfterRole(text: string, tokens: readonly Token[], at: number, role: { to: number; words: Token[] }): Subject & { to: number } | null {
  const named = nameClosingSentence(text, tokens, role.to + 1);
  if (!named) return null;
  const apposition = appositiveRole(text, role.words);
  if (apposition) return { subject: named.name, apposition, from: at, to: named.to };
  // "said the bride, Kate Moss.": a definite article and one noun the lexicon does not know still give the role.
  const [article, noun] = role.words;
  if (role.words.length !== 2 || article.lower !== 'the' || !mayBeRoleNoun(noun) || named.and) return null;
  return { subject: { ...named.name, title: noun.text }, apposition: null, from: at, to: named.to };
}

/** A person's full name from token `from` to the sentence's end or a comma ("…, Jane Doe."), or null. */
function nameClosingSentence(text: string, tokens: readonly Token[], from: number): { name: NameRef; to: number; and: boolean } | null {
  const next = segmentAfter(tokens, from);
  // "…, explains Jane Doe:" then her words: a colon closing the sentence ends the name too.
  const closingColon = tokens[next.to]?.text === ':' && (next.to + 1 === tokens.length || tokens[next.to + 1].kind === 'quote');
  if (next.to < tokens.length && tokens[next.to].text !== ',' && !closingColon) return null;
  const name = classifyPhrase(text, next.words);
  // A lone word is a surname the article has used ("…, says Doe."); the sentence must end on it or its apposition.
  if (name?.type !== 'name' || name.kind !== 'person') return null;
  // "Jane Doe and John Roe": two people, of whom the name read is only the last.
  return { name, to: next.to, and: next.words.some((w) => w.lower === 'and') };
}

/** Words a response phrase may hold after "was" ("the shop owner's blunt reply"). */
const RESPONSE_PHRASE_WORDS = 6;
const RESPONSES = new Set<string>(RESPONSE_NOUNS);

/** "“…,” was Jane Doe's reply": the one whose response it was speaks; `at` is the "was". */
function responseAfter(text: string, tokens: readonly Token[], at: number): SpeechEvent | null {
  const seg = segmentAfter(tokens, at + 1);
  const words = seg.words.length <= RESPONSE_PHRASE_WORDS ? seg.words : [];
  const noun = words.findIndex((w) => RESPONSES.has(w.lower));
  const owner = words.slice(0, noun).findLastIndex((w) => w.possessive);
  if (noun < 0 || owner < 0) return null;
  const subject = classifyPhrase(text, words.slice(0, owner + 1));
  if (subject?.type !== 'name' && subject?.type !== 'description' && subject?.type !== 'pronoun') return null;
  return { verbAt: at, verb: null, subject, apposition: null, shared: false, from: at, to: seg.to };
}

/** A share of people as a subject: "Fifty-one percent", "70 per cent of Americans", "44% of voters". */
function isShareOfPeople(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k].lower;
    if (w === 'percent' || w === '%' || (w === 'cent' && tokens[k - 1]?.lower === 'per') || /^\d[\d.,]*%$/.test(w)) return true;
  }
  return false;
}

const SPEAKER_AFTER = SPEAKER_AFTER_PHRASES.map((phrase) => phrase.split(' '));
const SPEAKER_AFTER_FIRST_WORDS = new Set(SPEAKER_AFTER.map((words) => words[0]));

/** How many tokens a phrase naming the speaker after it ("according to", "in the words of") takes at `at`; 0 for none. */
function speakerAfterPhraseAt(tokens: readonly Token[], at: number): number {
  for (const words of SPEAKER_AFTER) if (words.every((w, k) => tokens[at + k]?.lower === w)) return words.length;
  return 0;
}

/** Nouns of an answer received from someone ("an email reply from a spokeswoman"). */
const REPLY_NOUNS = new Set(['reply', 'response', 'answer', 'statement', 'comment', 'email', 'e-mail', 'message', 'letter']);
/** Words before such a noun that make it one asked for or missing, not given. */
const REPLY_NOT_GIVEN = new Set(['sought', 'seek', 'seeks', 'seeking', 'demand', 'demands', 'demanded', 'demanding', 'request',
  'requests', 'requested', 'requesting', 'asked', 'ask', 'asks', 'asking', 'await', 'awaits', 'awaited', 'awaiting', 'want', 'wants',
  'wanted', 'expect', 'expects', 'expected', 'no', 'without', 'awaits']);

/**
 * "Later, I got an email reply from a Google representative.": the one a reply came from speaks the words quoted
 * next, as after "according to".
 */
function replyFrom(text: string, tokens: readonly Token[], at: number): SpeechEvent | null {
  // "sought a response from Shah", "awaiting a reply from the ministry": asked for, not given.
  for (let k = Math.max(0, at - 4); k < at; k++) if (REPLY_NOT_GIVEN.has(tokens[k].lower)) return null;
  const after = subjectAfter(text, tokens, at, 2);
  if (!after?.subject || after.subject.type === 'pronoun' || after.subject.type === 'statement') return null;
  return { verbAt: at, verb: null, subject: after.subject, apposition: after.apposition, shared: false, from: at, to: after.to };
}

/**
 * "In Dr. Doe's words, “…”": the words that follow are the named source's, as after "in the words of". Only a name is
 * read ("in his words" is left to the tag that follows).
 */
function possessedWords(text: string, tokens: readonly Token[], at: number): SpeechEvent | null {
  const end = capitalRunEnd(tokens, at + 1);
  const owner = tokens[end];
  if (owner?.kind !== 'word' || !owner.capital || !owner.possessive) return null;
  const own = tokens[end + 1]?.lower === 'own' ? 1 : 0;
  if (tokens[end + 1 + own]?.lower !== 'words') return null;
  const ref = classifyPhrase(text, tokens.slice(at + 1, end + 1));
  if (ref?.type !== 'name') return null;
  return { verbAt: at, verb: null, subject: ref, apposition: null, shared: false, from: at, to: end + 2 + own };
}

const OWNED_WORDS: ReadonlySet<string> = new Set(OWNED_WORDS_NOUNS);
/** Words between an owned noun and the quotation it names: "request to “…”", "demand for “…”", "promise that “…”". */
const OWNED_WORDS_LINKS = new Set(['to', 'that', 'for', 'of']);
/** How many words before the possessive its owner's phrase may take ("the Trump transition team's"). */
const OWNER_REACH = 5;

/**
 * "the transition team's request to “provide a list …”", "Doe's promise that “nobody will lose their job”": the
 * quotation right after a possessive and a noun for words is the owner's. `at` is the possessive word.
 */
function ownedWords(text: string, tokens: readonly Token[], at: number): SpeechEvent | null {
  if (!OWNED_WORDS.has(tokens[at + 1]?.lower ?? '')) return null;
  let q = at + 2;
  if (OWNED_WORDS_LINKS.has(tokens[q]?.lower ?? '') || tokens[q]?.text === ':') q++;
  if (tokens[q]?.kind !== 'quote') return null;
  let start = at;
  while (start > 0 && at - start < OWNER_REACH && tokens[start - 1].kind === 'word' && !tokens[start - 1].possessive
    && !PHRASE_OPENING_PREPOSITIONS.has(tokens[start - 1].lower) && !speechVerbOfLower(tokens[start - 1].lower)) start--;
  // The longest phrase ending at the possessive that reads as someone: "Nonetheless the team's" is "the team's".
  if (tokens[start - 1]?.lower === 'in') return null; // "In Britain's view: “…”": a frame for someone else's words
  for (let from = start; from <= at; from++) {
    const owner = classifyPhrase(text, tokens.slice(from, at + 1));
    if (owner && owner.type !== 'pronoun') return { verbAt: at + 1, verb: null, subject: owner, apposition: null, shared: false, from, to: q };
  }
  return null;
}

/** Every speech event of one sentence's tokens, in order. */
export function findSpeechEvents(text: string, tokens: readonly Token[]): SpeechEvent[] {
  const events: SpeechEvent[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const sourceWidth = SPEAKER_AFTER_FIRST_WORDS.has(t.lower) ? speakerAfterPhraseAt(tokens, i) : 0;
    if (sourceWidth) {
      const after = subjectAfter(text, tokens, i, sourceWidth);
      if (after) events.push({ verbAt: i, verb: null, subject: after.subject, apposition: after.apposition, shared: false, from: i, to: after.to });
      continue;
    }
    const reply = REPLY_NOUNS.has(t.lower) && tokens[i + 1]?.lower === 'from' ? replyFrom(text, tokens, i) : null;
    if (reply) { events.push(reply); i = reply.to - 1; continue; }
    const possessed = t.lower === 'in' ? possessedWords(text, tokens, i) : null;
    if (possessed) { events.push(possessed); i = possessed.to - 1; continue; }
    const owned = t.possessive ? ownedWords(text, tokens, i) : null;
    if (owned) { events.push(owned); i = owned.to - 1; continue; }
    if ((t.lower === 'was' || t.lower === 'is') && followsQuote(tokens, i)) {
      const copular = responseAfter(text, tokens, i);
      if (copular) { events.push(copular); i = copular.to - 1; continue; }
    }
    if (t.capital && i > 0) continue; // a capitalised word inside a sentence is a name, not a verb: no look-up
    const issued = issuedStatement(text, tokens, i);
    if (issued) { events.push(issued); i = issued.to - 1; continue; }
    const hadToSay = HAVE_FORMS.has(t.lower) ? hadThisToSay(text, tokens, i) : null;
    if (hadToSay) { events.push(hadToSay); i = hadToSay.to - 1; continue; }
    const next = tokens[i + 1]?.kind === 'word' ? tokens[i + 1].lower : undefined;
    const verb = speechVerbOfLower(t.lower, next);
    if (!verb) {
      const statement = STATEMENT_VERBS.has(t.lower) ? statementSpeaking(text, tokens, i) : null;
      if (statement) events.push(statement);
      continue;
    }
    if (t.lower.endsWith('s') && PLURAL_NOUN_FOLLOWERS.has(next ?? '')) continue; // "key states like Ohio": a noun
    // "Acme shares “soared”": stock; "“…,” Jane Doe shares." ends its sentence, and speaks.
    if (t.lower === 'shares' && tokens[i - 1]?.capital && tokens[i + 1] && tokens[i + 1].kind !== 'punct') continue;
    if (verb.participle && i === 0) continue; // "Speaking on the radio, ..." / "Responding to ...": the main clause speaks
    if (verb.frameWords && !quotedInFrame(tokens, i + verb.words, verb.frameWords)) continue; // "saw the damage": no one's words
    if (verb.aspectual && tokens[i + verb.words]?.lower === 'to') continue; // "continued to drop": no one's words
    const width = verb.words;
    const verbEnd = i + width;
    // Inverted order right after a quotation: "“...,” said Jane Doe."
    const prev = tokens[i - 1];
    // …or after a few words of the writer's own that close the quoted sentence ('"…little deal" struck in May, said X').
    const afterQuote = prev?.kind === 'quote' || (prev?.text === ',' && quotedEarlier(tokens, i - 2));
    if (afterQuote && !verb.participle) {
      const after = subjectAfter(text, tokens, i, width);
      if (after && (after.subject?.type !== 'pronoun' || SUBJECT_PRONOUNS.has(tokens[verbEnd]?.lower ?? ''))) {
        events.push({ verbAt: i, verb, subject: after.subject, apposition: after.apposition, shared: false, from: i, to: after.to });
        i = after.to - 1;
        continue;
      }
    }
    // "Prices will rise, said Jane Doe, an economist.": the inverted order after reported words with no quotation
    // marks, when a person's full name follows the verb and closes the sentence or an apposition does.
    if (prev?.text === ',' && !verb.participle && !verb.bare && INVERTED_AFTER_REPORT.has(verb.base) && nameClosingSentence(text, tokens, verbEnd)) {
      const after = subjectAfter(text, tokens, i, width);
      if (after?.subject?.type === 'name') {
        events.push({ verbAt: i, verb, subject: after.subject, apposition: after.apposition, shared: false, from: i, to: after.to });
        i = after.to - 1;
        continue;
      }
    }
    if (verb.participle) {
      // "..., adding: ...", "and saying ...", "quit—telling …": a participle hangs on the clause before; "for
      // defending" does not speak.
      if (!(prev && (prev.kind === 'quote' || prev.text === ',' || prev.text === '\u2014' || prev.text === '\u2013' || PARTICIPLE_LEADS.has(prev.lower)))) {
        // "..., with one council leader warning that ...": the phrase before the participle speaks.
        const own = subjectBefore(text, tokens, i);
        const seg = typeof own === 'object' ? segmentBefore(tokens, i - 1) : null;
        if (typeof own === 'object' && own.subject && own.subject.type !== 'pronoun' && seg?.words[0]?.lower === 'with') {
          events.push({ verbAt: i, verb, subject: own.subject, apposition: own.apposition, shared: false, from: own.from, to: verbEnd });
        }
        continue;
      }
      events.push({ verbAt: i, verb, subject: null, apposition: null, shared: true, from: i, to: verbEnd });
      continue;
    }
    // "… allowed Jane Doe to claim “…”": the one enabled to speak is the speaker.
    const enabled = prev?.lower === 'to' && verb.bare ? enabledSpeaker(text, tokens, i - 1) : null;
    if (enabled) {
      events.push({ verbAt: i, verb, subject: enabled.subject, apposition: null, shared: false, from: enabled.from, to: verbEnd });
      continue;
    }
    if (prev?.lower === 'to' && verb.bare && speaksOwnWords(tokens, i)) {
      // "She took to the radio to call the plan "a disgrace"": the sentence's subject is the one speaking.
      events.push({ verbAt: i, verb, subject: null, apposition: null, shared: true, from: i, to: verbEnd });
      continue;
    }
    // "demand that voters answer the question: “…”": a bare verb in what someone demands is asked for, not said.
    if (verb.bare && isDemandedAct(tokens, i)) continue;
    const before = subjectBefore(text, tokens, i);
    if (before === 'not-a-verb' || before === 'none') continue;
    if (before === 'shared') {
      events.push({ verbAt: i, verb, subject: null, apposition: null, shared: true, from: i, to: verbEnd });
      continue;
    }
    // A bare form ("say", "argue") is a verb only after a plural or pronoun subject ("Residents say"), after an
    // auxiliary ("Doe would say") or after the one a verb of perceiving names ("I heard Jane Doe say").
    if (verb.bare && (!before.subject || !(isPluralSubject(before.subject) || before.perceived || (namesSomeone(before.subject) && followsAuxiliary(tokens, i))))) {
      // "Fifty-one percent say that “…”": a share of a poll speaks, and names nobody to give the words to.
      if (!before.subject && isShareOfPeople(tokens, before.from, i)) events.push({ verbAt: i, verb, subject: null, apposition: null, shared: false, from: before.from, to: verbEnd });
      continue;
    }
    const passive = passiveBefore(tokens, i) || undefined;
    // "… has been described as “heartbreaking” by the department": the agent after "by" is the one speaking.
    const agent = passive ? passiveAgent(text, tokens, verbEnd) : null;
    if (agent) {
      events.push({ verbAt: i, verb, subject: agent, apposition: null, shared: false, from: i, to: verbEnd });
      continue;
    }
    events.push({ verbAt: i, verb, subject: before.subject, apposition: before.apposition, shared: false, from: before.from, to: verbEnd, passive });
  }
  const colonLead = colonLeadEvent(text, tokens, events);
  if (colonLead) {
    const after = events.findIndex((e) => e.verbAt > colonLead.verbAt);
    events.splice(after < 0 ? events.length : after, 0, colonLead); // in text order: it brings its subject into focus first
  }
  // Shared subjects: from the nearest event before with its own subject, else the nearest after; never after a
  // participle, whose own words follow it ("Doe apologised, saying they “stemmed from the urgency” he felt": "he
  // felt" is inside what she said, and the participle hangs on the clause before, read by the caller).
  for (let k = 0; k < events.length; k++) {
    const e = events[k];
    if (!e.shared) continue;
    const source = events.slice(0, k).reverse().find((x) => !x.shared) ?? (e.verb?.participle ? undefined : events.slice(k + 1).find((x) => !x.shared));
    if (source) { e.subject = source.subject; e.apposition = source.apposition; }
  }
  return events;
}

/** "Doe's budget documents show …": a statement with an author, before a verb only statements speak with. */
function statementSpeaking(text: string, tokens: readonly Token[], at: number): SpeechEvent | null {
  const before = subjectBefore(text, tokens, at);
  if (typeof before !== 'object' || before.subject?.type !== 'statement' || !before.subject.author) return null;
  // Read as stating: the verb reports the statement's words (looked up here, so the verb table is built on first use).
  return { verbAt: at, verb: speechVerbOfLower('states')!, subject: before.subject, apposition: null, shared: false, from: before.from, to: at + 1 };
}

/** Words that make what stands before a colon a clause of its own, which no short predicate follows a subject in. */
const COLON_LEAD_CLAUSE_WORDS = new Set(['if', 'what', 'whether', 'when', 'because', 'would', 'could', 'should', 'he', 'she', 'they', 'we', 'i', 'you']);

/** How many words may stand between a subject and a colon that opens its quotation ("Doe was blunt:"). */
const MAX_COLON_PREDICATE = 3;
/** …or between a subject and the colon after the account it gives ("had a very similar experience:"). */
const MAX_ACCOUNT_PREDICATE = 5;
const ACCOUNT_NOUN_SET: ReadonlySet<string> = new Set(ACCOUNT_NOUNS);

/**
 * "Doe hesitated: “…”", "The minister was blunt: “…”": a subject and a short predicate with no object of its own,
 * closed by a colon that opens a quotation, introduce that subject's words, whatever the verb. "Police found a
 * note: “…”" has an object (the note speaks), and a sentence with a speech verb of its own is read by that.
 */
function colonLeadEvent(text: string, tokens: readonly Token[], events: readonly SpeechEvent[]): SpeechEvent | null {
  const colon = tokens.findIndex((t, i) => t.text === ':' && tokens[i + 1]?.kind === 'quote');
  if (colon < 2) return null;
  const seg = segmentBefore(tokens, colon - 1);
  if (events.some((e) => e.verbAt >= seg.from && e.verbAt < colon)) return null;
  const words = seg.words;
  const owned = ownAccount(text, tokens, words, colon);
  if (owned) return owned;
  // "Doe had a similar experience: “…”": an object that is the subject's own account is no object that speaks.
  const account = words.length > 0 && ACCOUNT_NOUN_SET.has(words[words.length - 1].lower);
  const longest = account ? MAX_ACCOUNT_PREDICATE : MAX_COLON_PREDICATE;
  for (let k = words.length - 1; k >= 0 && words.length - k <= longest; k--) {
    const predicate = words.slice(k);
    // A speech verb here was already read, and turned down ("Some might say: …" imagines the words).
    // The account noun itself may look like a verb form ("a warning").
    if (predicate.some((w, i) => w.capital || (NOUN_MARKERS.has(w.lower) && !account) || w.possessive
      || (speechVerbOfLower(w.lower) && !(account && k + i === words.length - 1)))) return null;
    if (k === 0) return subjectSetOff(text, tokens, words[0], colon);
    // "… what he would do if he were a leader of a developing nation: “…”": a clause before the colon, not a subject.
    if (words.slice(0, k).some((w) => COLON_LEAD_CLAUSE_WORDS.has(w.lower))) return null;
    const subject = classifyPhrase(text, words.slice(0, k));
    if (!subject || subject.type === 'statement') continue;
    if (subject.type === 'description' && subject.kind !== 'person') continue;
    return { verbAt: tokens.indexOf(words[k]), verb: null, subject, apposition: null, shared: false, from: seg.from, to: colon };
  }
  return null;
}

/** Possessive determiners and the pronoun each stands for ("his message" is his). */
const POSSESSIVE_PRONOUNS = new Map([['his', 'he'], ['her', 'she'], ['their', 'they']]);
/** Words a possessed account may run to before its colon ("Doe's message to the voters he courted was plain:"). */
const MAX_OWN_ACCOUNT_WORDS = 16;

/**
 * "Christie's message was simple: “…”", "Her verdict: “…”", "Doe's bottom line … was the right one: “…”": the owner
 * of the account a sentence opens with, and closes on a colon before the quotation, speaks it.
 */
function ownAccount(text: string, tokens: readonly Token[], words: readonly Token[], colon: number): SpeechEvent | null {
  if (!words.length || words.length > MAX_OWN_ACCOUNT_WORDS) return null;
  let owner: Ref | null = null;
  let at = 0;
  const pronoun = POSSESSIVE_PRONOUNS.get(words[0].lower);
  if (pronoun) {
    owner = { type: 'pronoun', target: SUBJECT_PRONOUNS.get(pronoun)!, surface: words[0].text };
    at = 1;
  } else {
    while (at < words.length && words[at].capital && !words[at].possessive) at++;
    if (at >= words.length || !words[at].capital || !words[at].possessive) return null;
    at++;
    const ref = classifyPhrase(text, words.slice(0, at));
    if (ref?.type !== 'name') return null;
    owner = ref;
  }
  const noun = words[at]?.lower === 'bottom' && words[at + 1]?.lower === 'line' ? 'line' : words[at]?.lower;
  if (!noun || !(ACCOUNT_NOUN_SET.has(noun) || noun === 'line')) return null;
  const nounAt = noun === 'line' && words[at].lower === 'bottom' ? at + 1 : at;
  // What follows the noun says nothing of its own: no speech verb ("His message told …" is read as told).
  if (words.slice(nounAt + 1).some((w) => speechVerbOfLower(w.lower))) return null;
  const from = tokens.indexOf(words[0]);
  return { verbAt: tokens.indexOf(words[nounAt]), verb: null, subject: owner, apposition: null, shared: false, from, to: colon };
}

/** The predicate opens its segment: the subject is before a comma, set off by an apposition or a relative clause
 *  ("Doe, who phoned in from the set, was blunt: “…”"). Only a person is read there. */
function subjectSetOff(text: string, tokens: readonly Token[], first: Token, colon: number): SpeechEvent | null {
  const at = tokens.indexOf(first);
  if (tokens[at - 1]?.text !== ',') return null;
  const before = subjectBefore(text, tokens, at);
  if (typeof before !== 'object' || !before.subject) return null;
  const subject = before.subject;
  if (subject.type === 'statement' || subject.type === 'pronoun' || subject.kind !== 'person') return null;
  return { verbAt: at, verb: null, subject, apposition: before.apposition, shared: false, from: before.from, to: colon };
}

const ISSUING_ONE_WORD = new Set<string>(ISSUING_VERB_FORMS.filter((f) => !f.includes(' ')));
const ISSUING_TWO_WORDS = new Set<string>(ISSUING_VERB_FORMS.filter((f) => f.includes(' ')));
/** The first words of the two-word forms ("put"): only after one is the pair spelled out and looked up. */
const ISSUING_TWO_WORD_STARTS = new Set<string>([...ISSUING_TWO_WORDS].map((f) => f.slice(0, f.indexOf(' '))));
/** Words that may stand between the verb and its statement noun ("issued | a short written | statement"). */
const STATEMENT_NOUN_WITHIN = 4;
/** A preposition before the noun makes it where the words were written, not what was issued ("wrote in her letter"). */
const PREPOSITIONS_BEFORE_STATEMENT = new Set(['in', 'on', 'via', 'through', 'at', 'with', 'to', 'for', 'from', 'by']);

/**
 * "The company issued a statement saying “…”", "The union put out a statement: “…”": the one who issues a statement
 * speaks the words quoted after it. Weak, like "called", so it claims only a quotation that follows.
 */
function issuedStatement(text: string, tokens: readonly Token[], i: number): SpeechEvent | null {
  const lower = tokens[i].lower;
  const width = ISSUING_ONE_WORD.has(lower) ? 1
    : ISSUING_TWO_WORD_STARTS.has(lower) && ISSUING_TWO_WORDS.has(`${lower} ${tokens[i + 1]?.lower}`) ? 2 : 0;
  if (!width) return null;
  let noun = false;
  for (let k = i + width; k < tokens.length && k <= i + width + STATEMENT_NOUN_WITHIN && tokens[k].kind === 'word'; k++) {
    if (STATEMENT_SUBJECTS.has(tokens[k].lower)) { noun = true; break; }
    if (PREPOSITIONS_BEFORE_STATEMENT.has(tokens[k].lower)) break;
  }
  if (!noun || passiveBefore(tokens, i)) return null;
  const verb: SpeechVerb = {
    base: 'issue', participle: false, bare: false, thought: false, reporting: false, weak: true, frameWords: null, aspectual: false, words: width,
  };
  const before = subjectBefore(text, tokens, i);
  if (before === 'shared') return { verbAt: i, verb, subject: null, apposition: null, shared: true, from: i, to: i + width };
  if (typeof before !== 'object' || !before.subject) return null;
  return { verbAt: i, verb, subject: before.subject, apposition: before.apposition, shared: false, from: before.from, to: i + width };
}

/** Words that end the agent's phrase ("told by her manager | to …", "called it so by the mayor | who …"). */
const AGENT_ENDERS = new Set(['to', 'that', 'for', 'with', 'who', 'which', 'whose', 'and']);

/** How far after a passive verb its "by" may come ("described as “a scandal” by"): a short frame, no clause. */
const AGENT_WITHIN = 8;

/**
 * The one a passive verb names after "by" within a few tokens of `from`, with no other clause between ("was
 * described as “reckless” by the union" → the union), or null. The words after "by" must read as a name or a
 * description of someone ("by phone", "by Friday" do not).
 */
function passiveAgent(text: string, tokens: readonly Token[], from: number): Ref | null {
  for (let k = from; k < tokens.length && k < from + AGENT_WITHIN; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== ',') return null;
    if (t.kind !== 'word' || t.lower !== 'by') continue;
    const words = segmentAfter(tokens, k + 1).words;
    if (words.length && CALENDAR_WORDS.has(words[0].lower)) return null; // "by Friday", "by March"
    const end = words.findIndex((w) => TRAILING_ADVERBIAL.has(w.lower) || AGENT_ENDERS.has(w.lower));
    const ref = classifyPhrase(text, end < 0 ? words : words.slice(0, end));
    return ref?.type === 'name' || (ref?.type === 'description' && ref.kind !== 'group') ? ref : null;
  }
  return null;
}

/** Forms of "be" that make a past participle after them passive ("was told", "have been warned"). */
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

/** A form of "be" among the adverbs and auxiliaries right before the verb at `at` ("were later told"). */
function passiveBefore(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= 0 && isAdverb(tokens[j]); j--) if (BE_FORMS.has(tokens[j].lower)) return true;
  return false;
}

/** Words between a framed verb and its "as" or "to", and between that word and the quotation ("as a “betrayal”"). */
const FRAME_OBJECT = 6;
const FRAME_LEAD = 2;

/**
 * "… the new bridge as “a waste”", "… the tactics to “mafia methods”": one of the frame's words within a few words
 * after `from`, a quotation a word or two after it.
 */
function quotedInFrame(tokens: readonly Token[], from: number, frameWords: readonly string[]): boolean {
  for (let k = from; k < tokens.length && k <= from + FRAME_OBJECT; k++) {
    if (tokens[k].kind !== 'word') return false;
    if (!frameWords.includes(tokens[k].lower)) continue;
    for (let q = k + 1; q < tokens.length && q <= k + 1 + FRAME_LEAD; q++) {
      if (tokens[q].kind === 'quote') return true;
      if (tokens[q].kind !== 'word') return false;
    }
    return false;
  }
  return false;
}

const HAVE_FORMS = new Set(['had', 'has', 'have']);

/** "A spokesman … had this to say about the film: “…”", "she has the following to say": the subject speaks. */
function hadThisToSay(text: string, tokens: readonly Token[], at: number): SpeechEvent | null {
  let k = at + 1;
  if (tokens[k]?.lower === 'the' && tokens[k + 1]?.lower === 'following') k++;
  if ((tokens[k]?.lower !== 'this' && tokens[k]?.lower !== 'following') || tokens[k + 1]?.lower !== 'to' || tokens[k + 2]?.lower !== 'say') return null;
  const before = subjectBefore(text, tokens, at);
  if (typeof before !== 'object' || !before.subject) return null;
  return { verbAt: k + 2, verb: speechVerbOfLower('said', undefined), subject: before.subject, apposition: before.apposition, shared: false, from: before.from, to: k + 3 };
}

/** A quotation among the few tokens before `at`, with no other speech verb's comma between ("…" struck in May, ). */
function quotedEarlier(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k >= 0 && k > at - 8; k--) {
    if (tokens[k].kind === 'quote') return true;
    if (tokens[k].kind === 'punct') return false;
  }
  return false;
}

/** The person named between an enabling verb and the "to" at `to` ("allowed Jane Doe | to"), or null. */
function enabledSpeaker(text: string, tokens: readonly Token[], to: number): { subject: Ref; from: number } | null {
  let from = to;
  while (from > 0 && tokens[from - 1].kind === 'word' && tokens[from - 1].capital) from--;
  if (from === to || from === 0 || !ENABLING.has(tokens[from - 1].lower)) return null;
  const subject = classifyPhrase(text, tokens.slice(from, to));
  return subject?.type === 'name' && subject.kind === 'person' ? { subject, from } : null;
}

/** Verbs that hand an infinitive to someone else or to nobody ("urged her to say", "declined to say"). */
const OTHERS_INFINITIVE = /^(?:urg|ask|tell|told|call|want|expect|forc|invit|encourag|persuad|allow|order|instruct|press|challeng|dar|need|refus|declin|fail|reluct|unwill|hesitat|tr[yi])/;

/**
 * Whether "to VERB" at `at` speaks for the sentence's subject: a quotation follows in the sentence, and no verb
 * before it passes the infinitive to someone else ("urged the minister to say") or denies it ("refused to say").
 */
function speaksOwnWords(tokens: readonly Token[], at: number): boolean {
  let quoted = false;
  for (let k = at + 1; k < tokens.length && !quoted; k++) quoted = tokens[k].kind === 'quote';
  if (!quoted) return false;
  for (let k = 0; k < at - 1; k++) if (tokens[k].kind === 'word' && OTHERS_INFINITIVE.test(tokens[k].lower)) return false;
  return true;
}

/** "“A Most Violent Year” opens on Friday": a capitalised subject wrapped whole in quote marks is a title, not someone. */
function isQuotedTitle(text: string, words: readonly Token[]): boolean {
  return isQuoteMark(text[words[0].start - 1]) && isQuoteMark(text[words[words.length - 1].end]);
}

/** Conjunctions that, after a comma, open a clause with a subject of its own (", and Doe shut him down"). */
const CLAUSE_COORDINATORS = new Set(['and', 'but', 'so', 'yet', 'while', 'whereas']);

/**
 * The subject of the clause a participle at `at` hangs on when a coordinated clause comes between it and the
 * sentence's start: "Roe grew loud, and Doe shut him down, saying …" is Doe saying it. Null when there is none.
 */
export function coordinatedClauseSubject(text: string, tokens: readonly Token[], at: number): { subject: Ref; apposition: NameRef | DescriptionRef | null } | null {
  for (let k = at - 1; k >= 2; k--) {
    const t = tokens[k];
    if (t.kind === 'quote') return null;
    if (t.kind !== 'word' || !CLAUSE_COORDINATORS.has(t.lower) || tokens[k - 1].text !== ',') continue;
    const found = sentenceSubject(text, tokens.slice(k + 1, at));
    return found && found.subject.type !== 'statement' ? found : null;
  }
  return null;
}

/**
 * The name that subjects a clause fronted by a subordinating conjunction: "When Doe walked in, the guests turned as
 * he apologised" (Doe), read past a dateline. Null unless capitalised words after the conjunction are followed by a
 * lower-case word (the clause's verb).
 */
export function frontedClauseSubject(text: string, tokens: readonly Token[]): NameRef | null {
  const at = datelineEnd(tokens);
  if (!SUBORDINATING_CONJUNCTIONS.has(tokens[at]?.lower ?? '')) return null;
  const end = capitalRunEnd(tokens, at + 1);
  const next = tokens[end];
  if (end === at + 1 || next?.kind !== 'word' || next.capital) return null;
  const ref = classifyPhrase(text, tokens.slice(at + 1, end));
  return ref?.type === 'name' && ref.kind === 'person' ? ref : null;
}

/**
 * The subject at the start of a sentence, for sentences whose speech verb hangs on a non-speech clause
 * ("Doe dodged questions, pledging only to ..."), and for keeping track of who the article is about.
 * Skips a leading adverbial ("On Monday, ...", "Asked whether ..., ").
 */
export function sentenceSubject(text: string, tokens: readonly Token[]): { subject: Ref; apposition: NameRef | DescriptionRef | null } | null {
  let start = datelineEnd(tokens);
  if (tokens[start]?.kind !== 'word') return null;
  // "From the deck of his boat, undergoing repairs at the dock, skipper Jane Doe has …": one adverbial phrase
  // after another before the subject.
  // "In the book X, which has been translated by Y, the philosopher Z …": a relative clause after a fronted phrase
  // belongs to it.
  // "With days to go before Iowa, and a few more before New Hampshire, Doe quit": a second adverbial joined to the
  // first by "and" is skipped with it.
  for (let skipped = 0; opensAdverbial(tokens, start) || (skipped > 0 && (FRONTED_RELATIVES.has(tokens[start]?.lower ?? '') || JOINED_ADVERBIAL.has(tokens[start]?.lower ?? ''))); skipped++) {
    if (skipped === MAX_LEADING_ADVERBIALS) return null;
    const comma = tokens.findIndex((t, i) => i > start && t.text === ',');
    if (skipped > 0 && JOINED_ADVERBIAL.has(tokens[start].lower)) {
      if (comma < 0) return null;
      start = comma + 1;
      continue;
    }
    // "But Jane Doe's win …", "But Jane Doe brushed him off, saying …": a connective with no comma right after it
    // stands alone ("But in April, …" then reads the adverbial after it).
    if (LONE_CONNECTIVES.has(tokens[start].lower) && tokens[start + 1]?.text !== ',') start++;
    else if (comma < 0) return null;
    else start = comma + 1;
    // "While Aisha, 36, is waiting …, Mariam Doe has …": an age set off inside the fronted clause is no end of it.
    while (tokens[start + 1]?.text === ',' && isAsideAfterName(tokens.slice(start, start + 1))) {
      const next = tokens.findIndex((t, i) => i > start + 1 && t.text === ',');
      if (next < 0) return null;
      start = next + 1;
    }
  }
  if (tokens[start]?.kind !== 'word') return null;
  let end = start;
  let loose = 0;
  // "One of Epstein's victims, Jane Doe, filed …": one of a group, named after the comma; the group's plural noun
  // belongs to the phrase.
  const oneOf = tokens[start].lower === 'one' && tokens[start + 1]?.lower === 'of';
  // "…, it was Katie Doe who got the ball rolling": a cleft names its subject after "it was".
  if (tokens[start].lower === 'it' && CLEFT_VERBS.has(tokens[start + 1]?.lower ?? '')) {
    const end = capitalRunEnd(tokens, start + 2);
    const cleft = end > start + 2 && (tokens[end]?.lower === 'who' || tokens[end]?.lower === 'that') ? classifyPhrase(text, tokens.slice(start + 2, end)) : null;
    if (cleft?.type === 'name') return { subject: cleft, apposition: null };
  }
  // "In 2022, she withdrew …": after a fronted phrase the subject pronoun is in lower case, and is the whole subject;
  // so is one with its verb written onto it ("She's the director …").
  if ((start > 0 && SUBJECT_PRONOUNS.has(tokens[start].lower)) || isPronounWithVerb(text, tokens[start])) end = start + 1;
  else while (end < tokens.length && tokens[end].kind === 'word') {
    const t = tokens[end];
    if (t.capital || PHRASE_WORDS.has(t.lower) || t.possessive || isRoleNoun(t.lower) || (end === start && (LEADING_POSSESSIVES.has(t.lower) || oneOf))
      || (oneOf && isGroupNoun(t.lower))) { end++; continue; }
    // "Social media will …", "Local officials say …": a word capitalised for opening the sentence modifies the
    // noun after it, and is no name.
    if (end === start + 1 && tokens[start].capital && (ORGANISATION_WORDS_SET.has(t.lower) || isGroupNoun(t.lower))) { end++; continue; }
    // A modifier before a name or role ("Reality star Jane Doe", "Her former husband"), never a verb.
    const next = tokens[end + 1];
    // ("Jane Doe brushed Tom off": a past tense right after a name is the verb.)
    const verbAfterName = end > start && tokens[end - 1].capital && t.lower.length > 4 && t.lower.endsWith('ed');
    // ("The actors union reached a deal": after an article, a modifier before a body's noun, and the noun; "Fans met
    // bank chairman …" has no article before "met".)
    const bodyNext = ORGANISATION_NOUN_SET.has(next?.lower ?? '') && (ARTICLES.has(tokens[end - 1]?.lower ?? '') || Boolean(tokens[end - 1]?.possessive));
    if (loose < 3 && !CLAUSE_LIKE.has(t.lower) && !verbAfterName && next?.kind === 'word' && (next.capital || isRoleNoun(next.lower) || bodyNext || twoBeforeRole(tokens, end))) { loose++; end++; continue; }
    if (end > start && ORGANISATION_NOUN_SET.has(t.lower) && !tokens[end - 1].capital) { end++; continue; }
    break;
  }
  const words = tokens.slice(start, end);
  if (!words.length || isQuotedTitle(text, words)) return null;
  const ref = classifyPhrase(text, words);
  if (!ref || ref.type === 'statement') return null;
  // "The head of the union, Jane Doe, ..." / "Jane Doe, a teacher, ..."; not "The mayor and his wife, Ann Lee,",
  // where the name is the last one's.
  if (tokens[end]?.text === ',' && !endsWithOwnRelation(words)) {
    const seg = segmentAfter(tokens, end + 1);
    // "Scissors, who consults with administration officials, said": a relative clause, no apposition.
    const other = isRelative(seg.words) ? null : classifyPhrase(text, seg.words);
    if (tokens[afterParenthesis(tokens, seg.to)]?.text === ',') {
      if (ref.type === 'description' && other?.type === 'name') return { subject: other, apposition: ref };
      if (ref.type === 'name' && other?.type === 'description') return { subject: ref, apposition: other };
      // "Curie, 21, a student at the university, came second": the age, then perhaps a description.
      if (ref.type === 'name' && isAsideAfterName(seg.words)) {
        const after = segmentAfter(tokens, seg.to + 1);
        const described = tokens[after.to]?.text === ',' ? classifyPhrase(text, after.words) : null;
        return { subject: withAge(ref, seg.words), apposition: described?.type === 'description' ? described : null };
      }
    }
  }
  return { subject: ref, apposition: null };
}

/**
 * "the civil defense director", "a junior policy adviser": right after an article or a possessor, the word at
 * `at` and the next modify the role noun after them. Neither may read as a verb or open a phrase ("the city
 * found the director" is a clause; "Fans met bank chairman Sol Pryce" has no article before "met").
 */
function twoBeforeRole(tokens: readonly Token[], at: number): boolean {
  const [before, t, next, role] = [tokens[at - 1], tokens[at], tokens[at + 1], tokens[at + 2]];
  if (!before || !(ARTICLES.has(before.lower) || before.possessive || LEADING_POSSESSIVES.has(before.lower))) return false;
  if (next?.kind !== 'word' || role?.kind !== 'word' || next.capital || !isRoleNoun(role.lower)) return false;
  if (PHRASE_WORDS.has(next.lower) || CLAUSE_LIKE.has(next.lower)) return false;
  return !t.lower.endsWith('ed') && !next.lower.endsWith('ed');
}

const MAX_LEADING_ADVERBIALS = 3;
const FRONTED_RELATIVES = new Set(['which', 'who', 'where', 'whose']);
/** Connectives that open a sentence on their own, with no comma after them ("But", "And", "So", "Yet"). */
const LONE_CONNECTIVES = new Set(['but', 'and', 'so', 'yet', 'still', 'also', 'then', 'now']);
/** Words that join a second fronted adverbial to the first ("In March, and again in May, …"). */
const JOINED_ADVERBIAL = new Set(['and', 'or']);

/** Verbs whose "that" clause takes a bare verb for what is asked of someone ("demand that voters answer"). */
const DEMANDING_VERBS = new Set(['demand', 'demands', 'demanded', 'demanding', 'ask', 'asks', 'asked', 'asking', 'urge', 'urges', 'urged', 'urging',
  'insist', 'insists', 'insisted', 'insisting', 'require', 'requires', 'required', 'requiring', 'request', 'requests', 'requested',
  'recommend', 'recommends', 'recommended', 'propose', 'proposes', 'proposed', 'suggest', 'suggests', 'suggested']);
/** Words between "that" and the bare verb a demanded act may hold: its subject. */
const MAX_DEMANDED_SUBJECT = 5;

/** The bare verb at `at` is what a demand asks for: "demanded that Republican voters answer …". */
function isDemandedAct(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 1 && at - k <= MAX_DEMANDED_SUBJECT + 1; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (t.lower === 'that') return k < at - 1 && DEMANDING_VERBS.has(tokens[k - 1]?.lower ?? '');
  }
  return false;
}

/** Past participles without -ed that open a fronted phrase ("Born in Roma, …", "Known for …", "Built in 1960, …"). */
const IRREGULAR_PARTICIPLES = new Set(['born', 'known', 'grown', 'seen', 'given', 'taken', 'driven', 'written', 'built', 'brought', 'caught', 'held', 'led', 'made', 'taught']);

/** Auxiliaries and speech verbs that follow a subject: after a word in -ing they make it a name ("Boeing is …"). */
const FINITE_AFTER_SUBJECT = ['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'said', 'says'];
const VERBS_AFTER_A_SUBJECT = new Set([...FINITE_AFTER_SUBJECT, 'can', 'could', 'may', 'might', 'must', 'should', 'did', 'does', 'also']);

/**
 * An adverbial phrase opens at `at`: a preposition or connective, a gerund ("Speaking to …"), a participle ("Moored
 * at …"), a time span ("Hours later").
 */
function opensAdverbial(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at];
  if (first?.kind !== 'word') return false;
  if (LEADING_ADVERBIAL.has(first.lower)) return true;
  const next = tokens[at + 1];
  // "More importantly, …", "Most notably, …": a degree word and a sentence adverb.
  if ((first.lower === 'more' || first.lower === 'most' || first.lower === 'less') && next?.kind === 'word' && next.lower.endsWith('ly') && tokens[at + 2]?.text === ',') return true;
  // "Speaking to reporters, …"; not "Boeing is …", "Browning said …": a name in -ing followed by its verb.
  if (first.lower.endsWith('ing') && next?.kind === 'word' && !next.capital && !VERBS_AFTER_A_SUBJECT.has(next.lower)) return true;
  // "Moored for repairs at the quay, …", "Founded in 1998, …": a participle and its preposition.
  if (((first.lower.length > 4 && first.lower.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(first.lower)) && PHRASE_OPENING_PREPOSITIONS.has(next?.lower ?? '')) return true;
  // "Hours before the game, ...", "Minutes later, ...": a time span opening an adverbial.
  return TIME_SPANS.has(first.lower) && ['before', 'after', 'later', 'earlier', 'ago'].includes(next?.lower ?? '');
}

/** "… and his wife", "… with her son": a phrase that closes on someone's own relative or partner. */
function endsWithOwnRelation(words: readonly Token[]): boolean {
  const k = words.findLastIndex((w) => w.lower === 'and' || w.lower === 'with');
  return k > 0 && POSSESSIVE_DETERMINERS.has(words[k + 1]?.lower ?? '');
}

/**
 * Before a bracketed aside that ends at `at` ("Ivo Rell (“Blue Hours”), said"): the phrase the brackets follow is
 * the one the comma closes. `at` itself when no bracket closes there.
 */
function beforeParenthesis(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== ')') return at;
  for (let i = at - 1; i > 0; i--) {
    if (tokens[i].text === '(') return tokens[i - 1].kind === 'word' ? i - 1 : at;
    if (tokens[i].text === ')') return at;
  }
  return at;
}

/**
 * Past a bracketed aside that starts at `at` ("Ivo Marsh (“Blue Hours”), also recalls"): a name's credits or
 * dates between it and its closing comma do not end the apposition. `at` itself when no bracket opens there.
 */
function afterParenthesis(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== '(') return at;
  for (let i = at + 1; i < tokens.length; i++) {
    if (tokens[i].text === ')') return i + 1;
    if (tokens[i].text === '(') return at;
  }
  return at;
}

const TIME_SPANS = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'moments']);

/**
 * Where the text starts after a dateline ("KESTREL BAY, N.Y. — ", "LONDON (Reuters) - "): a place in capitals
 * before a dash is not the sentence's subject. 0 when there is none.
 */
function datelineEnd(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (first?.kind !== 'word' || !isCapitalsWord(first.text)) return 0;
  const dash = tokens.findIndex((t, i) => i < 10 && t.kind === 'punct' && /^[—–-]+$/.test(t.text));
  return dash > 0 ? dash + 1 : 0;
}

/** A word in capitals ("KESTREL", "N.Y."): most words fail on their second letter, with no regex run. */
function isCapitalsWord(text: string): boolean {
  const second = text.charCodeAt(1);
  if (text.length < 3 || (second >= 97 && second <= 122)) return false;
  return /^\p{Lu}[\p{Lu}.'’-]{2,}$/u.test(text);
}

const LEADING_ADVERBIAL = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'earlier', 'later', 'meanwhile', 'however', 'asked', 'speaking',
  'when', 'while', 'as', 'despite', 'since', 'following', 'responding', 'writing', 'last', 'this', 'yesterday',
  'today', 'separately', 'instead', 'still', 'also', 'but', 'and', 'so', 'then', 'now', 'by', 'for', 'with', 'under',
  'although', 'though', 'if', 'once', 'until', 'according', 'amid', 'even', 'in', 'from',
  'across', 'throughout', 'within', 'beyond', 'among', 'behind',
]);
const PHRASE_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'at']);
const LEADING_POSSESSIVES = new Set(['her', 'his', 'their', 'its']);
const CLAUSE_LIKE = new Set([...FINITE_AFTER_SUBJECT, 'told', 'to', 'not']);

function isPluralSubject(ref: Ref): boolean {
  if (ref.type === 'pronoun') return ref.target === 'plural';
  if (ref.type === 'description') return ref.kind === 'group';
  if (ref.type === 'name') return ref.kind === 'organisation' || ref.kind === 'group';
  return false;
}
