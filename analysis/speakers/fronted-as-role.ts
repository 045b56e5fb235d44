// "As policy director for the union's state office, Jane Doe has …", "As head of the agency, John Roe said …": a
// post written in a fronted "as" phrase is the post of the person the clause opens with.
import { classifyPhrase, namesAJob } from './mentions';
import type { Registry } from './registry';
import { capitalRunEnd, type Token } from './tokens';

/** How many words the fronted phrase may have before its comma. */
const MAX_POST_WORDS = 14;

export function registerFrontedAsRole(text: string, tokens: readonly Token[], registry: Registry, paragraph: number): void {
  if (tokens[0]?.kind !== 'word' || tokens[0].lower !== 'as' || !tokens[0].capital) return;
  let comma = 1;
  while (comma < tokens.length && comma <= MAX_POST_WORDS && tokens[comma].kind === 'word') comma++;
  if (comma < 2 || tokens[comma]?.text !== ',') return;
  const post = classifyPhrase(text, tokens.slice(1, comma));
  if (post?.type !== 'description' || post.kind !== 'person' || !post.role || !namesAJob(post.head)) return;
  // The subject: the capitalised words right after the comma, a name and nothing more ("Jane Doe has …", not
  // "Jane Doe's plan …").
  const end = capitalRunEnd(tokens, comma + 1);
  if (end - comma - 1 < 2 || (tokens[end]?.capital && tokens[end].possessive)) return;
  const subject = classifyPhrase(text, tokens.slice(comma + 1, end));
  if (subject?.type !== 'name' || subject.kind !== 'person') return;
  registry.giveRole(registry.fromName(subject, paragraph), post.role, post.org, true);
}
