// Attribution: names a speaker for every quote span, finds reported speech, and builds the speaker registry.
// One pass over the paragraphs in order; each sentence is tokenised once.
import { SUBJECT_PRONOUNS } from '../../data/pronouns';
import { SUBORDINATING_CONJUNCTIONS } from '../../data/sentence-openers';
import { STATEMENT_SUBJECTS } from '../../data/titles';
import type { ArticleDocument } from '../document';
import type { QuoteSpan } from '../quotes';
import type { Quote, Speaker } from '../types';
import { findAcronyms } from './acronyms';
import { creditEchoes } from './echo';
import { findFullNames } from './full-names';
import { registerAppositions, registerTitledNamesIn } from './appositions';
import { chooseEvent, type ResolvedEvent } from './choose';
import { coordinatedClauseSubject, findSpeechEvents, frontedClauseSubject, sentenceSubject, type SpeechEvent } from './events';
import type { NameRef, PronounRef, Ref } from './mentions';
import { phraseTokens } from './phrase-tokens';
import { registerPredicateRole } from './predicate-roles';
import { reportedSpeech } from './reported';
import { SentenceCapitals } from './sentence-capitals';
import { pronounFits, Registry, rootOf, type Entity } from './registry';
import { resolveRef } from './resolve';
import { bareNameAt, signatureAt, type Signature } from './signature';
import { writerInterlocutor } from './interlocutors';
import { answerer, answersWithPronoun, listenerOf, type Listener } from './listeners';
import { nestedSpeakers, withoutUnnamedNested } from './nested';
import { buildSpeakers, type IndirectQuote } from './speakers';
import type { MaskedSpan, Token } from './tokens';
import { attributionUnits } from './units';

export { attributionUnits } from './units';

interface UnitInfo {
  tokens: Token[];
  events: ResolvedEvent[];
}

