// Full personal names the article writes anywhere, even outside a subject ("X and Feliciano Lopez completed
// the win"), so a later "Lopez said" is the person "Feliciano Lopez", not a company called Lopez.
// One regular-expression pass over each paragraph.
import { HONORIFICS } from '../../data/honorifics';
import { NAME_TITLES, ORGANISATION_WORDS } from '../../data/titles';

const RUN = /\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2}(?![\p{L}’'])/gu;
const NOT_A_NAME_WORD = new Set([
  'the', 'a', 'an', 'but', 'and', 'so', 'yet', 'or', 'then', 'now', 'in', 'on', 'at', 'when', 'while', 'as', 'if',
  'after', 'before', 'this', 'that', 'these', 'those', 'there', 'here', 'his', 'her', 'their', 'our', 'its', 'my',
]);

/** Last name (lower case) → the name words of the first full name ending in it; ambiguous surnames are left out. */
export function findFullNames(paragraphs: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const ambiguous = new Set<string>();
  for (const p of paragraphs) {
    for (const m of p.matchAll(RUN)) {
      let words = m[0].split(/\s+/);
      const lower = words.map((w) => w.toLowerCase().replace(/\.$/, ''));
      if (lower.some((w) => ORGANISATION_WORDS.has(w))) continue;
      let from = 0;
      while (from < words.length && (NOT_A_NAME_WORD.has(lower[from]) || HONORIFICS.has(lower[from]) || NAME_TITLES.has(lower[from]))) from++;
      words = words.slice(from);
      if (words.length < 2 || words.some((w) => /['’]s$/.test(w))) continue;
      const last = words[words.length - 1].toLowerCase();
      const known = found.get(last);
      if (known && known.join(' ') !== words.join(' ')) ambiguous.add(last);
      else if (!known) found.set(last, words);
    }
  }
  for (const last of ambiguous) found.delete(last);
  return found;
}
