// The quote pass: quotation marks → direct/partial spans with continuation links, before attribution.
// Rules live in small modules: marks (scan + side), apostrophe, pairing, classify (kind, scare quotes),
// continuation, speech-cue. Every step is one linear pass over a paragraph.
// Conventions (../shared/docs/gold-conventions.md): text as printed without the enclosing marks, inner marks
// kept; a quotation nested inside another stays part of it, and is also a span of its own when the outer words
// say someone speaks it (nested.ts); one span per
// paragraph and per segment around "he said", linked by continuationOf; scare quotes are not quotes.
import type { ArticleDocument, Sentence } from '../document';
import type { QuoteKind } from '../types';
import { isScareQuote, quoteKind, type QuotePlace, type SpeechCueLookup } from './classify';
import { continuationOf, type ContinuationReason, type Segment } from './continuation';
import { scanMarks, type MarkToken } from './marks';
import { pairMarks, type PairedQuote, type UnclosedFate } from './pairing';
import { endsWithOneOf } from './char-class';
import { firstSpeechCue } from './speech-cue';
import { nestedSpeech } from './nested';
import { closedInBulletedItems, firstCloser, listItemLead } from './list-items';
import type { QuoteFamily } from '../../data/quote-marks';

export type { ContinuationReason } from './continuation';

/** A span of quoted words found by the quote-mark pass, before attribution. */
export interface QuoteSpan {
  paragraph: number;
  /** Offsets of the words inside the marks. */
  start: number;
  end: number;
  text: string;
  kind: Exclude<QuoteKind, 'indirect'>;
  /** Index (into the returned list) of the span this one continues, or null. */
  continuationOf: number | null;
  /** Why it continues: an unclosed paragraph, a "he said" between segments, or a bare follow-on paragraph. */
  continuationReason?: ContinuationReason | null;
  /** False when no closing mark was printed and the span runs to the paragraph end. */
  closed?: boolean;
  /** Index of the quotation this one is quoted inside ("I heard him ask, ‘Is it done?’"), or null. */
  insideOf?: number | null;
  /** Index of an earlier inner quotation of the same quoted report whose speaker says this one too, or null. */
  voiceOf?: number | null;
}

interface Found extends Segment {
  family: QuoteFamily;
  start: number;
  end: number;
  nested: readonly PairedQuote[];
}

export function findQuotes(doc: ArticleDocument): QuoteSpan[] {
  const paragraphs = doc.paragraphs;
  const tokens = paragraphs.map(scanMarks);
  const out: QuoteSpan[] = [];
  let previous: Found | undefined;
  let previousIndex = -1;
  // The last inner quotation an "X said" credited in the quoted report running on (nested.ts), or null.
  let voice: number | null = null;
  // The family of a quotation running on into bulleted items printed without their own opening mark, or null.
  let bulletedRunOn: QuoteFamily | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p];
    const nextFirst = tokens[p + 1]?.[0];
    // A quotation runs on into the next paragraph when this one ends a sentence and the next opens with its mark
    // (after its bullet, in a list).
    const runsOn = nextFirst !== undefined && nextFirst.at === listItemLead(paragraphs[p + 1]) && nextFirst.role !== 'close' && endsSentence(text);
    const found: Found[] = [];
    // A quotation left open before a bulleted item with no mark of its own runs on through it (list-items.ts).
    let marks = tokens[p];
    if (bulletedRunOn) {
      const item = unmarkedListItem(text, p, marks, bulletedRunOn);
      found.push(item.found);
      marks = item.marksAfter;
      if (item.found.closeAt !== null) bulletedRunOn = null;
    }
    if (!marks.length && !found.length) continue;
    const runsOnIn = runsOn ? nextFirst.family : null; // the family of the mark the next paragraph opens with
    const paired = marks.length ? pairMarks(marks, (q) => (q.family === runsOnIn ? 'run-to-end' : capUnclosed(q, text)), (from, to) => sentenceEndIn(text, from, to)) : [];
    for (const q of paired) {
      const f = toFound(q, p, text, q.family === runsOnIn);
      if (f) found.push(f);
    }
    const last = found[found.length - 1];
    if (last && last.closeAt === null && !last.continuedInNextParagraph && closedInBulletedItems(paragraphs, tokens, p + 1, last.family)) {
      last.continuedInNextParagraph = true;
      bulletedRunOn = last.family;
    }
    if (!found.length) continue;
    const cues = new SentenceCues(text, doc.sentences[p] ?? [], found);
    for (const f of found) {
      const place: QuotePlace = { paragraphText: text, openAt: f.openAt, closeAt: f.closeAt, text: text.slice(f.start, f.end), sentenceStart: cues.sentenceAt(f.openAt)?.start ?? 0 };
      const reason = continuationOf(previous, f, paragraphs);
      if (!reason && !f.continuedInNextParagraph && isScareQuote(place, cues.lookup(f.openAt, f.closeAt ?? text.length))) continue;
      const kind = reason && previous?.direct ? 'direct' : quoteKind(place); // '"The rules," he said, "are clear."'
      f.direct = kind === 'direct';
      out.push({
        paragraph: p,
        start: f.start,
        end: f.end,
        text: place.text,
        kind,
        continuationOf: reason ? previousIndex : null,
        continuationReason: reason,
        closed: f.closeAt !== null,
      });
      previous = f;
      previousIndex = out.length - 1;
      if (!reason) voice = null;
      for (const n of nestedSpeech(text, f.start, f.end, f.nested, voice !== null)) {
        out.push({ paragraph: p, start: n.start, end: n.end, text: n.text, kind: n.kind, continuationOf: null, continuationReason: null, closed: true, insideOf: previousIndex, voiceOf: n.inVoice ? voice : null });
        if (n.credited) voice = out.length - 1;
      }
    }
  }
  return out;
}