/** Names a speaker for every quote span, finds reported speech, and builds the speaker registry. */
export function attributeQuotes(doc: ArticleDocument, spans: QuoteSpan[]): { quotes: Quote[]; speakers: Speaker[] } {
  const paragraphs = doc.paragraphs;
  const registry = new Registry(findAcronyms(paragraphs), () => findFullNames(paragraphs));
  const speakerOf: (Entity | null)[] = spans.map(() => null);
  // Quotations given the last speaker only because they open a paragraph (carry-over), not by any words of their own.
  const carried = new Set<number>();
  const indirect: IndirectQuote[] = [];
  const byParagraph = new Map<number, number[]>();
  // Quotations quoted inside another are read from the outer one's words alone, after it (nested.ts).
  const insideOf = new Map<number, number[]>();
  for (let i = 0; i < spans.length; i++) {
    const outer = spans[i].insideOf;
    if (outer !== undefined && outer !== null) {
      const inner = insideOf.get(outer);
      if (inner) inner.push(i);
      else insideOf.set(outer, [i]);
      continue;
    }
    const list = byParagraph.get(spans[i].paragraph);
    if (list) list.push(i);
    else byParagraph.set(spans[i].paragraph, [i]);
  }

  // Who spoke last, and whether a paragraph that opens with a quotation may take them as its speaker.
  let lastSpeaker: Entity | null = null;
  let carry = false;
  // Whom the last paragraph was about, when it quoted nobody and opened with a named subject ("Doe meanwhile wrapped
  // up his win …"): the one a following paragraph of bare quotation is heard from.
  let topic: Entity | null = null;
  // Who the last sentence reported the words of ("The union said X ..."), while the next plain sentence goes on.
  let reporter: Entity | null = null;
  // Whom the last sentence told or asked something: the one who answers next (listeners.ts).
  let spokenTo: Listener | null = null;
  // Everyone a quotation has been given to so far.
  const heardFrom = new Set<Entity>();

  // Capitalised words at a sentence's start that name nobody ("New signs …"), or someone ("May said").
  const capitals = new SentenceCapitals(paragraphs, registry);

  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p];
    const mine = byParagraph.get(p) ?? [];
    if (mine.length > 1) mine.sort((a, b) => spans[a].start - spans[b].start);
    const masked: MaskedSpan[] = [];
    const mySpans: QuoteSpan[] = [];
    for (const index of mine) {
      masked.push({ start: spans[index].start, end: spans[index].end, index });
      mySpans.push(spans[index]);
    }
    const units = attributionUnits(doc.sentences[p] ?? [], mySpans);
    const infos: UnitInfo[] = [];
    let spokeHere = false;
    let subjectIsLastSpeaker = false;
    let openingSubject: Entity | null = null;
    for (const unit of units) {
      const tokens = phraseTokens(text, unit.start, unit.end, masked);
      registerAppositions(text, tokens, registry, p);
      focusFrontedClauseSubject(text, tokens, registry, capitals, p);
      const events = findSpeechEvents(text, tokens);
      // The sentence's opening subject serves events without a subject of their own, and sentences without
      // events; it is read only then.
      const pronounLater = pronounSpeakingLater(tokens, events);
      for (const e of events) {
        if (capitals.isCommonWord(e.subject, tokens)) e.subject = null;
        else if (!e.subject && !e.shared) e.subject = capitals.calendarNamedSubject(tokens, e.verbAt);
      }
      let opening = needsOpening(events) || pronounLater ? sentenceSubject(text, tokens) : null;
      if (opening && capitals.isCommonWord(opening.subject, tokens)) opening = null;
      // "Doe, in her testimony, criticised what she called “experiments”": a pronoun later in the sentence stands
      // first for the person the sentence opens with, so that person comes into focus before the events resolve.
      // "When she said no, Roof told her: …": "her" after the named subject is someone else, whom "she" is too.
      if (pronounLater && opening?.subject.type === 'name' && opening.subject.kind === 'person' && !objectPronounLike(tokens, pronounLater)) {
        const named = resolveRef(registry, opening.subject, opening.apposition, p);
        if (named?.kind === 'person' && pronounFits(named, pronounLater)) registry.focus(named);
      }
      const resolved: ResolvedEvent[] = [];
      let heardBy = spokenTo;
      spokenTo = null;
      for (const e of events) {
        if (e.shared && !e.subject) {
          const own = coordinatedClauseSubject(text, tokens, e.verbAt) ?? opening;
          if (own) { e.subject = own.subject; e.apposition = own.apposition; }
        }
        const answering = heardBy && answersWithPronoun(tokens, e) ? answerer(registry, heardBy, e) : null;
        const entity = answering ?? resolveRef(registry, e.subject, e.apposition, p);
        const listener = listenerOf(text, tokens, e, p);
        if (listener) heardBy = spokenTo = listener;
        // A weak verb after another speaker's verb sits in what they said ("Doe added that the bill Vale signed …").
        const inOthersWords = e.verb?.weak && resolved.some((r) => r.entity && r.verbAt < e.verbAt);
        if (entity && leadsClause(tokens, e) && !inOthersWords) registry.focus(entity);
        resolved.push({
          verbAt: e.verbAt, verb: e.verb, subject: e.subject, apposition: e.apposition, shared: e.shared, from: e.from, to: e.to, passive: e.passive, entity,
        });
      }
      // A heading ("Story Tools", "The Verdict") has a capitalised phrase and no clause: it brings nobody into focus.
      if (!events.length && opening && !isHeading(tokens)) {
        const entity = resolveRef(registry, opening.subject, opening.apposition, p, { create: mayIntroduce(opening.subject) });
        if (!infos.length && opening.subject.type === 'name' && entity && (entity.kind === 'person' ? entity.nameWords.length > 0 : entity.nameWords.length > 1)) {
          openingSubject = entity;
        }
        // A plain sentence right after reported speech usually goes on reporting it ("He said X sold the lease.
        // X then sold it on."): its subject does not take the focus from the speaker, but stays in mind right
        // behind them, for a "he" the speaker cannot be ("The union said ... Jane Doe visited ... he said").
        if (entity && !reporter) registry.focus(entity);
        else if (entity && reporter) registry.focusBehind(entity, reporter);
        if (entity && lastSpeaker && rootOf(entity) === rootOf(lastSpeaker)) subjectIsLastSpeaker = true;
      }
      // "The cuts make it hard for Radio to run experiments. “…,” he says.": a paragraph that opens on something other
      // than a person, naming only one person already quoted, brings that person into focus for the pronoun after it,
      // and is about them for a paragraph of bare quotation after it.
      if (!infos.length && !events.length && !isHeading(tokens) && !(opening && refersToPerson(opening.subject))) {
        const named = onlyPersonNamed(tokens, registry);
        if (named && wasHeard(heardFrom, named)) {
          registry.focus(named);
          // ("But for Doe the losses are personal." then a paragraph of bare quotation: hers.)
          openingSubject = named;
        }
      }
      infos.push({ tokens, events: resolved });
      registerPredicateRole(text, tokens, registry); // once the sentence's people are known
      // "X said in a statement ..." makes X the author a later "the statement said" refers to.
      for (const e of resolved) if (e.entity && namesStatementAfter(tokens, e.to)) registry.lastStatementAuthor = e.entity;
      // The main clause speaks first; "He added that some leaders now deny ..." is still him.
      let main: ResolvedEvent | undefined;
      for (const e of resolved) if (e.entity && !e.passive && leadsClause(tokens, e)) { main = e; break; }
      if (main) { spokeHere = true; lastSpeaker = main.entity; }
      let reportedBy: Entity | null = null;
      // Reported speech from the main clause and the verbs sharing its subject; a verb inside the reported
      // clause ("He added that some leaders now deny ...") is part of it.
      let firstOwn = -1;
      for (let k = 0; k < resolved.length; k++) if (!resolved[k].shared && !resolved[k].passive) { firstOwn = k; break; }
      for (let k = 0; k < resolved.length; k++) {
        const e = resolved[k];
        if (!e.entity || e.passive || (!e.shared && k !== firstOwn)) continue;
        const reported = reportedSpeech(text, tokens, e, resolved);
        // ("defended her decision, saying that …": both verbs reach the same clause, reported once.)
        if (reported && !indirect.some((q) => q.paragraph === p && q.start === reported.start)) indirect.push({ entity: e.entity, paragraph: p, ...reported });
        if (reported) reportedBy ??= e.entity;
      }
      if (events.length || hasQuote(tokens)) reporter = reportedBy;
      const met = writerInterlocutor(text, tokens);
      const metEntity = met && registry.fromDescription(met, p);
      if (metEntity) registry.focus(metEntity);
    }

    // Each quote: the best event of any unit it sits in.
    // Carry-over is for a paragraph that is all quotation, or a quotation and then the writer's gloss on it ("“…”
    // This ‘trick’ was the model."); one whose narrative may bring someone in ("Jane Doe, 34, was in the shop") names
    // its speaker some other way, or nobody.
    const opensWithQuote = mine.length > 0 && spans[mine[0]].start <= 1 && !hasWord(infos[0]?.tokens ?? []) && infos.slice(1).every((u) => isGloss(u, registry));
    let signature: Signature | null = null;
    let bare: NameRef | null = null;
    let namedAlone: Entity | null = null;
    for (const index of mine) {
      const choice = chooseEvent(infos, index);
      let entity: Entity | null = null;
      if (choice) entity = choice.entity;
      else if (spans[index].continuationOf !== null) entity = speakerOf[spans[index].continuationOf!];
      else if ((signature = signedBy(text, spans[index], opensWithQuote ? paragraphs[p + 1] : undefined))) {
        entity = resolveRef(registry, signature.name, signature.apposition, p);
      } else if ((bare = bareNameAt(text, spans[index].end + 1)) && registry.callsSomeone(bare.words[bare.words.length - 1])) {
        entity = namedAlone = resolveRef(registry, bare, null, p);
      } else if (namedAlone) entity = namedAlone; // "“…” Doe. “…”": the quotation goes on after the name
      else if (opensWithQuote && carry) { entity = lastSpeaker; carried.add(index); }
      else if (opensWithQuote && topic) { entity = topic; carried.add(index); }
      if (choice && entity) retagRun(spans, index, entity, speakerOf, carried);
      speakerOf[index] = entity;
      if (entity) { lastSpeaker = entity; spokeHere = true; heardFrom.add(rootOf(entity)); registry.heardSaying(entity, spans[index].text); }
    }
    for (const outer of mine) {
      const inner = insideOf.get(outer);
      if (!inner) continue;
      const found = nestedSpeakers(text, doc.sentences[p] ?? [], spans, spans[outer], inner, registry, speakerOf[outer], paragraphs);
      inner.forEach((index, k) => {
        const voice = spans[index].voiceOf;
        speakerOf[index] = found[k] ?? (voice !== undefined && voice !== null ? speakerOf[voice] : null);
      });
    }
    // Once the paragraph's quotations have their speakers: a title inside one still says who someone is.
    for (const index of mine) registerTitledNamesIn(text, spans[index].start, spans[index].end, registry, p);
    carry = spokeHere || subjectIsLastSpeaker;
    topic = !mine.length && !spokeHere ? openingSubject : null;
  }

  registry.mergeLedeDescriptions();
  creditEchoes(spans, speakerOf);
  spans.forEach((s, i) => { if (speakerOf[i]) registry.heardSaying(speakerOf[i]!, s.text); }); // nested and echoed words too
  const kept = withoutUnnamedNested(spans, speakerOf);
  return buildSpeakers(kept.spans, kept.speakerOf, indirect);
}

