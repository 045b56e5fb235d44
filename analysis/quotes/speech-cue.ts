// The speech cue: does a sentence say that someone says something? It tells a short quotation someone is
// credited with ('accused them of trying to "blackmail" us') from a scare quote nobody says (a "reform").
// This is a yes/no test for the quote pass; naming the speaker is the speakers pass's job.
import { EASE_ADJECTIVES, IRREGULAR_SPEECH_FORMS, SOURCE_PHRASES, SPEECH_VERBS, STATEMENT_NOUNS } from '../../data/speech-verbs';
import { inflect } from '../speakers/verbs';
import { hasSurrogate, isAlnumCode, isLetterCode } from './char-class';

/** Verbs whose forms are too often something else to count as a cue ("the state", "started", "read"). */
const NOT_A_CUE = new Set(['start', 'begin', 'put', 'read', 'estimate', 'calculate', 'sign', 'charge', 'point', 'go on']);

/** Verbs that are a cue only in the past ("she reflected"): "will reflect Canada's “culture”" is no one speaking. */
const PAST_ONLY = new Set(['reflect']);

/** Verbs whose -s and -ing forms are mostly nouns ("his tweets", "a warning", "the reports"). */
const NOUN_LIKE = new Set([
  'post', 'call', 'question', 'query', 'report', 'comment', 'answer', 'reply', 'promise', 'pledge', 'vow', 'protest',
  'appeal', 'demand', 'fear', 'hope', 'feel', 'attack', 'blast', 'welcome', 'praise', 'thank', 'hail', 'brand',
  'label', 'challenge', 'joke', 'boast', 'claim', 'tweet', 'warn', 'cry', 'chant', 'shout', 'scream', 'whisper',
  'remark', 'counter', 'echo', 'dub', 'slam', 'quip', 'lament', 'concede', 'testify', 'record', 'state', 'note',
  'text', 'message', 'email', 'blog', 'signal', 'reason', 'comment', 'share',
]);


/** Words before which a bare base form is a verb: "refused to say", "would not comment", "didn't deny". */
const MODALS = new Set(['to', 'will', 'would', 'could', 'should', 'might', 'may', 'must', 'can', 'cannot', 'did', 'does', 'do', 'not', 'never']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my']);
/** "tough to maintain", "hard to explain": the bare verb after one of these and "to" is no one's speaking. */
const EASE = new Set<string>(EASE_ADJECTIVES);

/** The forms of a verb that count: past and participles always; -s and -ing unless mostly a noun. */
export function cueForms(verb: string): string[] {
  const forms = inflect(verb);
  if (IRREGULAR_SPEECH_FORMS[verb]) return forms;
  return NOUN_LIKE.has(verb) || PAST_ONLY.has(verb) ? [forms[0]] : forms;
}

interface CueTable {
  forms: Set<string>;
  bases: Set<string>;
  /** Multi-word cues by their first word: "according to", "pointed out". */
  phrases: Map<string, string[][]>;
  /** Statement nouns by their first word: "statement", "press release". */
  statements: Map<string, string[][]>;
  /** Every word that can start a cue: most words fail this one look-up and need no other. */
  starts: Set<string>;
}

function byFirstWord(phrases: readonly string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    map.set(words[0], [...(map.get(words[0]) ?? []), words]);
  }
  return map;
}

function buildTable(): CueTable {
  const cues = [...new Set<string>(SPEECH_VERBS)].filter((v) => !NOT_A_CUE.has(v));
  const verbs = cues.filter((v) => !v.includes(' '));
  // Phrasal verbs ("weigh in") count in every form, looked up as phrases: "weighed in", "chiming in".
  const phrasal = cues.filter((v) => v.includes(' ')).flatMap((v) => [v, ...inflect(v)]);
  const forms = new Set(verbs.flatMap(cueForms));
  const bases = new Set(verbs.filter((v) => !PAST_ONLY.has(v)));
  const phrases = byFirstWord([...SOURCE_PHRASES, ...phrasal, 'pointed out', 'described as', 'quoted as', 'put it', 'in his words', 'in her words', 'in their words']);
  const starts = new Set([...forms, ...bases, ...phrases.keys(), 'in']);
  return { forms, bases, phrases, statements: byFirstWord([...STATEMENT_NOUNS]), starts };
}

let table: CueTable | null = null;

const WORD = /[\p{L}\p{N}]+(?:['\u2019]\p{L}+)*/gu;

/** Does `words` hold `phrase` from `at` on? */
function startsWith(words: string[], at: number, phrase: string[]): boolean {
  return phrase.every((w, k) => words[at + k] === w);
}

/**
 * Offset of the first word or phrase in `text` that introduces someone's words ("said", "told MPs",
 * "according to", "in a statement"), or -1. One pass over the words; a word after a hyphen is part of a
 * compound, not a verb ("so-called").
 */
export function firstSpeechCue(text: string): number {
  table ??= buildTable();
  const words: string[] = [];
  const offsets: number[] = [];
  if (hasSurrogate(text)) {
    // Letters outside the BMP: the regex is the definition of a word.
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      words.push(text[m.index - 1] === '-' ? '' : m[0].toLowerCase());
      offsets.push(m.index);
    }
  } else collectWords(text, words, offsets);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!table.starts.has(word)) continue;
    if (table.forms.has(word)) return offsets[i];
    const before = words[i - 1] ?? '';
    if (table.bases.has(word) && (MODALS.has(before) || /n['\u2019]t$/.test(before)) && !EASE.has(words[i - 2] ?? '')) return offsets[i - 1];
    if (table.phrases.get(word)?.some((p) => startsWith(words, i, p))) return offsets[i];
    if (word === 'in' && DETERMINERS.has(words[i + 1] ?? '')) {
      // "in a statement", "in a joint statement"
      for (const at of [i + 2, i + 3]) if (table.statements.get(words[at] ?? '')?.some((p) => startsWith(words, at, p))) return offsets[i];
    }
  }
  return -1;
}

/**
 * The words WORD matches in `text` (no surrogate pairs in it), lower-cased, and their offsets, by char code: one
 * pass, and one case fold of the whole text instead of one per word.
 */
const isApostropheCode = (code: number) => code === 39 || code === 0x2019;

function collectWords(text: string, words: string[], offsets: number[]): void {
  const folded = text.toLowerCase();
  // Case folding that changes the length ("İ") would shift the offsets: fold word by word then.
  const lower = folded.length === text.length ? folded : null;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAlnumCode(text.charCodeAt(i))) { i++; continue; }
    const start = i;
    i++;
    while (i < n && isAlnumCode(text.charCodeAt(i))) i++;
    // Any number of "'letters" / "’letters" tails ("don't", "rock'n'roll"); digits do not follow a mark.
    while (i + 1 < n && isApostropheCode(text.charCodeAt(i)) && isLetterCode(text.charCodeAt(i + 1))) {
      i += 2;
      while (i < n && isLetterCode(text.charCodeAt(i))) i++;
    }
    words.push(text.charCodeAt(start - 1) === 45 /* - */ ? '' : lower ? lower.slice(start, i) : text.slice(start, i).toLowerCase());
    offsets.push(start);
  }
}

/** True when the text holds a speech cue anywhere. */
export function hasSpeechCue(text: string): boolean {
  return firstSpeechCue(text) >= 0;
}
