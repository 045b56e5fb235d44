// Words of one person reported by another: the quote belongs to whoever said it, not to whoever reports it.
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a quote introduced by one speaker and followed by the one reporting it', () => {
  it('gives the quote to the one whose verb introduces it ("He said, “…,” the police said")', () => {
    const a = attribute([
      'Dorin Vasek, 41, of Marlow, was arrested in May after a phone call to the mayor’s office.',
      'On the call he asked for the mayor and said, “somebody should burn her house down tonight,” the sheriff’s office said.',
      'Ilse Brandt told the court: “I was afraid to go home that night,” according to the prosecution.',
    ]);
    expect(a.who('somebody should burn')).toBe('Dorin Vasek');
    expect(a.who('I was afraid')).toBe('Ilse Brandt');
  });

  it('still names the speaker after the quote when the verb before it closes an earlier quote', () => {
    const a = attribute([
      '“We lost the vote,” said Ana Ruiz, the chair, “and the bridge stays shut,” the mayor, Piet Hol, replied.',
    ]);
    expect(a.who('and the bridge')).toBe('Piet Hol');
  });
});

describe('the subject of a clause someone else reports', () => {
  it('gives a quote to the one a reported clause says spoke ("Prosecutors said Vasek told an officer he would “…”")', () => {
    const a = attribute([
      'Dorin Vasek, 41, of Marlow, was arrested in May.',
      'Prosecutors said Vasek told an officer he would “burn the whole street down” if they came back.',
      'Investigators say he wrote “the mayor will pay for this” on the back of a parking ticket.',
    ]);
    expect(a.who('burn the whole street')).toBe('Dorin Vasek');
    expect(a.who('the mayor will pay')).toBe('Dorin Vasek');
  });

  it('keeps the reported clause itself with the one who reports it', () => {
    const a = attribute([
      'Dorin Vasek, 41, of Marlow, was arrested in May.',
      'Sheriff Mara Lind said Vasek told deputies he had never owned a rifle in his life.',
    ]);
    const reported = a.quotes.find((q) => q.kind === 'indirect');
    expect(reported?.text).toMatch(/^Vasek told deputies he had never owned a rifle/);
    expect(a.speakers.find((s) => s.id === reported?.speakerId)?.name).toBe('Mara Lind');
  });
});
