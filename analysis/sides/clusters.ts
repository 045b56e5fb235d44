// Groups the quoted speakers by the body they speak for: government posts together, then organisation, the
// organisation a group or body is, the noun of a role ("maths teacher" → teachers), or a party word in an unnamed
// description ("a Tory source"). Used when the article's framing names one party or none.
import type { Speaker } from '../types';
import { governmentPost, speakerNation } from './government-role';
import { labelMatch, makeParty } from './party';
import type { SpeakerContext } from './speaker-context';
import { isStopWord } from './words';

export interface Cluster {
  name: string;
  labels: string[];
  speakers: Speaker[];
  quoteCount: number;
  government: boolean;
  /** For government posts, the country their roles name ("Israeli Prime Minister"), or null when none does. */
  nation: string | null;
}

const GOVERNMENT_LABEL = 'Government';

/** The noun a role is about: "a teacher at Richmond High School" → "teachers". */
export function roleNoun(role: string): string | null {
  const head = role.split(/\s+(?:at|of|for|in|with|from|who|which|on|to)\s+|,/)[0].trim();
  const last = head.split(/\s+/).at(-1) ?? '';
  if (!/^\p{Ll}[\p{Ll}-]{2,}$/u.test(last) || isStopWord(last)) return null;
  return /(?:s|ch|sh|x)$/.test(last) ? `${last}es` : /[^aeiou]y$/.test(last) ? `${last.slice(0, -1)}ies` : `${last}s`;
}

/** The body a speaker speaks for, as a label, or null. */
export function clusterLabel(sp: Speaker): string | null {
  if (governmentPost(sp.role) ?? [sp.name, ...sp.aliases].map(governmentPost).find(Boolean)) return GOVERNMENT_LABEL;
  if (sp.org) return sp.org;
  if (sp.kind !== 'person') return sp.name;
  if (sp.role) {
    // "Labour leader", "Conservative spokesman": the body is the capitalised word before a plain role noun.
    const body = /^(\p{Lu}[\p{L}-]+)(?:\s+\p{Ll}+){1,3}$/u.exec(sp.role.trim())?.[1];
    if (body) return body;
    const noun = roleNoun(sp.role);
    if (noun && !/^(?:source|spokes\w+|officials?|sources)$/.test(noun.replace(/e?s$/, ''))) return noun;
  }
  // "a Tory source", "a Labour spokesman": the capitalised word in an unnamed description.
  const unnamed = /^(?:a|an|the|one)\s+/i.test(sp.name) || sp.name === sp.role;
  const word = unnamed ? /\b(\p{Lu}[\p{L}-]+)\s+(?:source|spokes\w+|official|insider|figure|aide|MP|member)s?\b/u.exec(sp.name)?.[1] : null;
  return word ?? null;
}

export function buildClusters(contexts: Map<string, SpeakerContext>): Cluster[] {
  const clusters: Cluster[] = [];
  for (const ctx of contexts.values()) {
    if (!ctx.quotes.length) continue;
    const label = clusterLabel(ctx.speaker);
    if (!label) continue;
    const government = label === GOVERNMENT_LABEL;
    const nation = government ? speakerNation(ctx.speaker) : null;
    // Ministers of different countries are different governments; a post with no country joins the first.
    const home = clusters.find((c) => c.labels.some((l) => sameBody(l, label)) && !(nation && c.nation && nation !== c.nation));
    if (home) {
      home.speakers.push(ctx.speaker);
      home.labels.push(label);
      home.quoteCount += ctx.quotes.length;
      home.nation ??= nation;
    } else {
      clusters.push({ name: label, labels: [label], speakers: [ctx.speaker], quoteCount: ctx.quotes.length, government, nation });
    }
  }
  const governments = clusters.filter((c) => c.government).length;
  for (const c of clusters) c.name = clusterName(c, governments);
  return clusters.sort((a, b) => b.quoteCount - a.quoteCount);
}

function sameBody(a: string, b: string): boolean {
  if (a === GOVERNMENT_LABEL || b === GOVERNMENT_LABEL) return a === b;
  return labelMatch(makeParty(a), b) >= 2 || labelMatch(makeParty(b), a) >= 2;
}

/** An organisation or group among the speakers names the cluster best ("The Conservatives" over "Tory"). */
function clusterName(c: Cluster, governments: number): string {
  if (c.government) {
    // A party the ministers share names the government ("Labour"); one member's seat ("Tottenham") does not.
    const orgs = c.speakers.map((s) => s.org).filter((o): o is string => !!o && !governmentPost(o));
    const shared = mostCommon(orgs);
    if (shared && orgs.filter((o) => o === shared).length >= 2) return shared;
    // Several governments speak: each by its country ("Jordanian government").
    return governments > 1 && c.nation ? `${c.nation} government` : GOVERNMENT_LABEL;
  }
  const body = c.speakers.find((s) => s.kind !== 'person');
  if (body) return body.name.replace(/^the\s+/i, '');
  return mostCommon(c.labels) ?? c.name;
}

function mostCommon(items: string[]): string | null {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
