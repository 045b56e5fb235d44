// Third-person pronouns that can stand for a speaker, with what they can refer to.
// "he said" → the most recent male-or-unknown person; "they said" → a group or organisation.

export type PronounTarget = 'male' | 'female' | 'plural' | 'thing';

export const SUBJECT_PRONOUNS: ReadonlyMap<string, PronounTarget> = new Map<string, PronounTarget>([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['it', 'thing'],
]);

/** All third-person forms, for telling pronouns from names and nouns. */
export const ALL_PRONOUNS: ReadonlySet<string> = new Set([
  'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'they', 'them', 'their', 'theirs', 'themselves',
  'it', 'its', 'itself', 'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'who', 'whom', 'whose', 'which', 'that', 'this',
  'these', 'those',
]);

/** Possessive determiners ("her lawyer", "one of his editors"): whose something is, never a name or a role. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['her', 'his', 'their', 'its', 'our', 'my', 'your']);

/**
 * Words for someone speaking for a body whom the article does not name, and whom writers call "they" whatever
 * their sex ("A ministry spokesperson said … They said the UK remained “committed”").
 */
export const SINGULAR_THEY_NOUNS: ReadonlySet<string> = new Set(['spokesperson', 'representative', 'source', 'official', 'insider']);
