// A short "who did what" for a dated expression, from its own sentence:
//   "Ana Ruiz urged drivers on Monday not to abandon the night routes, which she said…"
//   → "Ana Ruiz urged drivers not to abandon the night routes".
// The time phrase is taken out, the clause that holds it is kept (or the main clause when that one is only an
// aside), long quotations are shortened, and a leading "He"/"She" becomes the speaker of the paragraph's quote.
import type { Quote, Speaker } from '../types';

const MAX_WORDS = 14;
const LEADING_FILLER = /^(?:and|but|or|so|while|as|however|meanwhile|also|then|which|who|that|earlier|later|again)\b[\s,]*/i;
const PRONOUN = /^(He|She|They)\b/;
/** Two spaces, or a space other than " " (every kind \s matches): what collapsing would change. */
const SPACE_TO_REWRITE = / {2}|[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

export interface EventContext {
  sentence: string;
  /** The time phrase's offsets within the sentence. */
  start: number;
  end: number;
  /** A speaker the paragraph's quotes name, to stand for a leading pronoun. */
  speaker: Speaker | null;
}

export function describeEvent({ sentence, start, end, speaker }: EventContext): string {
  const head = sentence.slice(0, start).replace(/\b(?:on|in|at|from|since|until|by|during|over|to)(?:\s+the)?\s*$/i, '');
  let without = (head + ' ' + sentence.slice(end)).replace(/\s+([,.;:])/g, '$1');
  // Most text is single-spaced already: rewrite only where a run or another kind of space needs it.
  if (SPACE_TO_REWRITE.test(without)) without = without.replace(/\s+/g, ' ');
  without = without.trim();
  const clauses = without.split(/(?<=[,;:])\s+|\s+[–—-]\s+/);
  const at = clauseIndexOf(clauses, Math.max(0, head.trimEnd().length - 1));
  let clause = clauses[at] ?? without;
  // An aside ("Asked on Monday whether…", "On Monday,") says too little: take the main clause after it.
  if (!hasWords(clause, 4) || /^(?:asked|speaking|responding|adding|according)\b/i.test(clause)) {
    clause = clauses.slice(at + 1).find((c) => hasWords(c, 3)) ?? clause;
  }
  // A clause with no subject of its own ("had signed up since…") borrows the sentence's opening words.
  if (at > 0 && /^\p{Ll}/u.test(clause) && clause === clauses[at] && hasWords(clauses[0], 2)) {
    clause = `${clauses[0].replace(/[,;:]$/, '').split(/\s+/).slice(0, 6).join(' ')} … ${clause}`;
  }
  let text = shortenQuotes(clause).replace(LEADING_FILLER, '').replace(/[,;:.]+$/, '').trim();
  if (!hasWords(text, 2)) text = without.replace(/^[\s,;:]+|[,;:.]+$/g, ''); // "On Monday, Smith, 40, left." → the whole sentence
  if (speaker && PRONOUN.test(text)) text = text.replace(PRONOUN, speaker.name);
  if (hasSpaceRuns(text, MAX_WORDS)) text = text.split(/\s+/).slice(0, MAX_WORDS).join(' ') + '…';
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function clauseIndexOf(clauses: string[], offset: number): number {
  let seen = 0;
  for (let i = 0; i < clauses.length; i++) {
    seen += clauses[i].length + 1;
    if (seen > offset) return i;
  }
  return clauses.length - 1;
}

/** Whether s holds at least n words (runs of non-space), counted only as far as n. */
function hasWords(s: string, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length && count < n; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count >= n;
}

/** Whether s holds at least n runs of space, i.e. s.split(/\s+/) gives more than n pieces; counted only as far as n. */
function hasSpaceRuns(s: string, n: number): boolean {
  let runs = 0;
  let inSpace = false;
  for (let i = 0; i < s.length && runs < n; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (space && !inSpace) runs++;
    inSpace = space;
  }
  return runs >= n;
}

/** What \s matches, by code unit. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** "said that “all Members of Parliament get gifts and…”" → "said that “all Members of Parliament get…”". */
function shortenQuotes(s: string): string {
  return s.replace(/([“"])([^”"]{0,400})([”"]?)/g, (_, open: string, inner: string, close: string) => {
    return hasSpaceRuns(inner, 6) ? `${open}${inner.split(/\s+/).slice(0, 6).join(' ')}…${close}` : `${open}${inner}${close}`;
  });
}

/** The speaker of the first attributed quote among a paragraph's quotes, if any. */
export function paragraphSpeaker(paragraphQuotes: Quote[], speakerById: Map<string, Speaker>): Speaker | null {
  const q = paragraphQuotes.find((x) => x.speakerId);
  return q?.speakerId ? speakerById.get(q.speakerId) ?? null : null;
}
