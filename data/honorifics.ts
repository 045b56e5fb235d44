// Honorifics written before a name, with the gender they tell (null when they tell none).
// Words of the language only. Keys are lower-case and without a trailing dot ("Mr." = "mr").

export type Gender = 'm' | 'f' | null;

export const HONORIFICS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['mr', 'm'], ['mister', 'm'], ['sir', 'm'], ['lord', 'm'], ['messrs', null],
  ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['mx', null], ['dame', 'f'], ['lady', 'f'], ['madam', 'f'], ['mme', 'f'], ['mlle', 'f'],
  ['cllr', null], ['coun', null], ['councillor', null], ['rt', null], ['hon', null], ['dr', null], ['doctor', null], ['prof', null], ['professor', null], ['rev', null], ['reverend', null],
  ['baroness', 'f'], ['baron', 'm'], ['earl', 'm'], ['countess', 'f'], ['duke', 'm'], ['duchess', 'f'],
  // Religious forms of address: "Father James Martin, a Jesuit priest" is a priest, not "a father".
  ['father', 'm'], ['sister', 'f'], ['brother', 'm'],
]);

/**
 * Honorifics used with a first name alone in British usage ("Sir Keir", "Dame Judi", "Lady Jane"),
 * so "Sir Alan" can be the same person as "Sir Alan Reyes".
 */
/** Words after a surname that tell a generation ("Jane Doe Jr.", "John Roe III"): the surname is the word before. */
export const GENERATION_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

export const FIRST_NAME_HONORIFICS: ReadonlySet<string> = new Set(['sir', 'dame', 'lady', 'lord']);

/** Lower-case particles inside personal names ("Erik van Sebille", "Ursula von der Leyen", "Mohammed bin Salman"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'van', 'von', 'der', 'den', 'del', 'di', 'bin', 'al', 'la', 'le', 'du']);
