// Who "he" or "she" is when it speaks a quotation inside someone's quotation ("“I asked him. He said, ‘No.’”").
// The speaker's "he" is not the article's focus (the speaker themselves is often that): it is the person the
// speaker is talking about, whom the narrative has just named. So it is read only when the outer words before it
// give no one else it could be (no name, no "the referee", no "my brother"), and it stands for the person the last
// sentence naming anyone named before the quotation, up to two paragraphs back, who is not the outer speaker.
import { CALENDAR_WORDS } from '../../data/time-words';
import { PLAIN_PERSON_NOUNS, RELATION_NOUNS } from '../../data/titles';
import { findFullNames, surnameOf } from './full-names';
import { isRoleNoun, type PronounRef } from './mentions';
import { pronounFits, rootOf, type Entity, type Registry } from './registry';


/** How many paragraphs back the narrative may have named the person. */
const PARAGRAPHS_BACK = 2;

/** Where one sentence of the narrative ends and the next begins (a stop, a closing mark, a capital after). */
const SENTENCE_BREAK = /(?<=[.!?]["'\u2019\u201D]?)\s+(?=["'\u2018\u201C]?\p{Lu})/u;

/** A word, its possessive ending left outside ("Doe’s" → "Doe"). */
const WORD = /[\p{L}-]+(?:['’]\p{L}+)?/gu;

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'my', 'his', 'her', 'our', 'their', 'your', 'one']);

export interface NestedPronoun {
  pronoun: PronounRef;
  /** Offset of the speech verb after the pronoun, inside the outer quotation. */
  at: number;
}

/**
 * The person `said.pronoun` stands for, or null. `outerStart` is where the outer quotation's words start in
 * paragraph `paragraph` of `paragraphs`; `outerSpeaker` says it (unknown: nobody to tell the "he" from).
 */
export function nestedPronounReferent(
  paragraphs: readonly string[],
  paragraph: number,
  outerStart: number,
  said: NestedPronoun,
  registry: Registry,
  outerSpeaker: Entity | null,
): Entity | null {
  const { pronoun } = said;
  if (!outerSpeaker || (pronoun.target !== 'male' && pronoun.target !== 'female')) return null;
  const text = paragraphs[paragraph];
  const speaker = rootOf(outerSpeaker);
  const before = text.slice(outerStart, said.at);
  // "I asked Gary about the smell. He said ‘…’": the one person the speaker names before the pronoun.
  const named = soleNamedIn(before, registry, speaker);
  if (named) return pronounFits(named, pronoun) ? withGender(named, pronoun) : null;
  if (mentionsSomeone(before)) return null;
  const speakerSurname = speaker.nameWords.length ? surnameOf(speaker.normalisedName) : null;
  let fullNames: Map<string, string[]> | null = null;
  for (let p = paragraph; p >= 0 && p >= paragraph - PARAGRAPHS_BACK; p--) {
    const narrative = p === paragraph ? text.slice(0, Math.max(0, outerStart - 1)) : paragraphs[p];
    // Sentence by sentence, the last first: "White said he heard … Graveley said the video missed Blake." names
    // Blake last, whoever the sentences before named.
    const sentences = narrative.split(SENTENCE_BREAK);
    for (let s = sentences.length - 1; s >= 0; s--) {
      const words = wordsOf(sentences[s]);
      // The sentence that names someone must name one person only: two, and the "he" could be either.
      let found: Entity | string[] | null = null;
      for (let k = words.length - 1; k >= 0; k--) {
        const word = words[k];
        // "Doe said his father …": the last person mentioned (not the speaker) has no name, so the "he" has none
        // the reader knows.
        if (!found && isPersonNoun(words, k) && !speaker.heads.has(word.toLowerCase())) return null;
        if (!/^\p{Lu}/u.test(word)) continue;
        const surname = word.toLowerCase();
        if (surname === speakerSurname) continue;
        const known = personBySurname(registry, surname);
        let person: Entity | string[] | null = null;
        if (known) {
          if (rootOf(known) !== speaker && pronounFits(known, pronoun)) person = rootOf(known);
        } else {
          fullNames ??= findFullNames(paragraphs);
          const name = fullNames.get(surname);
          // "the New York Times": a capitalised run after "the" is a title or a body, not a person.
          if (name && words[k - name.length]?.toLowerCase() !== 'the') person = name;
        }
        if (!person) continue;
        if (found && !samePerson(found, person)) return null;
        found = person;
      }
      if (!found) continue;
      if (!Array.isArray(found)) return withGender(found, pronoun);
      const e = rootOf(registry.fromName({
        type: 'name', words: found, honorific: null, gender: null, title: null, org: null, kind: 'person',
        surface: found.join(' '), firstNameHonorific: false,
      }, p));
      return e === speaker ? null : withGender(e, pronoun);
    }
  }
  return null;
}

/**
 * The one person the outer words call by name (a first name or surname the article gives a known person), when they
 * call nobody else by name or by a noun for a person ("the officer", "my brother"); not the speaker.
 */
function soleNamedIn(before: string, registry: Registry, speaker: Entity): Entity | null {
  const words = wordsOf(before);
  let found: Entity | null = null;
  for (let k = 0; k < words.length; k++) {
    if (isPersonNoun(words, k)) return null;
    const word = words[k];
    if (!/^\p{Lu}\p{Ll}/u.test(word)) continue;
    const person = registry.personCalled(word.toLowerCase());
    if (!person) continue;
    if (person === speaker || (found && found !== person)) return null;
    found = person;
  }
  return found;
}

/** The words of `text`, possessive endings dropped. */
function wordsOf(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => m[0].replace(/['’]s$/, ''));
}

function samePerson(a: Entity | string[], b: Entity | string[]): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.join(' ') === b.join(' ');
  return a === b;
}

/**
 * The outer words before the pronoun mention a person of their own, whom "he" may mean: a name (a capital
 * inside a sentence; "I" and its contractions are the speaker) or a person noun ("the referee", "my brother").
 */
function mentionsSomeone(before: string): boolean {
  const words = wordsOf(before);
  for (let k = 0; k < words.length; k++) if (isPersonNoun(words, k)) return true;
  for (const m of before.matchAll(WORD)) {
    const w = m[0];
    if (m.index === 0 || !/^\p{Lu}/u.test(w) || /^I(?:['’]\p{Ll}+)?$/u.test(w) || CALENDAR_WORDS.has(w.toLowerCase())) continue;
    if (!/[.!?\u2014\u2013-][\s"'\u2018\u2019\u201C\u201D]*$/u.test(before.slice(Math.max(0, m.index - 4), m.index))) return true;
  }
  return false;
}

/** Word `k` is a noun for one person with a determiner just before it ("the referee", "his late father"). */
function isPersonNoun(words: readonly string[], k: number): boolean {
  const lower = words[k].toLowerCase();
  if (!(isRoleNoun(lower) || RELATION_NOUNS.has(lower) || PLAIN_PERSON_NOUNS.has(lower))) return false;
  if (PRONOUN_LIKE.has(lower)) return true;
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) if (DETERMINERS.has(words[j].toLowerCase())) return true;
  return false;
}

/** Person words that need no determiner ("someone told me"). */
const PRONOUN_LIKE = new Set(['someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'nobody']);

/** The person the registry knows by this surname, the most recently seen. */
function personBySurname(registry: Registry, surname: string): Entity | null {
  let best: Entity | null = null;
  for (const e of registry.entities) {
    if (e.mergedInto || e.kind !== 'person' || !e.nameWords.length) continue;
    if (surnameOf(e.normalisedName) !== surname) continue;
    if (!best || e.lastSeen > best.lastSeen) best = e;
  }
  return best;
}

function withGender(e: Entity, pronoun: PronounRef): Entity {
  if (!e.gender) e.gender = pronoun.target === 'male' ? 'm' : 'f';
  return e;
}
