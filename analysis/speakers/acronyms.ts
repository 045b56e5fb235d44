// Acronyms the article defines: "the Tenants' Union (TU)" → TU = Tenants' Union.
// One regular-expression pass over each paragraph.

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
  return found;
}
