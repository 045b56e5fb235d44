// Which speech event a quotation belongs to:
//   1. an event right beside it ("“...,” she said" / "She said: “...”" / "“...,” said Jane Doe");
//   2. else the nearest event in its unit, before the quote first ("Doe told MPs that “no union” had ...");
//   3. else the nearest event in another unit of the paragraph ("“A,” Doe said. “B.”").
// Returns null when the paragraph has no event for it (the caller then tries continuation and carry-over).
import { SUBORDINATING_CONJUNCTIONS } from '../../data/sentence-openers';
import type { Entity } from './registry';
import type { SpeechEvent } from './events';
import type { Token } from './tokens';

export interface ResolvedEvent extends SpeechEvent {
  entity: Entity | null;
}

export interface UnitEvents {
  tokens: readonly Token[];
  events: readonly ResolvedEvent[];
}

const LEAD_IN = new Set([':', ',', 'that', 'on', 'in', 'at', 'a', 'an', 'the', 'to']);
/** Words that open a clause of its own after a quotation, with a subject before its verb ("…,” but members asked). */
const NEW_CLAUSE_OPENERS = new Set(['but', 'and', 'yet', 'while', 'whereas']);
/** Marks that open a quotation after its speaker's verb ("said, “…", "said: “…"). */
const LEAD_MARKS = new Set([',', ':']);

/** How close `e` sits beside the quote at token `q` (smaller is closer), or null when it is not beside it. */
function adjacency(tokens: readonly Token[], e: SpeechEvent, q: number): number | null {
  if (e.from > q) {
    // After the quote: its subject (or inverted verb) starts right after, a comma allowed.
    const gap = e.from - q - 1;
    if (gap > 1) return null;
    for (let k = q + 1; k < e.from; k++) if (tokens[k].kind !== 'punct') return null;
    // "“patched” the software as the company continued": a subordinate clause after the quote is not its speaker.
    // "“…,” as the paper reported." is the paper's words: "as" with a tag that closes the sentence.
    for (let k = e.from; k < e.verbAt && tokens[k].text !== ','; k++) {
      // "… that the department “would …,” but trust members questioned it": a new clause with its own subject.
      if (k === e.from && NEW_CLAUSE_OPENERS.has(tokens[k].lower) && k + 1 < e.verbAt) return null;
      if (SUBORDINATING_CONJUNCTIONS.has(tokens[k].lower) && !(tokens[k].lower === 'as' && !e.verb?.thought && endsSentenceWithin(tokens, e.to, TAG_TAIL_WORDS))) return null;
    }
    return gap;
  }
  if (e.to <= q) {
    // Tokens e.to … q-1 stand between the event and the quote.
    const between = q - e.to;
    for (let k = e.to; k < q; k++) if (tokens[k].kind === 'quote') return null;
    if (!between) return 0;
    const last = tokens[q - 1];
    if (between <= 8 && (last.text === ':' || last.text === ',')) return between;
    if (between <= 2) {
      for (let k = e.to; k < q; k++) if (!LEAD_IN.has(tokens[k].lower)) return null;
      return between;
    }
  }
  return null;
}

export function chooseEvent(units: readonly UnitEvents[], spanIndex: number): { entity: Entity | null } | null {
  // "She was asked, “Do you feel guilty?”", "she was warned that “…”": the words were put to her, so whoever else
  // the paragraph gives them to, never her (not "She answered" after them either).
  const spokenTo = spokenToBefore(units, spanIndex);
  const best = new BestEvent(spokenTo);
  let firstHome = -1;
  let lastHome = -1;
  // A speaker in the quote's own sentence, before it, whose words we could not read ("censors had instructed
  // aggregators to “block it”", "the city's flood office posted … with the caption, “…”"): the sentence says someone
  // else speaks, so no other sentence's speaker is borrowed.
  let unreadSpeakerBefore = false;
  for (let ui = 0; ui < units.length; ui++) {
    const u = units[ui];
    for (let qi = 0; qi < u.tokens.length; qi++) {
      const t = u.tokens[qi];
      if (t.kind !== 'quote' || t.quote !== spanIndex) continue;
      if (firstHome < 0) firstHome = ui;
      lastHome = ui;
      // "That mobility is low suggests “…” except here, Doe said.": the unreadable subject just before the quote
      // speaks for it only when no tag at the end of the sentence names who said the whole of it.
      let unreadLead: number | null = null;
      const tag = u.events.find((e) => e.from > qi && Boolean(e.entity) && reportsSpeech(e) && endsSentenceAsTag(u.tokens, e));
      for (const e of u.events) {
        if (e.passive) continue; // "“…,” she was told": spoken to, not speaking
        // "The ministry added the attack answered Ukrainian attacks on “…”": a weak verb with no subject it can read,
        // inside the words a speaker named before it reports, is part of those words.
        if (!e.entity && !e.subject && !reportsSpeech(e) && u.events.some((o) => o.entity && !o.passive && o.verbAt < e.verbAt && reportsSpeech(o))) continue;
        const adj = adjacency(u.tokens, e, qi);
        if (adj !== null && !e.entity && e.to <= qi && tag) { unreadLead = adj; continue; }
        // "He said, “…,” the office said": the words are the one who said them; the tag reports the whole sentence.
        if (adj !== null && e.entity && e.to < qi && reportsSpeech(e) && LEAD_MARKS.has(u.tokens[qi - 1].text) && closedByTag(u, qi)) {
          best.consider(0, -1, e.entity);
          continue;
        }
        if (adj !== null) { best.consider(0, adj, e.entity); continue; }
        if (!e.entity) { // an unreadable subject only claims the quote beside it
          if (e.to <= qi && reportsSpeech(e)) unreadSpeakerBefore = true;
          continue;
        }
        if (e.verb?.thought) continue;
        if (e.verb?.weak && e.to > qi) continue; // "called the plan “reckless”": only what follows a weak verb
        if (e.to <= qi) best.consider(1, qi - e.to, e.entity);
        else best.consider(2, e.from - qi, e.entity);
      }
      if (unreadLead !== null && tag) best.consider(0, unreadLead, tag.entity);
    }
  }
  if (best.found || firstHome < 0) return best.found;
  if (unreadSpeakerBefore) return { entity: null };
  const other = (e: ResolvedEvent) => !e.entity || !spokenTo || e.entity !== spokenTo;
  // Other units of the paragraph: the nearest one before, else after.
  for (let d = 1; d < units.length; d++) {
    const before = units[firstHome - d];
    if (before) {
      for (let k = before.events.length - 1; k >= 0; k--) if (speaksFor(before, before.events[k]) && other(before.events[k])) return { entity: before.events[k].entity };
    }
    const after = units[lastHome + d];
    if (after) for (const e of after.events) if (speaksFor(after, e) && other(e)) return { entity: e.entity };
  }
  // Nobody else in the paragraph: not the one spoken to, carried over from before either.
  return spokenTo ? { entity: null } : null;
}