/** Whether `e` (or whoever it was merged into) is among those quoted so far. */
function wasHeard(heard: ReadonlySet<Entity>, e: Entity): boolean {
  const root = rootOf(e);
  for (const h of heard) if (rootOf(h) === root) return true;
  return false;
}

/** A subject that is someone: a person's name or description, or a pronoun. */
function refersToPerson(ref: Ref): boolean {
  return ref.type === 'pronoun' || ((ref.type === 'name' || ref.type === 'description') && ref.kind === 'person');
}

/** The one known person a sentence names by a capitalised name word past its first word, or null (none, or two). */
function onlyPersonNamed(tokens: readonly Token[], registry: Registry): Entity | null {
  let found: Entity | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || !t.capital) continue;
    const person = registry.personCalled(t.lower);
    if (!person) continue;
    if (found && found !== person) return null;
    found = person;
  }
  return found;
}

/**
 * Whether a sentence that quotes nobody may bring its subject in as someone new: a name, or a person the article
 * describes and may quote next ("By then the city's parks director found … “…,” he said"). A bare title ("the
 * Minister") stands for someone named, and an organisation speaks only through its own verbs.
 */
/** The signature right after the quotation's closing mark, or opening the next paragraph when this one is all quotation. */
function signedBy(text: string, span: QuoteSpan, next: string | undefined): Signature | null {
  return signatureAt(text, span.end + 1) ?? (next !== undefined && span.end + 1 >= text.trimEnd().length ? signatureAt(next, 0) : null);
}

