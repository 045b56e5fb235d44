// A time phrase in the possessive names its own event: "last year's general election", "Monday's walkout",
// "2019's budget". The possessed noun phrase is what happened then, and the gold and the reader both expect the
// phrase to include it.

/** Words that end the possessed noun phrase: "last year's election was…", "Monday's talks and…". */
const STOP = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'that', 'which',
  'who', 'was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may',
  'might', 'can', 'did', 'does', 'do', 'not', 'than', 'when', 'after', 'before', 'while', 'he', 'she', 'they', 'it',
]);
const MAX_WORDS = 4;
const POSSESSIVE = /^['\u2019]s\s+/;
const WORD = /^[\p{L}][\p{L}\p{N}-]*/u;

/** The possessed noun phrase right after a time phrase ending at `end`, with where it ends; or null. */
export function possessedEvent(text: string, end: number): { noun: string; end: number } | null {
  // Most time phrases own nothing: without the apostrophe POSSESSIVE opens on, no slice and no regex.
  const apostrophe = text.charCodeAt(end);
  if (apostrophe !== 39 && apostrophe !== 0x2019) return null;
  const tail = text.slice(end, end + 80);
  const mark = POSSESSIVE.exec(tail);
  if (!mark) return null;
  let at = mark[0].length;
  let last = -1;
  for (let n = 0; n < MAX_WORDS; n++) {
    const word = WORD.exec(tail.slice(at));
    if (!word || STOP.has(word[0].toLowerCase())) break;
    last = at + word[0].length;
    const space = /^ /.exec(tail.slice(last));
    if (!space) break;
    at = last + 1;
  }
  if (last < 0) return null;
  return { noun: tail.slice(mark[0].length, last), end: end + last };
}