/** The one a passive verb right before the quotation says it was put to ("she was asked, “…”"), if any. */
function spokenToBefore(units: readonly UnitEvents[], spanIndex: number): Entity | null {
  for (const u of units) {
    const qi = u.tokens.findIndex((t) => t.kind === 'quote' && t.quote === spanIndex);
    if (qi < 0) continue;
    for (const e of u.events) if (e.passive && e.entity && e.to <= qi && adjacency(u.tokens, e, qi) !== null) return e.entity;
    return null;
  }
  return null;
}

/**
 * An event that can speak for a quotation in another sentence of the paragraph: one whose verb plainly reports
 * speech, or a weak verb used as a bare tag on a quotation ("“…,” the statement continued. “…”"), which can
 * mean nothing but speaking there.
 */
function speaksFor(unit: UnitEvents, e: ResolvedEvent): boolean {
  return speaksPlainly(e) || (Boolean(e.entity) && !e.verb?.thought && !e.passive && isQuoteTag(unit.tokens, e));
}

/** "“…,” she continued." / "“…,” read the statement." / "“…,” remembers Doe, with a laugh.": the event follows a
 *  quotation and ends its sentence, a short aside after a comma allowed. */
function isQuoteTag(tokens: readonly Token[], e: SpeechEvent): boolean {
  let k = e.from - 1;
  if (tokens[k]?.kind === 'punct' && tokens[k].text === ',') k--;
  if (tokens[k]?.kind !== 'quote') return false;
  return endsSentenceWithin(tokens, e.to, 0) || (tokens[e.to]?.text === ',' && endsSentenceWithin(tokens, e.to + 1, TAG_TAIL_WORDS));
}

/** "“…,” the office said." right after the quotation at `qi`, ending the sentence: a tag that reports all of it. */
function closedByTag(u: UnitEvents, qi: number): boolean {
  return u.events.some((e) => e.from > qi && Boolean(e.entity) && reportsSpeech(e) && adjacency(u.tokens, e, qi) !== null && endsSentenceWithin(u.tokens, e.to, TAG_TAIL_WORDS));
}

/** ", Doe said." closing the sentence: the event follows a comma and at most a short adverbial ("on Monday") follows it. */
function endsSentenceAsTag(tokens: readonly Token[], e: SpeechEvent): boolean {
  return tokens[e.from - 1]?.text === ',' && endsSentenceWithin(tokens, e.to, TAG_TAIL_WORDS);
}

/** Whether the unit ends (its end, or a full stop, "!" or "?") after at most `words` words from token `from`. */
function endsSentenceWithin(tokens: readonly Token[], from: number, words: number): boolean {
  for (let k = from; k <= from + words; k++) {
    const t = tokens[k];
    if (!t) return true;
    if (t.kind !== 'word') return t.kind === 'punct' && /^[.!?]$/.test(t.text);
  }
  return false;
}

/** Words a closing tag may carry after its verb: "said on Monday", "said in a statement". */
const TAG_TAIL_WORDS = 4;

/** An event with a known speaker whose verb reports speech, not a thought and not a weak verb. */
function speaksPlainly(e: ResolvedEvent): boolean {
  return Boolean(e.entity) && reportsSpeech(e);
}

/** The event's verb reports its subject's speech: not a thought, not a weak verb, not a passive (spoken to). */
function reportsSpeech(e: SpeechEvent): boolean {
  return !e.verb?.thought && !e.verb?.weak && !e.passive;
}

/** The best candidate so far: the lowest rank, then the shortest distance; the first of equals stays. */
class BestEvent {
  found: { rank: number; dist: number; entity: Entity | null } | null = null;

  /** `excluded`: the one the quotation was spoken to, who cannot be its speaker. */
  constructor(private readonly excluded: Entity | null = null) {}

  consider(rank: number, dist: number, entity: Entity | null): void {
    if (entity && entity === this.excluded) return;
    const best = this.found;
    if (!best || rank < best.rank || (rank === best.rank && dist < best.dist)) this.found = { rank, dist, entity };
  }
}
