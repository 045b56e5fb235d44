// A role a sentence gives someone with a verb of taking up or leaving a post: "Schmidt had become the chairman of
// Google", "He became Google's CEO", "Doe was appointed head of the agency", "Roe resigned as chief executive".
// It fills a known person's role only when the article has given them none.
import { POST_AS_VERBS, POST_NAMING_VERBS, POST_TAKING_VERBS } from '../../data/role-verbs';
import { SUBJECT_PRONOUNS } from '../../data/pronouns';
import { ARTICLES, classifyPhrase, isNumberWord, isRoleNoun, namesAJob, type Ref } from './mentions';
import { rootOf, type Registry } from './registry';
import { isPronounWithVerb, type Token } from './tokens';

const PASSIVE_AUXILIARIES = new Set(['was', 'been', 'is']);
/** Words that may sit between the subject and the verb: "had become", "was later named". */
const AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'is', 'been', 'later', 'then', 'soon', 'eventually', 'also', 'took', 'stepped', 'quickly']);
const MAX_ROLE_WORDS = 10;
const COPULAS = new Set(['is', 'was']);
/** Auxiliaries of "has been", "had been" before a post ("Doe has been the director since 2019"). */
const PERFECT_AUXILIARIES = new Set(['has', 'had', 'have']);
/** Words opening a clause whose post is only supposed ("if she becomes president"). */
const CONDITIONAL_OPENERS = new Set(['if', 'unless', 'whether', 'should']);
/** Lower-case words after "is the" that rank someone among others rather than name their job. */
const RANKING_WORDS = new Set(['last', 'first', 'only', 'latest', 'second', 'third', 'sole', 'lone', 'youngest', 'oldest']);
/** Words that end the post's phrase: "became chief executive | in 2019", "… | and moved to Leeds". */
const POST_PHRASE_STOPS = new Set(['and', 'in', 'on', 'after', 'before', 'when', 'until', 'since']);

export function registerPredicateRole(text: string, tokens: readonly Token[], registry: Registry): void {
  for (let k = 0; k < tokens.length - 1; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    // "Sharon is the CEO of Hotelied", "She's the director of the centre": a copula before a job, at the clause's start.
    // "He’s been a cook at Cassava", "Doe has been the director": "been" before the article changes nothing.
    const been = tokens[k + 1]?.lower === 'been' && (isPronounWithVerb(text, t) || PERFECT_AUXILIARIES.has(t.lower)) ? 1 : 0;
    const contracted = isPronounWithVerb(text, t) && ARTICLES.has(tokens[k + 1 + been]?.lower ?? '');
    const copula = k > 0 && (COPULAS.has(t.lower) || been === 1) && ARTICLES.has(tokens[k + 1 + been]?.lower ?? '');
    const taking = k > 0 && (POST_TAKING_VERBS.has(t.lower) || (POST_NAMING_VERBS.has(t.lower) && PASSIVE_AUXILIARIES.has(tokens[k - 1].lower)));
    const verbAt = t.lower === 'as' ? postVerbBeforeAs(tokens, k) : -1;
    const as = verbAt >= 0;
    if (!taking && !as && !copula && !contracted) continue;
    let start = as ? verbAt : contracted ? k + 1 : k;
    while (start > 0 && !contracted && AUXILIARIES.has(tokens[start - 1].lower)) start--;
    let from = start;
    while (from > 0 && tokens[from - 1].kind === 'word') from--;
    if ((copula || contracted) && from > 0) continue; // "… said Doe is the one who": only a clause's own subject
    // "If Kamala Harris becomes the next president …": a post she may take, not one she holds.
    if (CONDITIONAL_OPENERS.has(tokens[from]?.lower ?? '') || (from > 0 && CONDITIONAL_OPENERS.has(tokens[from - 1].lower))) continue;
    // "Christie was the last high-profile contender who …", "She is the first woman to …": a standing, not a post.
    if ((copula || contracted) && RANKING_WORDS.has(tokens[k + 2 + been]?.lower ?? '')) continue;
    const subject: Ref | null = contracted ? { type: 'pronoun', target: SUBJECT_PRONOUNS.get(t.lower)!, surface: t.text }
      : from < start ? classifyPhrase(text, tokens.slice(from, start)) ?? relativeAntecedent(text, tokens, from, start) : null;
    const person = subject?.type === 'name' && subject.kind === 'person' ? registry.knownPerson(subject)
      : subject?.type === 'pronoun' ? registry.fromPronoun(subject) : null;
    if (!person || rootOf(person).kind !== 'person' || rootOf(person).role) continue;
    const postFrom = k + 1 + been;
    let end = postFrom;
    while (end < tokens.length && tokens[end].kind === 'word' && end - k <= MAX_ROLE_WORDS && !endsPost(tokens, end)) end++;
    const post = classifyPhrase(text, tokens.slice(postFrom, end));
    // "as Programme Officer": a post written in capitals reads as a name; its last word shows it is a job.
    if (as && post?.type === 'name' && end - k <= 4 && isRoleNoun(tokens[end - 1].lower)) {
      registry.giveRole(person, post.surface, null);
      continue;
    }
    if (post?.type !== 'description' || post.kind !== 'person' || !post.role) continue;
    // A copula gives a role only when it names a job ("is the CEO of X"), not what someone is like ("is a fan").
    if ((copula || contracted) && !namesAJob(post.head)) continue;
    registry.giveRole(person, post.role, post.org);
  }
}

