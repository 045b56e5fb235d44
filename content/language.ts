// Only English articles are analysed (the lexicons are English). The page's declared language decides; with no
// declaration, a quick look at how often the commonest English words appear in the first few hundred words.

const COMMON_ENGLISH = new Set(['the', 'and', 'of', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'said', 'with', 'he', 'she', 'they', 'be', 'as', 'by']);

/** The language to report when the page is not English, or null when it is (or may be) English. */
export function nonEnglishLanguage(declared: string | null, paragraphs: readonly string[]): string | null {
  const tag = declared?.trim().toLowerCase();
  if (tag) return tag === 'en' || tag.startsWith('en-') || tag.startsWith('en_') ? null : tag;
  let words = 0;
  let common = 0;
  outer: for (const p of paragraphs) {
    for (const w of p.toLowerCase().split(/[^a-z']+/)) {
      if (!w) continue;
      words++;
      if (COMMON_ENGLISH.has(w)) common++;
      if (words >= 400) break outer;
    }
  }
  // English running text has roughly a quarter of its words in that list; other Latin-script languages a few %.
  if (words < 30) return null;
  return common / words < 0.08 ? 'unknown' : null;
}
