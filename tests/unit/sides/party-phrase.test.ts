import { describe, expect, it } from 'vitest';
import { readPartyAfter } from '../../../analysis/sides/party-phrase';

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
});
