// Which speech event a quotation belongs to:
//   1. an event right beside it ("“...,” she said" / "She said: “...”" / "“...,” said Jane Doe");
//   2. else the nearest event in its unit, before the quote first ("Doe told MPs that “no union” had ...");
//   3. else the nearest event in another unit of the paragraph ("“A,” Doe said. “B.”").
// Returns null when the paragraph has no event for it (the caller then tries continuation and carry-over).
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

const SUBORDINATORS = new Set(['as', 'when', 'while', 'because', 'since', 'although', 'though', 'until', 'unless', 'whereas']);
const LEAD_IN = new Set([':', ',', 'that', 'on', 'in', 'at', 'a', 'an', 'the', 'to']);

/** How close `e` sits beside the quote at token `q` (smaller is closer), or null when it is not beside it. */
function adjacency(tokens: readonly Token[], e: SpeechEvent, q: number): number | null {
  if (e.from > q) {
    // After the quote: its subject (or inverted verb) starts right after, a comma allowed.
    const gap = e.from - q - 1;
    const between = tokens.slice(q + 1, e.from);
    if (gap > 1 || !between.every((t) => t.kind === 'punct')) return null;
    // "“patched” the software as the company continued": a subordinate clause after the quote is not its speaker.
    for (let k = e.from; k < e.verbAt && tokens[k].text !== ','; k++) if (SUBORDINATORS.has(tokens[k].lower)) return null;
    return gap;
  }
  if (e.to <= q) {
    const between = tokens.slice(e.to, q);
    if (between.some((t) => t.kind === 'quote')) return null;
    const last = between[between.length - 1];
    if (!between.length) return 0;
    if (between.length <= 8 && last && (last.text === ':' || last.text === ',')) return between.length;
    if (between.length <= 2 && between.every((t) => LEAD_IN.has(t.lower))) return between.length;
  }
  return null;
}

export function chooseEvent(units: readonly UnitEvents[], spanIndex: number): { entity: Entity | null } | null {
  let best: { rank: number; dist: number; entity: Entity | null } | null = null;
  const consider = (rank: number, dist: number, entity: Entity | null) => {
    if (!best || rank < best.rank || (rank === best.rank && dist < best.dist)) best = { rank, dist, entity };
  };
  const home: number[] = [];
  units.forEach((u, ui) => {
    u.tokens.forEach((t, qi) => {
      if (t.kind !== 'quote' || t.quote !== spanIndex) return;
      home.push(ui);
      for (const e of u.events) {
        const adj = adjacency(u.tokens, e, qi);
        if (adj !== null) { consider(0, adj, e.entity); continue; }
        if (!e.entity) continue; // an unreadable subject only claims the quote beside it
        if (e.verb?.thought) continue;
        if (e.verb?.weak && e.to > qi) continue; // "called the plan “reckless”": only what follows a weak verb
        if (e.to <= qi) consider(1, qi - e.to, e.entity);
        else consider(2, e.from - qi, e.entity);
      }
    });
  });
  if (best || !home.length) return best;
  // Other units of the paragraph: the nearest one before, else after.
  const at = home[0];
  for (let d = 1; d < units.length; d++) {
    const before = units[at - d];
    const withEntity = before?.events.filter((e) => e.entity && !e.verb?.thought && !e.verb?.weak);
    if (withEntity?.length) return { entity: withEntity[withEntity.length - 1].entity };
    const after = units[home[home.length - 1] + d];
    const next = after?.events.find((e) => e.entity && !e.verb?.thought && !e.verb?.weak);
    if (next) return { entity: next.entity };
  }
  return null;
}
