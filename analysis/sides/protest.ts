// "Protests against the government" are the protesters' dispute with it, even when no protester is quoted: the
// article's own word for the people protesting ("protesters", "demonstrators") names the other party.
import { PROTESTER_NOUNS } from '../../data/dispute-phrases';
import type { ArticleDocument } from '../document';
import { namesAnAgent } from './agent';
import type { Dispute } from './choose-parties';
import type { Framing } from './framing';
import { makeParty } from './party';
import { readTokens } from './words';

const PROTESTERS = new Set<string>(PROTESTER_NOUNS);
/** Said once, the word may be about another crowd. */
const MIN_MENTIONS = 2;

export function fromProtest(doc: ArticleDocument, framings: Framing[]): Dispute | null {
  const protest = framings.find((f) => f.rule === 'protest against' && f.parties.length === 1 && namesAnAgent(f.parties[0]));
  if (!protest) return null;
  const names = protestersNamed(doc);
  if (!names.length) return null;
  const doers = makeParty(names[0], names.slice(1));
  return { parties: [doers, makeParty(protest.parties[0])], accused: 1, source: 'protest against', framedInLede: protest.paragraph <= 0 };
}

/** The article's words for the people protesting, most used first ("protesters", then "demonstrators" and
 *  "rioters" as other names for them), or none when even the most used is said only once. */
function protestersNamed(doc: ArticleDocument): string[] {
  const counts = new Map<string, number>();
  for (const p of doc.paragraphs) for (const w of readTokens(p)) if (PROTESTERS.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const names = [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  return names.length && (counts.get(names[0]) ?? 0) >= MIN_MENTIONS ? names : [];
}
