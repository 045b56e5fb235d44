// A role a sentence gives someone with a verb of taking up or leaving a post: "Schmidt had become the chairman of
// Google", "He became Google's CEO", "Doe was appointed head of the agency", "Roe resigned as chief executive".
// It fills a known person's role only when the article has given them none.
import { POST_AS_VERBS, POST_NAMING_VERBS, POST_TAKING_VERBS } from '../../data/role-verbs';
import { classifyPhrase } from './mentions';
import { rootOf, type Registry } from './registry';
import type { Token } from './tokens';

const PASSIVE_AUXILIARIES = new Set(['was', 'been', 'is']);
/** Words that may sit between the subject and the verb: "had become", "was later named". */
const AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'is', 'been', 'later', 'then', 'soon', 'eventually', 'also', 'took', 'stepped', 'quickly']);
const MAX_ROLE_WORDS = 8;
/** Words that end the post's phrase: "became chief executive | in 2019", "… | and moved to Leeds". */
const POST_PHRASE_STOPS = new Set(['and', 'in', 'on', 'after', 'before', 'when', 'until', 'since']);

export function registerPredicateRole(text: string, tokens: readonly Token[], registry: Registry): void {
  for (let k = 1; k < tokens.length - 1; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    const taking = POST_TAKING_VERBS.has(t.lower) || (POST_NAMING_VERBS.has(t.lower) && PASSIVE_AUXILIARIES.has(tokens[k - 1].lower));
    const as = t.lower === 'as' && POST_AS_VERBS.has(tokens[k - 1].lower);
    if (!taking && !as) continue;
    let start = as ? k - 1 : k;
    while (start > 0 && AUXILIARIES.has(tokens[start - 1].lower)) start--;
    let from = start;
    while (from > 0 && tokens[from - 1].kind === 'word') from--;
    const subject = from < start ? classifyPhrase(text, tokens.slice(from, start)) : null;
    const person = subject?.type === 'name' && subject.kind === 'person' ? registry.knownPerson(subject)
      : subject?.type === 'pronoun' ? registry.fromPronoun(subject) : null;
    if (!person || rootOf(person).kind !== 'person' || rootOf(person).role) continue;
    let end = k + 1;
    while (end < tokens.length && tokens[end].kind === 'word' && end - k <= MAX_ROLE_WORDS && !POST_PHRASE_STOPS.has(tokens[end].lower)) end++;
    const post = classifyPhrase(text, tokens.slice(k + 1, end));
    if (post?.type === 'description' && post.kind === 'person' && post.role) registry.giveRole(person, post.role, post.org);
  }
}
