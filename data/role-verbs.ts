// Verbs that say what a person does, in a relative clause after their name ("Jane Doe, who owns a bakery,"), and
// the role noun each stands for, written before the verb's object ("owner of a bakery"). Words of the language only.
export const ROLE_VERBS: ReadonlyMap<string, string> = new Map([
  ['owns', 'owner'], ['owned', 'owner'], ['heads', 'head'], ['leads', 'leader'], ['chairs', 'chair'],
  ['directs', 'director'], ['manages', 'manager'], ['founded', 'founder'], ['co-founded', 'co-founder'],
  ['represents', 'representative'], ['represented', 'representative'], ['coaches', 'coach'], ['edits', 'editor'],
]);
