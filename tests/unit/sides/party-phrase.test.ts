import { describe, expect, it } from 'vitest';
import { readPartyAfter, readPartyBefore } from '../../../analysis/sides/party-phrase';

describe('party phrases', () => {
  const after = (text: string, from: string) => readPartyAfter(text, text.indexOf(from) + from.length)?.name ?? null;
  it('reads the people a common noun owns as the party: "the rebel leader\'s supporters"', () => {
    expect(after('Fighting between the rebel leader\u2019s supporters and the army went on.', 'between ')).toBe('rebel leader\u2019s supporters');
  });
  it('reads the owner as the party when what it owns is a thing: "the council\'s cuts" are the council\'s', () => {
    expect(after("A strike against the council's cuts to pay began.", 'against ')).toBe('council');
  });
  it('reads a capitalised owner as the party: "the TU\'s young members" is the TU', () => {
    expect(after("A row with the TU's young members began.", 'with ')).toBe('TU');
  });
  it('reads a role the capitalised words qualify as part of the party: "the Florida senator" is a person', () => {
    expect(after('Trump slammed the Florida senator during an interview.', 'slammed ')).toBe('Florida senator');
    expect(after('Fans turned against Acme Coaches broke down.', 'against ')).toBe('Acme Coaches');
  });
  it('leaves an adverb between the party and its verb out: "Trump first took aim"', () => {
    const text = 'Trump first took aim at Rubio.';
    expect(readPartyBefore(text, text.indexOf(' took'))?.name).toBe('Trump');
  });
});
