// Verbs that say what a person does, in a relative clause after their name ("Jane Doe, who owns a bakery,"), and
// the role noun each stands for ("owner of a bakery"); and verbs of taking up or leaving a post. Words of the language only.
export const ROLE_VERBS: ReadonlyMap<string, string> = new Map([
  ['owns', 'owner'], ['owned', 'owner'], ['heads', 'head'], ['leads', 'leader'], ['chairs', 'chair'],
  ['directs', 'director'], ['manages', 'manager'], ['founded', 'founder'], ['co-founded', 'co-founder'],
  ['represents', 'representative'], ['represented', 'representative'], ['coaches', 'coach'], ['edits', 'editor'],
  ['studies', 'researcher'], ['researches', 'researcher'], ['teaches', 'teacher'], ['advises', 'adviser'],
]);

/** "Jane Doe, prosecuting, said": in a court report, the side a barrister speaks for, written alone after the name. */
export const COUNSEL_SIDES: ReadonlySet<string> = new Set(['prosecuting', 'defending', 'mitigating', 'representing']);

/** Verbs after which the next phrase is a post someone takes ("became the chairman of X"). */
export const POST_TAKING_VERBS: ReadonlySet<string> = new Set(['become', 'became', 'becomes']);
/** Passive verbs of being given a post ("was named head of the agency"). */
export const POST_NAMING_VERBS: ReadonlySet<string> = new Set(['named', 'appointed', 'elected']);
/** The word before "as" and a post: "resigned as", "served as", "stepped down as", "took over as", "remains as". */
export const POST_AS_VERBS: ReadonlySet<string> = new Set([
  'resigned', 'resigns', 'served', 'serves', 'hired', 'over', 'down', 'continues', 'continued', 'remains', 'remained',
  'works', 'worked', 'working',
]);
