// A quotation signed with a dash and a name, as in a pull quote or a "quote of the day": "“…” — Jane Doe, the
// mayor", or the name on the next line, "— JANE DOE, a pitcher for the home team".
import { ORGANISATION_WORDS } from '../../data/titles';
import { classifyPhrase, type DescriptionRef, type NameRef } from './mentions';
import { tokenize, type Token } from './tokens';

/** A dash that opens a signature, after white space. */
const DASH_LEAD = /^\s*[\u2014\u2013]\s*/;

export interface Signature {
  name: NameRef;
  apposition: DescriptionRef | null;
}

/**
 * The person whose name follows a dash at `from` in `text` and closes it, a description after a comma allowed, or
 * null: a person's full name only ("— and then it rained" and "— Reuters" sign nothing).
 */
export function signatureAt(text: string, from: number): Signature | null {
  const lead = DASH_LEAD.exec(text.slice(from));
  if (!lead) return null;
  const tokens = tokenize(text, from + lead[0].length, text.length);
  const comma = tokens.findIndex((t) => t.text === ',');
  const nameWords = words(comma < 0 ? tokens : tokens.slice(0, comma));
  const read = nameWords && classifyPhrase(text, nameWords);
  // A name set in capitals ("— PIET HAAS") reads as an acronym; signed under a quotation, it is a person's unless
  // a word of it says organisation ("— ASSOCIATED PRESS").
  const name = read?.type === 'name' && read.kind === 'organisation' && nameWords?.every(isCapitalsName) ? { ...read, kind: 'person' as const } : read;
  if (name?.type !== 'name' || name.kind !== 'person' || name.words.length < 2) return null;
  if (comma < 0) return { name, apposition: null };
  const rest = words(tokens.slice(comma + 1));
  const described = rest && classifyPhrase(text, rest);
  return { name, apposition: described?.type === 'description' && described.kind === 'person' ? described : null };
}

/** A name standing alone as the sentence after a quotation: "“We start somewhere.” Doe. “…”". */
const BARE_NAME = /^\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)\.(?=\s|$)/u;

/**
 * The name right after a quotation's closing mark at `from` that makes a sentence of its own, its verb left out
 * ("“…” Doe."), or null. Only a person's name; the caller accepts one the article has named already.
 */
export function bareNameAt(text: string, from: number): NameRef | null {
  const m = BARE_NAME.exec(text.slice(from));
  if (!m) return null;
  const start = from + m[0].indexOf(m[1]);
  const read = classifyPhrase(text, tokenize(text, start, start + m[1].length));
  return read?.type === 'name' && read.kind === 'person' ? read : null;
}

/** A word in capitals that no organisation name uses ("HAAS", not "PRESS"). */
function isCapitalsName(word: Token): boolean {
  return /^\p{Lu}[\p{Lu}'’-]+$/u.test(word.text) && !ORGANISATION_WORDS.has(word.lower);
}

/** The tokens when they are only words (a closing full stop aside), else null. */
function words(tokens: readonly Token[]): Token[] | null {
  const out = tokens.filter((t, i) => !(i === tokens.length - 1 && t.kind === 'punct' && t.text === '.'));
  return out.length && out.every((t) => t.kind === 'word') ? out : null;
}
