import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('"who" after a named person set apart by an aside or a clause', () => {
  it('skips an age or a hometown between the name and "who"', () => {
    const a = attribute([
      'Reporters met Nina Vale, 34, who said: “The water came up to the second step.”',
      'The crowd cheered Owen Marsh, from Redfield, who said: “We never gave up on this town.”',
    ]);
    expect(a.who('The water came up')).toBe('Nina Vale');
    expect(a.who('We never gave up')).toBe('Owen Marsh');
    expect(a.speaker('Redfield')).toBeUndefined();
  });

  it('skips a hometown before a relative clause that ends with the speech verb', () => {
    const a = attribute(['Owen Marsh, of Redfield, who ran the kitchen, said: “We fed four hundred people a day.”']);
    expect(a.who('We fed four hundred')).toBe('Owen Marsh');
  });

  it('finds a full name that closes the clause before the comma', () => {
    const a = attribute(['Police interviewed Nina Vale, who said: “The car did not stop at the lights.”']);
    expect(a.who('The car did not stop')).toBe('Nina Vale');
  });

  it('reads a description between the name and "who" as the named person’s role', () => {
    const a = attribute(['The fair drew Nina Vale, a local author, who said: “People want to touch what they buy.”']);
    expect(a.who('People want to touch')).toBe('Nina Vale');
    expect(a.speaker('Nina Vale')?.role).toBe('local author');
    expect(a.speakers).toHaveLength(1);
  });

  it('still gives an unnamed described person their own quote', () => {
    const a = attribute(['Officers found a night nurse, who said: “I heard nothing until the alarm went off.”']);
    expect(a.who('I heard nothing')).toBe('night nurse');
  });
});

describe('roles written before a name with "one of" or a long portfolio', () => {
  it('reads "one of the organisers" before a name as that person’s role', () => {
    const a = attribute([
      'One of the organisers, Nina Vale, said: “We sold every ticket by noon.”',
      'Poet and one of the judges, Owen Marsh, from Redfield, said: “The standard was very high this year.”',
    ]);
    expect(a.speaker('Nina Vale')?.role).toBe('One of the organisers');
    expect(a.speaker('Owen Marsh')?.role).toBe('Poet');
  });

  it('keeps a title’s portfolio that holds a body’s word, and the person apart from it', () => {
    const a = attribute([
      'Minister for Rural Housing and Local Affairs, Nina Vale, said: “Every family will have a roof by winter.”',
      '“Applications open on Monday,” said Director of the Regional Housing Agency Owen Marsh.',
    ]);
    expect(a.speaker('Nina Vale')?.role).toBe('Minister for Rural Housing and Local Affairs');
    expect(a.who('Applications open')).toBe('Owen Marsh');
    expect(a.speaker('Owen Marsh')?.role).toBe('Director of the Regional Housing Agency');
  });

  it('reads a Portuguese or French particle inside a body’s name', () => {
    const a = attribute(['“The forest cannot wait,” says Nina Vale, the policy director at Instituto do Clima, a coalition of groups.']);
    expect(a.speaker('Nina Vale')?.role).toBe('policy director');
    expect(a.speaker('Nina Vale')?.org).toBe('Instituto do Clima');
  });

  it('still reads surnames that are particles elsewhere ("Das", "Della", "Des") as names', () => {
    const a = attribute([
      '“The streets are ours too,” spokesman Omar Della told reporters.',
      '“Nobody asked us,” said Della.',
      '“We will keep asking,” said Priya Das.',
      '“They must answer,” Das said.',
    ]);
    expect(a.who('Nobody asked us')).toBe('Omar Della');
    expect(a.who('They must answer')).toBe('Priya Das');
  });
});

describe('"which" after a body named after a preposition', () => {
  it('is the body, not the clause before it ("Staff worry about the Harbour Board, which has said …")', () => {
    const a = attribute(['Staff worry about the Harbour Board, which has said it sees “the urgent need for cuts.”']);
    expect(a.who('the urgent need for cuts')).toBe('Harbour Board');
  });
});

describe('a number with a thousands comma inside a relative clause', () => {
  it('is one word, so the clause still ends at the comma after it ("which represents about 7,000 nurses at A and B, said")', () => {
    const a = attribute([
      'The Harbour Nurses Association, which represents about 7,000 nurses at Kestrel General and St Anne’s, said the hospitals had refused to address understaffing.',
    ]);
    const reported = a.quotes.find((q) => q.kind === 'indirect');
    expect(a.speakers.find((s) => s.id === reported?.speakerId)?.name).toBe('Harbour Nurses Association');
  });
});
