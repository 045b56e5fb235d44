// A relative clause after a name that says what the person does gives them a role.
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a role said by a relative clause after the name', () => {
  it('reads what the person owns, up to a second verb', () => {
    const a = attribute(['“It felt honest,” said Ines Kolar, who owns a small printing shop and walked over after the talk.']);
    expect(a.speaker('Ines Kolar')?.role).toBe('owner of a small printing shop');
  });
  it('reads whom the person represents', () => {
    const a = attribute(['Dan Fox, who represents the tenants, said the deal was “not fair to anyone at all.”']);
    expect(a.speaker('Dan Fox')?.role).toBe('representative of the tenants');
  });
  it('leaves a role written before the name in place', () => {
    const a = attribute(['“We need a plan,” said council member Ana Ruiz, who represents the north ward.']);
    expect(a.speaker('Ana Ruiz')?.role).toBe('council member');
  });
  it('reads no role from a clause about something else', () => {
    const a = attribute(['“We will win,” said Jane Doe, who moved here last year.']);
    expect(a.speaker('Jane Doe')?.role).toBeNull();
  });
});

describe('a role said by a relative clause after a description beside the name', () => {
  it('reads what the person heads after “a …, … figure who”', () => {
    const a = attribute([
      'The answer came from Ilse Brandt, a soft-spoken, Oxford-trained surgeon who heads the trauma unit. “We see it every night,” Brandt said.',
    ]);
    expect(a.speaker('Ilse Brandt')?.role).toBe('head of the trauma unit');
  });
  it('gives no role when the clause is about someone else in the phrase', () => {
    const a = attribute(['Tomas Weir, the lawyer for the man who owns the bakery, said the case was “weak and late”.']);
    expect(a.speaker('Tomas Weir')?.role).toBe('lawyer for the man');
  });
});

describe('a relative clause after an inverted speaker', () => {
  it('gives no role from a noun inside it ("said Jane Doe, who added that protesters, whom …")', () => {
    const a = attribute(['“This was no march,” said Jane Doe, who added that protesters, whom she did not know, stormed the stage.']);
    expect(a.who('This was no march')).toBe('Jane Doe');
    expect(a.speaker('Jane Doe')?.role ?? null).toBeNull();
  });
});

describe('a relative clause after the sentence\'s opening name', () => {
  it('is no apposition: nothing in it becomes the person\'s alias ("Doe, who consults with officials, said …")', () => {
    const a = attribute([
      '“The president wants a bigger deal,” said Jane Doe, a scholar at the institute.',
      'Doe, who consults with administration officials, said whether Smith will agree depends largely on whether he believes it will benefit his chances.',
    ]);
    expect(a.speaker('Jane Doe')?.aliases).not.toContain('administration officials');
  });
});
