// Who says a quotation quoted inside another: the one the outer words name ("I heard Jane Doe ask, ‘Is it
// done?’" → Jane Doe; "I told them: ‘No.’" → the outer speaker). Read only from the outer quotation's own
// sentences; a description of one person there has no honest referent (a group described speaks as itself), and a
// "he" only the person nested-pronoun.ts finds (not the article's focus, often the speaker, but whom the narrative
// just named). A quotation inside another that names nobody is a voice the speaker imagines ("people are asking
// ‘is it fair?’"), not someone's words: it stays part of the outer one.
import type { Sentence } from '../document';
import type { QuoteSpan } from '../quotes';
import { chooseEvent, type ResolvedEvent } from './choose';
import { findSpeechEvents, sentenceSubject } from './events';
import { rootOf, type Entity, type Registry } from './registry';
import { nestedPronounReferent } from './nested-pronoun';
import { resolveRef } from './resolve';
import { phraseTokens } from './phrase-tokens';
import type { MaskedSpan, Token } from './tokens';

/**
 * Speakers of the quotations `inner` (indices into `spans`) quoted inside `outer`, in the order given.
 * `outerSpeaker` is who says the outer quotation: its "I".
 */
export function nestedSpeakers(
  text: string,
  sentences: readonly Sentence[],
  spans: readonly QuoteSpan[],
  outer: QuoteSpan,
  inner: readonly number[],
  registry: Registry,
  outerSpeaker: Entity | null,
  /** The article's paragraphs, for the person a "he" in the outer words stands for (nested-pronoun.ts). */
  paragraphs: readonly string[] = [text],
): (Entity | null)[] {
  const masked: MaskedSpan[] = inner.map((index) => ({ start: spans[index].start, end: spans[index].end, index }));
  const units: { tokens: Token[]; events: ResolvedEvent[] }[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    // "‘I’m cooking a roast. I fell asleep,’ he said.": a sentence that ends inside an inner quotation goes on to
    // the sentence its closing mark is in, so the verb after it is in the same unit.
    let end = s.end;
    while (i + 1 < sentences.length && masked.some((m) => m.start < end && end <= m.end)) end = sentences[++i].end;
    const from = Math.max(s.start, outer.start);
    const to = Math.min(end, outer.end);
    if (from >= to) continue;
    const tokens = phraseTokens(text, from, to, masked);
    const events = findSpeechEvents(text, tokens);
    const opening = events.some((e) => e.shared && !e.subject) ? sentenceSubject(text, tokens) : null;
    const resolved: ResolvedEvent[] = events.map((e) => {
      // "So I rang her and said ‘…’": a verb sharing its subject says what the nearest "I" before it says.
      const saidBySelf = e.shared && !e.subject ? nearestSubjectIsSelf(tokens, e.verbAt) : !e.subject && subjectIsSelf(tokens, e.from, e.verbAt);
      if (e.shared && !e.subject && opening) { e.subject = opening.subject; e.apposition = opening.apposition; }
      // Field by field, as index.ts builds its events: one object shape, and no property added to a spread copy
      // (V8's slow path).
      let entity = speakerNamed(e, registry, outer.paragraph, saidBySelf ? outerSpeaker : null);
      if (!entity && e.subject?.type === 'pronoun' && !e.shared) {
        const said = { pronoun: e.subject, at: tokens[e.verbAt]?.start ?? outer.start };
        entity = nestedPronounReferent(paragraphs, outer.paragraph, outer.start, said, registry, outerSpeaker);
      }
      return { verbAt: e.verbAt, verb: e.verb, subject: e.subject, apposition: e.apposition, shared: e.shared, from: e.from, to: e.to, passive: e.passive, entity };
    });
    units.push({ tokens, events: resolved });
  }
  return inner.map((index) => {
    // Only the inner quotation's own sentence: another sentence of the testimony may report someone else.
    const home = units.find((u) => u.tokens.some((t) => t.kind === 'quote' && t.quote === index));
    if (!home) return null;
    const said = chooseEvent([home], index)?.entity ?? null;
    return said ?? (introducedBySelf(text, home.tokens, spans[index], index) ? outerSpeaker && rootOf(outerSpeaker) : null);
  });
}