/**
 * A bulleted item that carries on an open quotation of `family` with no mark of its own: its words up to that
 * family's closing mark (the marks after it are the item's own), or to its end when the quotation runs on.
 */
function unmarkedListItem(text: string, paragraph: number, marks: MarkToken[], family: QuoteFamily): { found: Found; marksAfter: MarkToken[] } {
  const closer = firstCloser(marks, family);
  const lead = listItemLead(text);
  return {
    found: {
      paragraph, family, openAt: lead, closeAt: closer?.at ?? null, continuedInNextParagraph: !closer, direct: false,
      start: lead, end: closer ? closer.at : text.trimEnd().length, nested: [],
    },
    marksAfter: closer ? marks.filter((t) => t.at > closer.at) : [],
  };
}

/**
 * A quotation left open with no continuation: kept to the paragraph end only where it is plainly someone's
 * words missing their closing mark (`He said: "We will win.`, `He said "we will win.`), else dropped
 * rather than guessed.
 */
function capUnclosed(q: Omit<PairedQuote, 'nested'>, text: string): UnclosedFate {
  const lead = text.slice(Math.max(0, q.openAt - 40), q.openAt);
  const introduced = q.openAt === listItemLead(text) || /:\s*$/.test(lead) || firstSpeechCue(lead.replace(/^\S*\s/, '')) >= 0;
  return introduced && endsSentence(text) ? 'run-to-end' : 'drop';
}

/**
 * Where the words from `from` to `to` end when they end a sentence (“…on the internet. That's it. ...”): the
 * offset right after the stop, or null. Only the tail is read.
 */
function sentenceEndIn(text: string, from: number, to: number): number | null {
  let end = to;
  while (end > from && text[end - 1] === ' ') end--;
  return end > from && endsWithOneOf(text.slice(Math.max(from, end - 8), end), '.!?\u2026', ')]') ? end : null;
}

/** The paragraph ends a sentence, perhaps inside a bracket or a nested quotation ("…asking ‘why?’"). */
const endsSentence = (text: string) => endsWithOneOf(text, '.!?\u2026', ')]"\'\u2019\u201D');

/** The quoted words inside the marks, spaces trimmed; null when nothing is quoted (`""`, `" – "`). */
function toFound(q: PairedQuote, paragraph: number, text: string, continued: boolean): Found | null {
  let start = q.openAt + 1;
  let end = q.closeAt ?? text.length;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  if (!/[\p{L}\p{N}]/u.test(text.slice(start, end))) return null;
  return { paragraph, family: q.family, openAt: q.openAt, closeAt: q.closeAt, continuedInNextParagraph: continued && q.closeAt === null, direct: false, start, end, nested: q.nested };
}

/** Speech cues per sentence of one paragraph, with the quoted words masked so a quote cannot credit itself. */
class SentenceCues {
  /** The paragraph with the quoted words blanked, built on the first cue question (most quotes ask none). */
  private masked: string | null = null;
  /** By sentence index (an array: a map per paragraph costs more than the few look-ups it serves). */
  private cache: number[] = [];
  private cursor = 0;

  constructor(private text: string, readonly sentences: Sentence[], private found: Found[]) {}

  /** The sentence holding offset `at`; offsets must come in order (one walk per paragraph). */
  sentenceAt(at: number): Sentence | undefined {
    while (this.cursor < this.sentences.length - 1 && this.sentences[this.cursor].end <= at) this.cursor++;
    return this.sentences[this.cursor];
  }

  /** The cue questions for a quotation from `from` to `to`, answered on demand. */
  lookup(from: number, to: number): SpeechCueLookup {
    return new CueLookup(this, this.cursor, from, to);
  }

  /** Offset of the first speech cue in sentence `i`, or Infinity; computed once per sentence. */
  cueAt(i: number): number {
    let at = this.cache[i];
    if (at === undefined) {
      const s = this.sentences[i];
      const found = s ? firstSpeechCue(this.maskedText().slice(s.start, s.end)) : -1;
      at = found < 0 || !s ? Infinity : s.start + found;
      this.cache[i] = at;
    }
    return at;
  }

  private maskedText(): string {
    if (this.masked === null) {
      const parts: string[] = [];
      let at = 0;
      for (const f of this.found) {
        parts.push(this.text.slice(at, f.start), ' '.repeat(f.end - f.start));
        at = f.end;
      }
      parts.push(this.text.slice(at));
      this.masked = parts.join('');
    }
    return this.masked;
  }
}

/** The cue questions about one quotation, from the sentence holding its opening mark (`first`) on. */
class CueLookup implements SpeechCueLookup {
  constructor(private cues: SentenceCues, private first: number, private from: number, private to: number) {}

  before(): boolean {
    return this.cues.cueAt(this.first) < this.from;
  }

  anywhere(): boolean {
    const sentences = this.cues.sentences;
    for (let i = this.first; i < sentences.length && sentences[i].start < this.to; i++) {
      if (sentences[i].end > this.from && this.cues.cueAt(i) < Infinity) return true;
    }
    return false;
  }
}
