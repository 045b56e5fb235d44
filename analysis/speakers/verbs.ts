// Speech-verb inflections, generated once from the base forms in data/speech-verbs.ts.
// "warn" → warned, warns, warning; "deny" → denied, denies, denying; "admit" → admitted, admitting.
import {
  FRAMED_VERBS,
  ASPECTUAL_VERBS,
  IRREGULAR_SPEECH_FORMS,
  REPORTING_VERBS,
  SPEECH_VERBS,
  THOUGHT_VERBS,
  WEAK_SPEECH_VERBS,
} from '../../data/speech-verbs';

export interface SpeechVerb {
  /** Base form ("say"), or the two-word phrase ("go on"). */
  base: string;
  /** -ing form ("adding: ..."): it takes its subject from the clause it hangs on. */
  participle: boolean;
  /** Bare base form ("argue", "say"): only a verb after a plural subject, so it needs one. */
  bare: boolean;
  /** A thinking verb: attributes only a quotation right beside it. */
  thought: boolean;
  /** Introduces reported speech without quotation marks. */
  reporting: boolean;
  /** Often not about speaking ("called a meeting"): attributes only a quotation that follows it. */
  weak: boolean;
  /** Speaks only in the frame "VERB something as/to “…”" ("sees the plan as “a betrayal”"): the frame's words. */
  frameWords: readonly string[] | null;
  /** Going on or starting: no speech before "to" ("continued to drop"). */
  aspectual: boolean;
  /** Number of words the verb spans ("went on" = 2). */
  words: number;
}

const DOUBLED = new Set(['admit', 'quip', 'blog', 'chat', 'regret', 'submit', 'omit', 'commit', 'refer', 'prefer', 'signal', 'plan', 'dub', 'label', 'sum']);
const VOWELS = /[aeiou]/;

/** Regular inflections of one base: [past, -s, -ing]. */
export function inflect(base: string): string[] {
  const irregular = IRREGULAR_SPEECH_FORMS[base];
  if (irregular) return [...irregular];
  // A phrasal verb inflects its verb and keeps its particle: "weigh in" → "weighed in".
  const space = base.indexOf(' ');
  if (space > 0) return inflect(base.slice(0, space)).map((form) => form + base.slice(space));
  const last = base.at(-1) ?? '';
  const beforeLast = base.at(-2) ?? '';
  const stem = DOUBLED.has(base) ? base + last : base;
  let past: string;
  let ing: string;
  let third: string;
  if (last === 'e') {
    past = base + 'd';
    ing = base.endsWith('ee') ? base + 'ing' : base.slice(0, -1) + 'ing';
  } else if (last === 'y' && !VOWELS.test(beforeLast)) {
    past = base.slice(0, -1) + 'ied';
    ing = base + 'ing';
  } else {
    past = stem + 'ed';
    ing = stem + 'ing';
  }
  if (last === 'y' && !VOWELS.test(beforeLast)) third = base.slice(0, -1) + 'ies';
  else if (/(s|sh|ch|x|z|o)$/.test(base)) third = base + 'es';
  else third = base + 's';
  const forms = [past, third, ing];
  if (base === 'signal') forms.push('signaled', 'signaling');
  return forms;
}

function buildTable(): Map<string, SpeechVerb> {
  const table = new Map<string, SpeechVerb>();
  const thought = new Set<string>(THOUGHT_VERBS);
  const reporting = new Set<string>(REPORTING_VERBS);
  const weak = new Set<string>(WEAK_SPEECH_VERBS);
  const aspectual = new Set<string>(ASPECTUAL_VERBS);
  for (const base of new Set<string>([...SPEECH_VERBS, ...THOUGHT_VERBS, ...Object.keys(FRAMED_VERBS)])) {
    const words = base.split(' ').length;
    const entry = (participle: boolean, bare: boolean): SpeechVerb => ({
      base, participle, bare, thought: thought.has(base), reporting: reporting.has(base), weak: weak.has(base), frameWords: FRAMED_VERBS[base] ?? null, aspectual: aspectual.has(base), words,
    });
    if (!table.has(base)) table.set(base, entry(false, true));
    for (const form of inflect(base)) {
      if (!table.has(form) || table.get(form)!.bare) table.set(form, entry(form.split(' ')[0].endsWith('ing'), false));
    }
  }
  return table;
}

/** What one lower-case word can start: a one-word verb, and whether some two-word verb begins with it. */
interface WordEntry {
  one: SpeechVerb | null;
  startsTwoWord: boolean;
}

let table: Map<string, SpeechVerb> | null = null;
/** Every first word of a verb ("said", "went" of "went on"): one look-up tells most words apart. */
let byWord: Map<string, WordEntry> | null = null;

function wordTable(): Map<string, WordEntry> {
  table = buildTable();
  const words = new Map<string, WordEntry>();
  for (const [form, verb] of table) {
    const first = form.split(' ')[0];
    const entry = words.get(first) ?? { one: null, startsTwoWord: false };
    if (form.includes(' ')) entry.startsTwoWord = true;
    else if (verb.words === 1) entry.one = verb;
    words.set(first, entry);
    const shape = shapeOf(first);
    if (shape >= 0) shapes[shape] = 1;
  }
  return words;
}

/**
 * Which (length, first letter, last letter) shapes some verb's first word has. A word of another shape is no
 * verb, told by three char codes: no look-up, so no hashing of the word (most words are not verbs).
 */
const shapes = new Uint8Array(32 * 26 * 26);

/** The shape index of a lower-case word, or -1 when it is too long or not bounded by a-z (always looked up). */
function shapeOf(lower: string): number {
  const n = lower.length;
  if (n === 0 || n >= 32) return -1;
  const first = lower.charCodeAt(0) - 97;
  const last = lower.charCodeAt(n - 1) - 97;
  if (first < 0 || first > 25 || last < 0 || last > 25) return -1;
  return (n * 26 + first) * 26 + last;
}

/** The speech verb spelled by `word` (and `next` for two-word verbs like "went on"), or null. */
export function speechVerb(word: string, next?: string): SpeechVerb | null {
  return speechVerbOfLower(word.toLowerCase(), next?.toLowerCase());
}

/** speechVerb for words already in lower case (a token's `lower`): no case folding per word. */
export function speechVerbOfLower(lower: string, next?: string): SpeechVerb | null {
  byWord ??= wordTable();
  const shape = shapeOf(lower);
  if (shape >= 0 && !shapes[shape]) return null;
  const entry = byWord.get(lower);
  if (!entry) return null;
  if (next !== undefined && entry.startsTwoWord) {
    const two = table!.get(`${lower} ${next}`);
    if (two) return two;
  }
  return entry.one;
}
