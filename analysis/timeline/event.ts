// A short "who did what" for a dated expression, from its own sentence:
//   "Ana Ruiz urged drivers on Monday not to abandon the night routes, which she said…"
//   → "Ana Ruiz urged drivers not to abandon the night routes".
// The time phrase is taken out, the clause that holds it is kept (or the main clause when that one is only an
// aside), long quotations are shortened, and a leading "He"/"She" becomes the speaker of the paragraph's quote.
import type { Quote, Speaker } from '../types';

const MAX_WORDS = 14;
const LEADING_FILLER = /^(?:and|but|or|so|while|as|however|meanwhile|also|then|which|who|that|earlier|later|again)\b[\s,]*/i;
const PRONOUN = /^(He|She|They)\b/;
/** A space other than " " (every other kind \s matches): with two spaces in a row, what collapsing would change. */
const OTHER_SPACE = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
/** A space before a stop, which the stop is pulled back over. Asked first: most sentences hold none. */
const SPACE_BEFORE_STOP = /\s[,.;:]/;

export interface EventContext {
  sentence: string;
  /** The time phrase's offsets within the sentence. */
  start: number;
  end: number;
  /** A speaker the paragraph's quotes name, to stand for a leading pronoun. */
  speaker: Speaker | null;
}

/** "… resigned on the": the preposition (and "the") the time phrase hangs on. Global, so it can be asked from near the end. */
const HANGING_PREPOSITION = /\b(?:on|in|at|from|since|until|by|during|over|to)(?:\s+the)?\s*$/gi;

export function describeEvent({ sentence, start, end, speaker }: EventContext): string {
  const head = withoutHangingPreposition(sentence.slice(0, start));
  const without = isSingleSpaced(sentence) ? joinedPlainly(head, sentence.slice(end)) : joinedRespaced(head, sentence.slice(end));
  const clauses = splitClauses(without);
  const at = clauseIndexOf(clauses, Math.max(0, head.trimEnd().length - 1));
  let clause = clauses[at] ?? without;
  // An aside ("Asked on Monday whether…", "On Monday,", "On the night of 20 November,") says too little: take the
  // main clause after it.
  if (!hasWords(clause, 4) || ASIDE_OPENING.test(clause) || isFrontedTimePhrase(clause, sentence, end)) {
    clause = clauses.slice(at + 1).find((c) => hasWords(c, 3)) ?? clause;
  }
  // A clause with no subject of its own ("had signed up since…") borrows the sentence's opening words.
  if (at > 0 && startsLowerCase(clause) && clause === clauses[at] && hasWords(clauses[0], 2)) {
    clause = `${firstWords(clauses[0].replace(/[,;:]$/, ''), 6)} … ${clause}`;
  }
  let text = withoutTrailingStops(withoutLeadingFiller(shortenQuotes(clause))).trim();
  if (!hasWords(text, 2)) text = without.replace(/^[\s,;:]+|[,;:.]+$/g, ''); // "On Monday, Smith, 40, left." → the whole sentence
  if (speaker && PRONOUN.test(text)) text = text.replace(PRONOUN, speaker.name);
  if (hasSpaceRuns(text, MAX_WORDS)) text = firstWords(text, MAX_WORDS) + '…';
  return capitalised(text);
}

/** The clause is a fronted phrase the time expression closes ("On the night of | 20 November |, police …"): a
 *  preposition, a few words, and the comma right after the date. */
function isFrontedTimePhrase(clause: string, sentence: string, end: number): boolean {
  return COMMA_OPENING.test(sentence.slice(end, end + 3)) && FRONTED_PREPOSITION.test(clause) && !hasWords(clause, MAX_FRONTED_WORDS + 1);
}
const ASIDE_OPENING = /^(?:asked|speaking|responding|adding|according)\b/i;
const COMMA_OPENING = /^\s*,/;
const FRONTED_PREPOSITION = /^(?:on|in|at|by|during|since|until|from|over|throughout|within|early|late)\s/i;
const MAX_FRONTED_WORDS = 6;

/**
 * The text around the time phrase as one, single-spaced, no space before a stop, trimmed: (head + ' ' + tail) with
 * every run of space before a stop taken out, every other run made one space, and the ends trimmed.
 */
function joinedRespaced(head: string, tail: string): string {
  let without = head + ' ' + tail;
  if (SPACE_BEFORE_STOP.test(without)) without = without.replace(/\s+([,.;:])/g, '$1');
  // Most text is single-spaced already: rewrite only where a run or another kind of space needs it.
  if (without.indexOf('  ') >= 0 || OTHER_SPACE.test(without)) without = without.replace(/\s+/g, ' ');
  return without.trim();
}

/**
 * joinedRespaced for the parts of a single-spaced sentence: the only run to rewrite is where they meet (the space
 * before the time phrase, the one added, the one after it), so no regex has to rewrite the whole text.
 */
function joinedPlainly(head: string, tail: string): string {
  const before = head.trimEnd();
  const after = tail.trimStart();
  return (isStop(after.charCodeAt(0)) ? before + after : before + ' ' + after).trim();
}

/** A space other than " ", or a space before another space or a stop: what isSingleSpaced turns down. */
const IRREGULAR_SPACE = /[^\S ]| [ ,.;:]/;

/**
 * Whether the text's spaces are single plain spaces, none before a stop: what the paragraphs' normalising leaves
 * (but for a space before a stop), and what joinedPlainly needs.
 */
function isSingleSpaced(text: string): boolean {
  return !IRREGULAR_SPACE.test(text);
}

/** ",", ".", ";" or ":". */
function isStop(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 58;
}

