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
  // Malaysian honours used as forms of address ("Datuk Seri Anwar Ibrahim", "Tun Mahathir"). Not "Tan" or "Sri"
  // alone, which are also names.
  ['datuk', null], ['dato', null], ["dato'", null], ['datin', 'f'], ['seri', null], ['tun', null],
]);

/**
 * Honorifics used with a first name alone in British usage ("Sir Keir", "Dame Judi", "Lady Jane"),
 * so "Sir Alan" can be the same person as "Sir Alan Reyes".
 */
/** Words after a surname that tell a generation ("Jane Doe Jr.", "John Roe III"): the surname is the word before. */
export const GENERATION_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Degrees and honours written after a name and set off by commas ("Jane Doe, MD, president of …", "Jane Doe,
 *  Ph.D., of Acme University"): lower case, without dots. */
export const POST_NOMINALS: ReadonlySet<string> = new Set([
  'md', 'phd', 'dphil', 'do', 'rn', 'np', 'dds', 'dmd', 'dvm', 'mph', 'msc', 'mba', 'jd', 'llm', 'esq', 'psyd', 'edd',
  'frcp', 'frcs', 'facp', 'facs', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'qc', 'kc', 'cpa', 'lcsw',
]);

/** Letters after a name for a seat its bearer holds ("Jane Doe MP", "John Roe MSP"): the seat is their role. */
export const OFFICE_POST_NOMINALS: ReadonlySet<string> = new Set(['mp', 'msp', 'mep', 'mla', 'mpp', 'td']);

export const FIRST_NAME_HONORIFICS: ReadonlySet<string> = new Set(['sir', 'dame', 'lady', 'lord']);

/** Lower-case particles inside personal names and names of bodies ("Erik van Sebille", "Ursula von der Leyen",
 *  "Mohammed bin Salman", "Banco do Brasil"). Not those that are also surnames or given names ("Das", "Della", "Des"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'do', 'dos', 'van', 'von', 'der', 'den', 'del', 'di', 'bin', 'al', 'la', 'le', 'du',
]);
