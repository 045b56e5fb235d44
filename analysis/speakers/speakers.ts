// The output: quotes with their speaker ids, and one Speaker per entity that speaks.
// Canonical name = the fullest name without titles; an unnamed speaker is named by its description.
import type { QuoteSpan } from '../quotes';
import type { Quote, Speaker } from '../types';
import { rootOf, type Entity } from './registry';

export interface IndirectQuote {
  entity: Entity;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}


/** An initial or a generation whose dot the tokens dropped: "J.C", "M", "Jr". */
const DOTTED_IN_TEXT = /^(?:\p{Lu}(?:\.\p{Lu})*|Jr|Sr)$/u;

export function speakerName(e: Entity): string {
  if (e.nameWords.length) return e.nameWords.map((w) => (DOTTED_IN_TEXT.test(w) && writtenWithDot(w, e.aliases) ? `${w}.` : w)).join(' ');
  return (e.description ?? [...e.aliases][0] ?? '').replace(/^(the|a|an)\s+/i, '');
}

/** "J.C. Chandor" among the ways the article wrote the name: the name keeps the dot as written ("JC Chandor" keeps none). */
function writtenWithDot(word: string, aliases: ReadonlySet<string>): boolean {
  for (const alias of aliases) if (new RegExp(`(?:^|[^\\p{L}.])${word.replace(/\./g, '\\.')}\\.`, 'u').test(alias)) return true;
  return false;
}

export function buildSpeakers(
  spans: readonly QuoteSpan[],
  speakerOf: readonly (Entity | null)[],
  indirect: readonly IndirectQuote[],
): { quotes: Quote[]; speakers: Speaker[] } {
  const ids = new Map<Entity, string>();
  const speakers: Speaker[] = [];
  const idOf = (e: Entity | null): string | null => {
    if (!e) return null;
    const r = rootOf(e);
    let id = ids.get(r);
    if (!id) {
      id = `s${ids.size + 1}`;
      ids.set(r, id);
      const name = speakerName(r);
      speakers.push({
        id,
        name,
        aliases: [...r.aliases].filter((a) => a && a !== name),
        role: r.role,
        org: r.org && r.org !== name ? r.org : r.kind === 'organisation' ? name : r.org,
        side: null,
        kind: r.kind,
      });
    }
    return id;
  };
  const quotes: Quote[] = spans.map((s, i) => ({
    id: `q${i + 1}`,
    text: s.text,
    speakerId: idOf(speakerOf[i]),
    kind: s.kind,
    continuationOf: s.continuationOf === null ? null : `q${s.continuationOf + 1}`,
    paragraph: s.paragraph,
    start: s.start,
    end: s.end,
  }));
  const reported = [...indirect].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  reported.forEach((r, k) => {
    quotes.push({
      id: `q${spans.length + k + 1}`,
      text: r.text,
      speakerId: idOf(r.entity),
      kind: 'indirect',
      continuationOf: null,
      paragraph: r.paragraph,
      start: r.start,
      end: r.end,
    });
  });
  return { quotes, speakers };
}
