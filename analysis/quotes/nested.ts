// Quotations inside a quotation: a witness quoting what someone else said ("I heard him ask, ‘Is it done?’").
// They are quotes of their own (gold: "nested quotes included") when the outer words say someone says them: a
// speech cue, a colon, the marker "quote" or a speech verb before the inner mark, in its own sentence. A term
// quoted inside a quotation with no cue ("we do not ‘control’ them") is a word held at arm's length. These are
// candidates: attribution keeps only those whose speaker the outer words name (speakers/nested.ts).
import { isScareQuote, quoteKind, type QuotePlace } from './classify';
import type { PairedQuote } from './pairing';
import { firstSpeechCue } from './speech-cue';
import { speechVerbOfLower } from '../speakers/verbs';

export interface NestedQuote {
  openAt: number;
  closeAt: number;
  /** Offsets of the quoted words, spaces trimmed. */
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'partial';
  /** Credited by an "X said" after it, inside the outer words (a report quoted whole). */
  credited: boolean;
  /** Found only because the report's words so far were one voice's (`voiceCarried`); that voice says it. */
  inVoice: boolean;
}

/** The writer's own marker that quoting starts: "he said, quote, ‘…’". */
const QUOTE_MARKER = /\bquote[,:]?\s*$/i;

/** A sentence ends inside the outer quotation: a stop, maybe a closing mark, then a space. */
const LAST_SENTENCE_END = /[.!?\u2026]["'\u2019\u201D)]*\s+(?=[^.!?\u2026]*$)/u;

/**
 * The quotations directly inside the one opening at `outerStart` (its words' offset) that someone is said to
 * speak. `nested` are the closed inner quotations, in order. `voiceCarried`: the outer quotation goes on with a
 * report whose inner words an "X said" credited; when its words are nothing but inner quotations, they are
 * more of that voice (“ ‘…,’ [Doe] said.” then “ ‘…’ ”).
 */
export function nestedSpeech(
  text: string, outerStart: number, outerEnd: number, nested: readonly PairedQuote[], voiceCarried = false,
): NestedQuote[] {
  const out: NestedQuote[] = [];
  const inVoice = voiceCarried && onlyInnerQuotations(text, outerStart, outerEnd, nested);
  // The lead of each inner quotation starts after the one before it: a cue inside an earlier quotation is not
  // this one's.
  let leadFrom = outerStart;
  for (const q of nested) {
    if (q.closeAt === null) continue;
    const lead = leadOf(text.slice(leadFrom, q.openAt));
    leadFrom = q.closeAt + 1;
    let start = q.openAt + 1;
    let end = q.closeAt;
    while (start < end && text[start] === ' ') start++;
    while (end > start && text[end - 1] === ' ') end--;
    if (!/[\p{L}\p{N}]/u.test(text.slice(start, end))) continue;
    const credited = creditedAfter(text, start, end, q.closeAt);
    const introduced = /:\s*$/.test(lead) || QUOTE_MARKER.test(lead) || endsWithSpeechVerb(lead) || firstSpeechCue(lead) >= 0
      || credited;
    if (!introduced && !inVoice) continue;
    const place: QuotePlace = { paragraphText: text, openAt: q.openAt, closeAt: q.closeAt, text: text.slice(start, end), sentenceStart: q.openAt - lead.length };
    if (isScareQuote(place, true)) continue;
    out.push({ openAt: q.openAt, closeAt: q.closeAt, start, end, text: place.text, kind: quoteKind(place), credited, inVoice: !introduced });
  }
  return out;
}

/** The outer words from `from` to `to` hold no letter outside its inner quotations. */
function onlyInnerQuotations(text: string, from: number, to: number, nested: readonly PairedQuote[]): boolean {
  if (!nested.length) return false;
  let at = from;
  for (const q of nested) {
    if (q.closeAt === null || /[\p{L}\p{N}]/u.test(text.slice(at, q.openAt))) return false;
    at = q.closeAt + 1;
  }
  return !/[\p{L}\p{N}]/u.test(text.slice(at, to));
}

/** A speech verb in any form right before the mark ("I heard him ask, ‘…’"): the words are what he asked. */
function endsWithSpeechVerb(lead: string): boolean {
  const last = /(\p{L}+)[,:]?\s*$/u.exec(lead);
  return last !== null && speechVerbOfLower(last[1].toLowerCase()) !== null;
}

/** How far after an inner quotation its "X said" may end ("‘…,’ the former chief executive of the club said"). */
const CREDIT_REACH = 60;

/**
 * "“‘It goes further than that,’ Doe said.”": words ending on a comma, question or exclamation mark, then a speech
 * cue before the sentence ends; the outer quotation is a report quoted whole, the inner one the words it reports.
 */
function creditedAfter(text: string, start: number, end: number, closeAt: number): boolean {
  if (!/[,?!]$/.test(text.slice(start, end))) return false;
  const after = text.slice(closeAt + 1, closeAt + 1 + CREDIT_REACH);
  const sentence = /^[^.!?\u2026"\u201C\u201D]*/u.exec(after)?.[0] ?? '';
  return /^\s/.test(after) && firstSpeechCue(sentence) >= 0;
}

/** The part of `before` in the inner quotation's own sentence. */
function leadOf(before: string): string {
  const m = LAST_SENTENCE_END.exec(before);
  return m ? before.slice(m.index + m[0].length) : before;
}
