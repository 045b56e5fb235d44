// Patterns seen on articles nobody tuned on, written with sentences of our own.
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('attribution: unnamed speakers named by their description', () => {
  it('an inverted subject followed by an adverbial ("said a company spokesperson when reached by phone")', () => {
    const a = attribute(['“We are looking into the matter,” said a Brightline spokesperson when reached by phone.']);
    expect(a.who('We are looking')).toBe('Brightline spokesperson');
    expect(a.speakers[0].kind).toBe('person');
  });

  it('a plain description before the verb ("one user quipped", "the head librarian said")', () => {
    const a = attribute([
      'The ticket site crashed within minutes. “Best outage of the year so far,” one user quipped.',
      '“The shelves are nearly empty now,” the head librarian said.',
    ]);
    expect(a.who('Best outage')).toBe('user');
    expect(a.who('The shelves')).toBe('head librarian');
  });
});

describe('attribution: a bare common noun is never a speaker', () => {
  it('"the company continued" after a partial quote leaves it to the reporting clause ("Verlaine said")', () => {
    const a = attribute([
      'Tomas Verlaine runs the ferry line.',
      'Harbour crews found the fault, Verlaine said, and “rebuilt” the engine as the company continued to sell tickets.',
    ]);
    expect(a.who('rebuilt')).toBe('Tomas Verlaine');
    expect(a.speakers.map((s) => s.name)).not.toContain('company');
  });
});

describe('an unnamed source placed by where they are ("a source inside the port office")', () => {
  it.each([
    ['inside', '“The ships will not sail,” a source inside the port office said.', 'source inside the port office'],
    ['close to', '“The ships will not sail,” said a source close to the talks.', 'source close to the talks'],
    ['near', '“The ships will not sail,” an official near the border said.', 'official near the border'],
  ])('keeps the place after "%s" in the description', (_word, sentence, name) => {
    expect(attribute([sentence]).who('The ships')).toBe(name);
  });

  it('keeps the whole description through a later "the source said"', () => {
    const a = attribute([
      'A reporter’s source inside the depot said the trucks were gone.',
      '“Nobody has come back since Monday,” the source said.',
    ]);
    expect(a.who('Nobody has come back')).toMatch(/source inside the depot$/);
  });
});

describe('an unnamed relative who has died', () => {
  it('gives the relation as the role, without the word for the death', () => {
    const a = attribute(['In a letter kept by the family, Ivo Tam’s late father wrote that the house was “never for sale.”']);
    const father = a.speakers.find((s) => s.name.endsWith('father'));
    expect(father?.role).toBe('father');
  });
});