/** Words after "for" that say how long ("for 12 years", "for two decades", "for more than a year"). */
const HOW_LONG_AFTER_FOR = new Set(['years', 'decades', 'months', 'weeks', 'days', 'more', 'nearly', 'almost', 'about', 'many', 'several', 'long']);
const saysHowLong = (word: string): boolean => isNumberWord(word) || HOW_LONG_AFTER_FOR.has(word);

/** Where the post's phrase ends: at a stop word, except "and" inside a capitalised name ("Food and Allergy"). */
function endsPost(tokens: readonly Token[], at: number): boolean {
  const w = tokens[at];
  // "a chef at the inn for years", "for 12 years", "for more than a decade": how long, no part of the post.
  if (w.lower === 'for' && saysHowLong(tokens[at + 1]?.lower ?? '')) return true;
  if (!POST_PHRASE_STOPS.has(w.lower)) return false;
  return !(w.lower === 'and' && tokens[at - 1]?.capital && tokens[at + 1]?.capital);
}

/** Prepositions before the body someone holds a post at: "works with Acme as", "served at the bank as". */
const POST_BODY_PREPOSITIONS = new Set(['with', 'at', 'for']);
const MAX_BODY_WORDS = 8;

/**
 * The verb of taking a post before the "as" at `as`: right before it ("resigned as"), or before the body the post is
 * at ("is working with the Gender Network (GN) as"). -1 when there is none.
 */
function postVerbBeforeAs(tokens: readonly Token[], as: number): number {
  if (as === 0) return -1;
  if (POST_AS_VERBS.has(tokens[as - 1].lower)) return as - 1;
  for (let k = as - 1; k > 1 && as - k <= MAX_BODY_WORDS; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' && t.text !== '(' && t.text !== ')') return -1;
    if (POST_BODY_PREPOSITIONS.has(t.lower) && POST_AS_VERBS.has(tokens[k - 1].lower)) return k - 1;
  }
  return -1;
}

/** "Jane Doe, who is working with …": the person the relative pronoun opening tokens[from, start) stands for. */
function relativeAntecedent(text: string, tokens: readonly Token[], from: number, start: number): Ref | null {
  if (start - from !== 1 || tokens[from].lower !== 'who' || tokens[from - 1]?.text !== ',') return null;
  let nameFrom = from - 1;
  while (nameFrom > 0 && tokens[nameFrom - 1].kind === 'word') nameFrom--;
  return classifyPhrase(text, tokens.slice(nameFrom, from - 1));
}
