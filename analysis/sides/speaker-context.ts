// What each speaker says, gathered once: their quotes and the sentences around them (where "Responding to …",
// "denied the allegations" and the like are written), for the stance and response rules.
import { sentenceAt, type ArticleDocument } from '../document';
import type { Quote, Speaker } from '../types';
import { answeredOnce } from './words';

export interface SpeakerContext {
  speaker: Speaker;
  quotes: Quote[];
  /** The sentence (or sentences) each quote sits in, quote included, deduplicated. */
  sentences: string[];
  /** Each quote with the words of its own clause around it, not the rest of a sentence about someone else
   *  ("While protesters chanted, "Red for Ed," in a hallway, the Speaker defended the budget" → up to "hallway"). */
  passages: string[];
}

export function speakerContexts(doc: ArticleDocument, quotes: Quote[], speakers: Speaker[]): Map<string, SpeakerContext> {
  const out = new Map<string, SpeakerContext>(speakers.map((s) => [s.id, { speaker: s, quotes: [], sentences: [], passages: [] }]));
  const seen = new Set<string>();
  for (const q of quotes) {
    const ctx = q.speakerId ? out.get(q.speakerId) : undefined;
    if (!ctx) continue;
    ctx.quotes.push(q);
    ctx.passages.push(ownPassage(doc.paragraphs[q.paragraph] ?? '', q, doc.sentences[q.paragraph] ?? []));
    for (const s of doc.sentences[q.paragraph] ?? []) {
      if (s.end <= q.start || s.start >= q.end) continue;
      const key = `${q.speakerId}:${q.paragraph}:${s.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ctx.sentences.push(s.text);
    }
    if (!ctx.sentences.length) {
      const s = sentenceAt(doc, q.paragraph, q.start);
      if (s) ctx.sentences.push(s.text);
    }
  }
  return out;
}

function ownPassage(paragraph: string, q: Quote, sentences: { start: number; end: number }[]): string {
  const sentence = sentences.find((s) => q.start >= s.start && q.start < s.end) ?? { start: q.start, end: q.end };
  const before = paragraph.slice(sentence.start, q.start);
  const start = sentence.start + before.lastIndexOf(';') + 1;
  const after = paragraph.slice(q.end + 1, Math.max(q.end + 1, sentence.end));
  const stop = after.search(/[,;.!?]/);
  const end = stop < 0 ? Math.max(q.end, sentence.end) : q.end + 1 + stop;
  return paragraph.slice(start, end);
}

/** The names a speaker goes by in the text: name, aliases, and a person's surname ("Ms Dale" → "Dale"). Shared:
 *  callers only read them. */
export function namesOf(speaker: Speaker): readonly string[] {
  // Asked of the same speakers while choosing the parties, placing the speakers and pairing the replies: read once
  // per call (a speaker's names do not change during it).
  return answeredOnce(namesOf, 'names', speaker.id, () => readNames(speaker));
}

function readNames(speaker: Speaker): string[] {
  const names = [speaker.name, ...speaker.aliases].filter((n) => n && n.length > 1);
  if (speaker.kind === 'person' && /^\p{Lu}/u.test(speaker.name)) {
    const parts = speaker.name.split(/\s+/);
    if (parts.length >= 2 && /^\p{Lu}\p{Ll}{2,}/u.test(parts.at(-1) ?? '')) names.push(parts.at(-1) ?? '');
  }
  return [...new Set(names)];
}
