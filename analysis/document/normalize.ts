/** Collapse runs of white space to one space and trim the ends: the offset space of every paragraph. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
