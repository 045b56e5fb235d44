/** Only single spaces between words: nothing to collapse or trim. */
const NEEDS_NORMALISING = /[^\S ]| {2}|^ | $/;

/** Collapse runs of white space to one space and trim the ends: the offset space of every paragraph. */
export function normalizeText(text: string): string {
  // Paragraphs read from a page mostly arrive normalised already: a test that allocates nothing spares the copy.
  if (!NEEDS_NORMALISING.test(text)) return text;
  return text.replace(/\s+/g, ' ').trim();
}
