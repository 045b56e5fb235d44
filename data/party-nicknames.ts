// Everyday words of English politics that stand for a party word ("a Tory source" is a Conservative source,
// "the GOP" the Republicans). Dictionary words only, so that a speaker and a party are recognised as one.
export const PARTY_NICKNAMES: Readonly<Record<string, string>> = {
  tory: 'conservative',
  tories: 'conservative',
  gop: 'republican',
  dems: 'democrat',
  democratic: 'democrat',
  democrats: 'democrat',
  republicans: 'republican',
  conservatives: 'conservative',
};