/** s.replace(LEADING_FILLER, ''), without the replace machinery for the usual case of no filler. */
function withoutLeadingFiller(s: string): string {
  const m = LEADING_FILLER.exec(s);
  return m ? s.slice(m[0].length) : s;
}

/** /^\p{Ll}/u.test(s), with the regex asked only beyond ASCII. */
function startsLowerCase(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(s);
}

/** s.charAt(0).toUpperCase() + s.slice(1): ASCII by its code, the rest as toUpperCase has it ("ß" → "SS"). */
function capitalised(s: string): string {
  const c = s.charCodeAt(0);
  if (!(c >= 97 && c <= 122) && c < 128) return s;
  return c < 128 ? String.fromCharCode(c - 32) + s.slice(1) : s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The head without the preposition at its end, as a scan of the whole head for it would cut it: a match is the
 * preposition (inside the last word, or the one before "the") and spaces, so it is asked only from the start of
 * the second-last run of non-space.
 */
function withoutHangingPreposition(head: string): string {
  let at = head.length;
  for (let word = 0; word < 2; word++) {
    while (at > 0 && isSpace(head.charCodeAt(at - 1))) at--;
    while (at > 0 && !isSpace(head.charCodeAt(at - 1))) at--;
  }
  HANGING_PREPOSITION.lastIndex = at;
  const m = HANGING_PREPOSITION.exec(head);
  return m ? head.slice(0, m.index) : head;
}

/**
 * The clauses of a text, as text.split(/(?<=[,;:])\s+|\s+[–—-]\s+/) gives them: cut at the spaces after a
 * comma, semicolon or colon, and at a dash between spaces. One walk, no regex.
 */
function splitClauses(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  let i = 0;
  while (i < text.length) {
    if (!isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let spaceEnd = i + 1;
    while (spaceEnd < text.length && isSpace(text.charCodeAt(spaceEnd))) spaceEnd++;
    let cutEnd = -1;
    const before = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (before === 44 || before === 59 || before === 58) cutEnd = spaceEnd; // "," ";" ":"
    else if (spaceEnd + 1 < text.length && isDash(text.charCodeAt(spaceEnd)) && isSpace(text.charCodeAt(spaceEnd + 1))) {
      cutEnd = spaceEnd + 2;
      while (cutEnd < text.length && isSpace(text.charCodeAt(cutEnd))) cutEnd++;
    }
    if (cutEnd < 0) {
      i = spaceEnd; // no cut starts inside a run of spaces that none starts at
      continue;
    }
    out.push(text.slice(from, i));
    from = i = cutEnd;
  }
  out.push(text.slice(from));
  return out;
}

/** "–", "—" or "-". */
function isDash(c: number): boolean {
  return c === 0x2013 || c === 0x2014 || c === 45;
}

/** s without the run of ",", ";", ":" and "." at its end (s.replace(/[,;:.]+$/, '')). */
function withoutTrailingStops(s: string): string {
  let end = s.length;
  for (let c = s.charCodeAt(end - 1); c === 44 || c === 59 || c === 58 || c === 46; c = s.charCodeAt(end - 1)) end--;
  return end === s.length ? s : s.slice(0, end);
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

/**
 * s.split(/\s+/).slice(0, n).join(' '): the text before its n-th run of space, cut there without the split when
 * every run before it is one plain space (nearly always, in normalised text) and s does not open with a space.
 */
export function firstWords(s: string, n: number): string {
  let runs = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isSpace(c)) continue;
    if (c !== 32 || i === 0 || isSpace(s.charCodeAt(i + 1))) break; // a run the join would rewrite: the long way
    if (++runs === n) return s.slice(0, i);
  }
  return s.split(/\s+/).slice(0, n).join(' ');
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

/** How far a quotation is read for its words: the rest of a longer one is left as it is. */
const MAX_QUOTATION = 400;

/**
 * "said that “all Members of Parliament get gifts and…”" → "said that “all Members of Parliament get…”": what
 * s.replace(/([“"])([^”"]{0,400})([”"]?)/g, …) gives, each quotation past six words cut to its first six. One walk
 * from quotation mark to quotation mark, and a copy only where one is cut: a replace with a function costs more
 * than the rest of the description.
 */
function shortenQuotes(s: string): string {
  let out = '';
  let copied = 0;
  for (let open = openingQuoteFrom(s, 0); open >= 0; ) {
    const innerStart = open + 1;
    const limit = Math.min(s.length, innerStart + MAX_QUOTATION);
    let innerEnd = innerStart;
    while (innerEnd < limit && !isClosingQuote(s.charCodeAt(innerEnd))) innerEnd++;
    const end = innerEnd < s.length && isClosingQuote(s.charCodeAt(innerEnd)) ? innerEnd + 1 : innerEnd;
    const inner = s.slice(innerStart, innerEnd);
    if (hasSpaceRuns(inner, 6)) {
      out += `${s.slice(copied, innerStart)}${firstWords(inner, 6)}…${s.slice(innerEnd, end)}`;
      copied = end;
    }
    open = openingQuoteFrom(s, end);
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** The first “ or " at or after `from`, or -1. */
function openingQuoteFrom(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x201c || c === 34) return i;
  }
  return -1;
}

/** ” or ". */
function isClosingQuote(c: number): boolean {
  return c === 0x201d || c === 34;
}

/** The speaker of the first attributed quote among a paragraph's quotes, if any. */
export function paragraphSpeaker(paragraphQuotes: Quote[], speakerById: Map<string, Speaker>): Speaker | null {
  const q = paragraphQuotes.find((x) => x.speakerId);
  return q?.speakerId ? speakerById.get(q.speakerId) ?? null : null;
}