function speakerNamed(
  e: Omit<ResolvedEvent, 'entity'>, registry: Registry, paragraph: number, outerSpeakerAsI: Entity | null,
): Entity | null {
  if (e.subject?.type === 'name') return resolveRef(registry, e.subject, null, paragraph);
  // "aid groups have warned that ‘…’": a group the outer words describe speaks as itself (a lone "the referee" has
  // no honest referent).
  if (e.subject?.type === 'description' && e.subject.kind === 'group') return resolveRef(registry, e.subject, null, paragraph);
  // "I told them" inside someone's quotation: the "I" is that someone.
  return outerSpeakerAsI && rootOf(outerSpeakerAsI);
}

/** "I told", "So I just told", "we said": the words before the verb hold "I" or "we" (isSpeakerSelf). */
function subjectIsSelf(tokens: readonly Token[], from: number, verbAt: number): boolean {
  for (let i = from; i < verbAt; i++) {
    const t = tokens[i];
    if (t.kind === 'word' && isSpeakerSelf(t)) return true;
  }
  return false;
}

/** "I", or "we", whose words are the speaker's too ("the minute we saw it we said, ‘…’"). */
function isSpeakerSelf(t: Token): boolean {
  return t.text === 'I' || t.lower === 'we';
}

/** "I think of it like this: ‘…’": a colon after a clause whose nearest subject is "I" gives that I's words. */
function introducedBySelf(text: string, tokens: readonly Token[], span: QuoteSpan, index: number): boolean {
  const at = tokens.findIndex((t) => t.kind === 'quote' && t.quote === index);
  if (at < 0 || !/:\s*["'\u2018\u201C]\s*$/.test(text.slice(Math.max(0, span.start - 4), span.start))) return false;
  return nearestSubjectIsSelf(tokens, at);
}

/** Subject pronouns that may stand before a verb sharing its subject ("…, and she said"). */
const SUBJECT_WORDS = new Set(['i', 'we', 'you', 'he', 'she', 'they']);

/** The subject pronoun nearest before the verb at `verbAt` is "I" or "we". */
function nearestSubjectIsSelf(tokens: readonly Token[], verbAt: number): boolean {
  for (let i = verbAt - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.kind === 'word' && SUBJECT_WORDS.has(t.lower)) return isSpeakerSelf(t);
  }
  return false;
}

/** The spans and their speakers without the inner quotations nobody is named for; indices renumbered. */
export function withoutUnnamedNested(
  spans: readonly QuoteSpan[], speakerOf: readonly (Entity | null)[],
): { spans: QuoteSpan[]; speakerOf: (Entity | null)[] } {
  const newIndex: number[] = [];
  const kept: QuoteSpan[] = [];
  const keptSpeakers: (Entity | null)[] = [];
  spans.forEach((s, i) => {
    const inner = s.insideOf !== undefined && s.insideOf !== null;
    if (inner && !speakerOf[i]) return;
    newIndex[i] = kept.length;
    kept.push(s);
    keptSpeakers.push(speakerOf[i]);
  });
  if (kept.length === spans.length) return { spans: [...spans], speakerOf: [...speakerOf] };
  // Only indices that exist are rewritten: giving a copy an `insideOf` its span lacks (`{ ...s, insideOf }`) sends
  // V8 down a slow path, some 4 µs a span.
  const renumbered = kept.map((s) => {
    const copy = { ...s };
    if (s.continuationOf !== null) copy.continuationOf = newIndex[s.continuationOf];
    if (s.insideOf !== undefined && s.insideOf !== null) copy.insideOf = newIndex[s.insideOf];
    if (s.voiceOf !== undefined && s.voiceOf !== null) copy.voiceOf = newIndex[s.voiceOf] ?? null;
    return copy;
  });
  return { spans: renumbered, speakerOf: keptSpeakers };
}