/**
 * A quotation running over paragraphs whose last part is tagged ("“A … / “B …,” Doe concluded."): the tag names the
 * speaker of the whole run, over the last speaker its first part was carried over from.
 */
function retagRun(spans: readonly QuoteSpan[], tagged: number, speaker: Entity, speakerOf: (Entity | null)[], carried: Set<number>): void {
  const run: number[] = [];
  for (let k = spans[tagged].continuationOf; k !== null && k !== undefined; k = spans[k].continuationOf) run.push(k);
  const first = run[run.length - 1];
  if (first === undefined || !carried.has(first)) return;
  for (const k of run) speakerOf[k] = speaker;
  carried.delete(first);
}

/**
 * "When Doe walked in, the guests turned as he apologised": the subject of a fronted clause comes into mind before
 * the main clause's (which stays the more salient), so a "he" the main subject cannot be finds Doe. Only someone the
 * article names in full, or already knows, is brought in: "When Congress voted, …" brings nobody.
 */
function focusFrontedClauseSubject(text: string, tokens: readonly Token[], registry: Registry, capitals: SentenceCapitals, p: number): void {
  const subject = frontedClauseSubject(text, tokens);
  if (!subject || capitals.isCommonWord(subject, tokens)) return;
  if (subject.words.length < 2 && !registry.callsSomeone(subject.words[0])) return;
  const entity = resolveRef(registry, subject, null, p, { create: true });
  if (entity?.kind === 'person') registry.focus(entity);
}

function mayIntroduce(subject: Ref): boolean {
  if (subject.type === 'name') return true;
  if (subject.type !== 'description' || !subject.definite || subject.titleOnly) return false;
  // "The actors union reached a deal": a body described in two words or more, whom a later "the union said" means.
  return subject.kind === 'person' || (subject.kind === 'organisation' && subject.text.includes(' '));
}

/** Whether the sentence's opening subject can matter: no event at all, or one that borrows its subject. */
function needsOpening(events: readonly SpeechEvent[]): boolean {
  if (!events.length) return true;
  for (const e of events) if (e.shared && !e.subject) return true;
  return false;
}

/**
 * The pronoun an event has for its speaker after the sentence's first word ("Doe ... what she called"), in a
 * sentence that does not open with a pronoun itself ("She urged Doe ..., saying ..." is hers), or null. A pronoun
 * set off after a comma, dash or quotation ("Hale was carried out by firefighters, she said,") reports the words
 * for whoever is in focus, the one quoted before, so it is not one.
 */
