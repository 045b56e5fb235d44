// Acronyms the article defines: "the Tenants' Union (TU)" → TU = Tenants' Union; or uses for a body it has named
// in full ("The Israel Defense Forces arrested him … The IDF said").
// One regular-expression pass over each paragraph.
import { ORGANISATION_NAME_CONNECTORS, ORGANISATION_WORDS } from '../../data/titles';

const DEFINITION = /((?:\p{Lu}[\p{L}&'’.-]*\s+(?:(?:of|and|for|the|de|on|in|&)\s+)*){1,9})\((\p{Lu}[\p{Lu}&]{1,7})\)/gu;

/** The end DEFINITION must finish with: "(TU)". */
const BRACKETED_ACRONYM = /\(\p{Lu}[\p{Lu}&]{1,7}\)/u;

/** Acronym → expansion, for every "Long Name (ACR)" whose capitals spell the acronym. */
export function findAcronyms(paragraphs: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const p of paragraphs) {
    // No definition without a bracketed acronym: skip the costly pattern (its backtracking over every capital).
    if (!p.includes('(') || !BRACKETED_ACRONYM.test(p)) continue;
    for (const m of p.matchAll(DEFINITION)) {
      const acronym = m[2];
      const words = m[1].trim().split(/\s+/);
      // Take the shortest tail of the capitalised run whose initials spell the acronym ("The Royal College of Nursing (RCN)").
      for (let from = 0; from < words.length; from++) {
        if (!/^\p{Lu}/u.test(words[from])) continue;
        const initials = words.slice(from).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
        if (initials === acronym.replace(/&/g, '') || (initials.length >= 2 && acronym.startsWith(initials))) {
          if (!found.has(acronym)) found.set(acronym, words.slice(from).join(' '));
          break;
        }
      }
    }
  }
  for (const [acronym, name] of bodiesNamedInFull(paragraphs, found)) found.set(acronym, name);
  return found;
}

/** An acronym of three to six capitals standing as a word ("IDF", "NATO"). */
const USED_ACRONYM = /(?<![\p{L}\p{N}&'’-])\p{Lu}{3,6}(?:-\p{Lu}{2,6})?(?![\p{L}\p{N}&'’-])/gu;
const CONNECTOR_SOURCE = [...ORGANISATION_NAME_CONNECTORS].filter((w) => /^\p{L}+$/u.test(w)).join('|');

/**
 * Acronyms used without a definition whose letters are the initials of one body the article names in full, its
 * last word an organisation's ("Israel Defense Forces" for "IDF") or four words or more: a person's initials ("JFK")
 * name no body.
 */
function bodiesNamedInFull(paragraphs: readonly string[], defined: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const p of paragraphs) for (const m of p.matchAll(USED_ACRONYM)) if (!defined.has(m[0])) used.add(m[0]);
  if (!used.size) return out;
  const text = paragraphs.join('\n');
  for (const acronym of used) {
    // "SAG-AFTRA": the words of a name joined by a hyphen too ("Screen Actors Guild-American Federation of …").
    const run = [...acronym.replace('-', '')].map((letter) => `${letter}[\\p{Ll}'’]+`).join(`(?:\\s+|-)(?:(?:${CONNECTOR_SOURCE})\\s+)*`);
    const names = new Set<string>();
    // (A name that runs on after a hyphen, "Screen Actors Guild-American …", is not the short acronym's "SAG".)
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${run}(?![\\p{L}]|-\\p{Lu})`, 'gu'))) {
      // Three initials may be a person's ("JFK"); four or more capitalised words spelled out are a body's name.
      const last = m[0].split(/\s+/).at(-1)!.toLowerCase();
      if (ORGANISATION_WORDS.has(last) || acronym.replace('-', '').length >= 4) names.add(m[0]);
    }
    if (names.size === 1) out.set(acronym, [...names][0]);
  }
  return out;
}
