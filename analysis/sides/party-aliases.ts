// Adds the article's common-noun names for each party: "the union" is the Transit Workers Union, and "the company"
// then is the other party, when the article says "the company's managing director" of an employer it named once.
import { ORGANISATION_NOUN_SET as NOUNS } from '../../data/organisation-nouns';
import type { ArticleDocument } from '../document';
import { ORGANISATION_NOUN_START, type ArticleWords } from './article-words';
import { makeParty, type Party } from './party';
import { readTokens, stem } from './words';


/** The organisation noun in a party's name ("Transit Workers Union" → "union"), or null. */
export function kindNoun(party: Party): string | null {
  const words = readTokens(party.name);
  for (let i = words.length - 1; i >= 0; i--) if (NOUNS.has(words[i]) || NOUNS.has(words[i].replace(/s$/, ''))) return words[i].replace(/s$/, '');
  return null;
}

export function withArticleAliases(doc: ArticleDocument, parties: [Party, Party], words: ArticleWords): [Party, Party] {
  const used = new Map<string, number>();
  /** Nouns said in a paragraph that also names party i in full: "Eastbrook Coaches said … the company's director". */
  const besideName: Set<string>[] = [new Set(), new Set()];
  doc.paragraphs.forEach((p, at) => {
    // "the union" is a word that begins with an organisation noun: a paragraph without one says none of them.
    if (!(words.paragraphKinds[at] & ORGANISATION_NOUN_START)) return;
    let named: boolean[] | null = null;
    for (const m of p.matchAll(/\b[Tt]he\s+(\p{Ll}+)\b/gu)) {
      if (!NOUNS.has(m[1])) continue;
      used.set(m[1], (used.get(m[1]) ?? 0) + 1);
      named ??= parties.map((party) => p.toLowerCase().includes(party.name.toLowerCase()));
      named.forEach((n, i) => n && besideName[i].add(m[1]));
    }
  });
  const kinds = parties.map(kindNoun);
  const extra: string[][] = [[], []];
  for (const [noun, count] of used) {
    if (count < 2) continue; // said once, it may be any company
    const owner = kinds.findIndex((k) => k === noun);
    if (owner >= 0) { extra[owner].push(`the ${noun}`); continue; }
    const bare = kinds.map((k, i) => (k === null ? i : -1)).filter((i) => i >= 0);
    if (bare.length === 1 && besideName[bare[0]].has(noun) && !stemClash(parties[1 - bare[0]], noun)) extra[bare[0]].push(`the ${noun}`);
  }
  return parties.map((p, i) => (extra[i].length ? enrich(p, extra[i]) : p)) as [Party, Party];
}

/** "the company" cannot be a second name for the party whose own name is a company's. */
function stemClash(other: Party, noun: string): boolean {
  return other.stems.has(stem(noun));
}

function enrich(p: Party, aliases: string[]): Party {
  const rebuilt = makeParty(p.name, [...p.aliases.filter((a) => a !== p.name), ...aliases]);
  return { ...rebuilt, acronym: p.acronym, government: p.government, commonStems: new Set([...p.commonStems, ...aliases.map((a) => stem(a.replace(/^the\s+/, '')))]) };
}