function pronounSpeakingLater(tokens: readonly Token[], events: readonly SpeechEvent[]): PronounRef | null {
  if (tokens[0]?.kind !== 'word' || SUBJECT_PRONOUNS.has(tokens[0].lower)) return null;
  let later: PronounRef | null = null;
  for (const e of events) {
    if (e.shared || e.subject?.type !== 'pronoun') continue;
    // "He said …" looks back; "Although he said …, Doe …" looks ahead, to the main clause's subject.
    if (e.from === 0 && !(e.verbAt > 1 && SUBORDINATING_CONJUNCTIONS.has(tokens[0].lower))) return null;
    if (setOff(tokens, e.verbAt)) continue;
    later = e.subject;
  }
  return later;
}

/** The sentence holds an object pronoun of the same person as `pronoun` ("told her:" for "she", "him" for "he"); a
 *  "her" before a noun is a possessive ("in her evidence") and is none. */
function objectPronounLike(tokens: readonly Token[], pronoun: PronounRef): boolean {
  if (pronoun.target === 'male') return tokens.some((t) => t.kind === 'word' && t.lower === 'him');
  if (pronoun.target !== 'female') return false;
  return tokens.some((t, i) => t.kind === 'word' && t.lower === 'her' && (tokens[i + 1]?.kind !== 'word' || OBJECT_FOLLOWERS.has(tokens[i + 1].lower)));
}
/** Words after an object "her" ("told her that", "asked her to", "gave her the"), never after a possessive one. */
const OBJECT_FOLLOWERS = new Set(['to', 'that', 'about', 'if', 'whether', 'the', 'a', 'an', 'not', 'and', 'because', 'when', 'what', 'how']);

/** The pronoun before the verb at `verbAt` comes right after a comma, dash or quotation (", she said,"). */
function setOff(tokens: readonly Token[], verbAt: number): boolean {
  const before = tokens[verbAt - 2];
  return !before || before.kind !== 'word';
}

/** A statement noun among the five tokens from `from` on ("said in a statement"). */
function namesStatementAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 5 && k < tokens.length; k++) {
    if (tokens[k].kind === 'word' && STATEMENT_SUBJECTS.has(tokens[k].lower)) return true;
  }
  return false;
}

function hasQuote(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.kind === 'quote') return true;
  return false;
}

/** A sentence of the writer's that says nothing of who speaks: no speech verb, no name or pronoun subject. A
 *  capital anywhere but its first word may be a name, and a sentence opening with "He", "She" or a known name tells
 *  of someone's act. */
function isGloss(unit: UnitInfo, registry: Registry): boolean {
  if (unit.events.length) return false;
  let first = true;
  for (const t of unit.tokens) {
    if (t.kind !== 'word') continue;
    if (first ? SUBJECT_PRONOUNS.has(t.lower) || registry.callsSomeone(t.lower) : t.capital) return false;
    first = false;
  }
  return true;
}

function hasWord(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.kind === 'word') return true;
  return false;
}

/** A subject at the start of its clause ("She described ...", "“...,” she called it"), not inside a relative
 * clause ("any meeting the minister called"). */
/**
 * Whether an event speaks for its sentence: not a weak verb inside a clause, and not an aside set off by dashes
 * ("Odd as it sounds — the late botanist wrote about it — Venn was not pleased"), whose subject is only mentioned.
 */
function leadsClause(tokens: readonly Token[], e: { verb?: { weak?: boolean } | null; from: number; to: number }): boolean {
  if (e.verb?.weak && !clauseInitial(tokens, e.from)) return false;
  return !betweenDashes(tokens, e.from, e.to);
}

function isDash(t: Token): boolean {
  return t.kind === 'punct' && (t.text === '—' || t.text === '–');
}

function betweenDashes(tokens: readonly Token[], from: number, to: number): boolean {
  let before = 0;
  for (let i = 0; i < from; i++) if (isDash(tokens[i])) before++;
  if (before % 2 === 0) return false;
  for (let i = to; i < tokens.length; i++) if (isDash(tokens[i])) return true;
  return false;
}

function clauseInitial(tokens: readonly Token[], from: number): boolean {
  return from === 0 || tokens[from - 1].kind !== 'word';
}

/** Only capitalised words, a few, with no stop or clause after them: a subhead or a label in the body. */
function isHeading(tokens: readonly Token[]): boolean {
  if (tokens.length === 0 || tokens.length > MAX_HEADING_WORDS) return false;
  for (const t of tokens) if (t.kind !== 'word' || !t.capital) return false;
  return true;
}
const MAX_HEADING_WORDS = 5;
