// The speech cue: does a sentence say that someone says something? It tells a short quotation someone is
// credited with ('accused them of trying to "blackmail" us') from a scare quote nobody says (a "reform").
// This is a yes/no test for the quote pass; naming the speaker is the speakers pass's job.
import { SOURCE_PHRASES, SPEECH_VERBS, STATEMENT_NOUNS } from '../../data/speech-verbs';

/** Verbs whose forms are too often something else to count as a cue ("the state", "started", "read"). */
const NOT_A_CUE = new Set(['start', 'begin', 'put', 'read', 'estimate', 'calculate', 'sign', 'charge', 'point', 'reason', 'go on', 'text', 'message', 'email', 'blog', 'signal', 'state', 'note']);

/** Verbs whose -s and -ing forms are mostly nouns ("his tweets", "a warning", "the reports"). */
const NOUN_LIKE = new Set([
  'post', 'call', 'question', 'query', 'report', 'comment', 'answer', 'reply', 'promise', 'pledge', 'vow', 'protest',
  'appeal', 'demand', 'fear', 'hope', 'feel', 'attack', 'blast', 'welcome', 'praise', 'thank', 'hail', 'brand',
  'label', 'challenge', 'joke', 'boast', 'claim', 'tweet', 'warn', 'cry', 'chant', 'shout', 'scream', 'whisper',
  'remark', 'counter', 'echo', 'dub', 'slam', 'quip', 'lament', 'concede', 'testify', 'record',
]);

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'written', 'writes', 'writing'],
  think: ['thought', 'thinks'],
  feel: ['felt'],
};

const MODALS = 'to|will|would|could|should|might|may|must|can|cannot|did|does|do|not|never|n[\'\u2019]t';

/** The forms of a verb that count: past and participles always; -s and -ing unless mostly a noun. */
export function cueForms(verb: string): string[] {
  if (IRREGULAR[verb]) return IRREGULAR[verb];
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const y = /[^aeiou]y$/.test(verb) ? verb.slice(0, -1) : null;
  const doubled = /[^aeiou][aeiou][bdglmnprt]$/.test(verb) ? verb + verb.at(-1) : null;
  const past = y ? [y + 'ied'] : [stem + 'ed', ...(doubled ? [doubled + 'ed'] : [])];
  const third = y ? [y + 'ies'] : [/(s|sh|ch|x|z)$/.test(verb) ? verb + 'es' : verb + 's'];
  const ing = [stem + 'ing', ...(doubled ? [doubled + 'ing'] : []), ...(y ? [verb + 'ing'] : [])];
  return NOUN_LIKE.has(verb) ? past : [...past, ...third, ...ing];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

function buildCue(): RegExp {
  const verbs = [...new Set(SPEECH_VERBS)].filter((v) => !NOT_A_CUE.has(v));
  const forms = [...new Set(verbs.flatMap(cueForms))];
  const bases = verbs.map(escape).join('|');
  const statements = [...STATEMENT_NOUNS].map(escape).join('|');
  const phrases = [
    forms.map(escape).join('|'),
    `(?:${MODALS})\\s+(?:${bases})`, // "refused to say", "would not comment"
    [...SOURCE_PHRASES].map(escape).join('|'),
    `in\\s+(?:a|an|the|his|her|their|its|our|my)\\s+(?:\\w+\\s+)?(?:${statements})`, // "in a statement"
    'pointed\\s+out|described\\s+as|quoted\\s+as',
  ];
  return new RegExp(`(?<![\\p{L}\\p{N}\\-])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

const CUE = buildCue();

/** True when the text holds a word or phrase that introduces someone's words ("said", "told MPs", "according to"). */
export function hasSpeechCue(text: string): boolean {
  return CUE.test(text);
}
