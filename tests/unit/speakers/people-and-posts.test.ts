import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('where someone is from, as what they are', () => {
  it('reads "a Malawian national", "a British citizen" and a people\'s noun alone as roles', () => {
    const a = attribute([
      '“We cannot stay here,” Ana Phiri, a Malawian national, told reporters.',
      'Ben Ortiz, 33, a Kenyan who fled the township with his family, told reporters: “We left everything behind.”',
    ]);
    expect(a.speaker('Ana Phiri')?.role).toBe('Malawian national');
    expect(a.speaker('Ben Ortiz')?.role).toBe('Kenyan');
  });

  it('takes "the Kenyan" for the person in focus, not an earlier Kenyan', () => {
    const a = attribute([
      'Ben Ortiz, a Kenyan who fled the township, told reporters: “We left everything behind.”',
      'Mary Njoro, a widow and former cleaner, hid in the bush for two weeks.',
      '“They burnt our houses and all our belongings,” the Kenyan said.',
    ]);
    expect(a.who('They burnt our houses')).toBe('Mary Njoro');
    expect(a.speaker('Mary Njoro')?.role).toBe('widow and former cleaner');
    expect(a.speaker('Kenyan')).toBeUndefined();
  });
});

describe('roles in the article\'s words', () => {
  it('leaves how well liked someone is out of the role ("a favorite teacher", "a beloved local doctor")', () => {
    const a = attribute(['Carla Mack was a favorite teacher who taught him Spanish.', '“He was wonderful,” Mack said.', '“No,” said Ann Lee, a beloved local doctor.']);
    expect(a.speaker('Carla Mack')?.role).toBe('teacher');
    expect(a.speaker('Ann Lee')?.role).toBe('local doctor');
  });

  it('keeps "one of the protesters" as written, and "the protester" still finds the person', () => {
    const a = attribute([
      '“There is no work left,” Sipho Dube, one of the protesters, told reporters.',
      'Police watched from a distance.',
      '“We will march again,” the protester said.',
    ]);
    expect(a.speaker('Sipho Dube')?.role).toBe('one of the protesters');
    expect(a.who('We will march again')).toBe('Sipho Dube');
  });

  it('reads "prosecuting" and "defending" after a name in a court report as counsel', () => {
    const a = attribute([
      'Ruth Kemp, prosecuting, said: “The risk was obvious to anyone trained.”',
      'Owen Marsh, defending, said: “He has shown genuine remorse.”',
    ]);
    expect(a.speaker('Ruth Kemp')?.role).toBe('prosecuting counsel');
    expect(a.speaker('Owen Marsh')?.role).toBe('defending counsel');
  });

  it('gives each of two people named together the title before their own name', () => {
    const a = attribute([
      'Lakeside council leader Ana Phiri and Hilltop council leader Ben Ortiz called on the mayor to “step down”.',
      '“I joined to speak up for my town,” Phiri said.',
      '“We ask him to go,” Ortiz said.',
    ]);
    expect(a.speaker('Ana Phiri')?.role).toBe('Lakeside council leader');
    expect(a.speaker('Ben Ortiz')?.role).toBe('Hilltop council leader');
  });

  it('reads "who studies X" as a researcher of X', () => {
    const a = attribute(['“This is very exciting,” says Ana Phiri, who studies comets at the University of Lakeside.']);
    expect(a.speaker('Ana Phiri')?.role).toBe('researcher of comets at the University of Lakeside');
  });
});

describe('two descriptions of one person before the verb', () => {
  it('lets the first lead, so a later "the source" is the same speaker', () => {
    const a = attribute([
      'A reporter’s source inside the camp, a refugee who feared retaliation and asked not to be named, said: “Nobody is stopping anyone from leaving.”',
      '“People are afraid to go back,” the source said.',
    ]);
    expect(a.who('Nobody is stopping')).toBe(a.who('People are afraid'));
    expect(a.speakers).toHaveLength(1);
  });

  it('lets a name lead its description and a relative clause after both', () => {
    const a = attribute(['Police met a driver. Jane Doe, a teacher, who saw the crash, said: “It was red.”']);
    expect(a.who('It was red')).toBe('Jane Doe');
    expect(a.speaker('Jane Doe')?.role).toBe('teacher');
  });
});

describe('a person first called by a first name alone, later in full', () => {
  it('is one speaker, under the full name, keeping the role the first mention gave', () => {
    const a = attribute([
      'Ella Marsh, 21, died in hospital in April.',
      '“The drug was in her system,” her mother, Fiona, said in a statement.',
      'Fiona Marsh urged others to stay away from the pills.',
      '“Please do not buy them,” Ms Marsh said.',
    ]);
    expect(a.who('The drug was in her system')).toBe('Fiona Marsh');
    expect(a.who('Please do not buy them')).toBe('Fiona Marsh');
    expect(a.speaker('Fiona Marsh')?.role).toBe('mother');
  });
});

describe('what an organisation is', () => {
  it('reads a description set beside a body\'s name as its role', () => {
    const a = attribute([
      'A study by the Centre for Tariff Research, a London-based think tank, concluded that “the whole cost falls on buyers.”',
      '“We object,” said Hale Watch, a coalition of river groups that formed in May.',
      '“Prices will rise,” said Dagny Post, a Norwegian newspaper, on Monday.',
    ]);
    expect(a.speaker('Centre for Tariff Research')?.role).toBe('London-based think tank');
    expect(a.speaker('Hale Watch')).toMatchObject({ kind: 'organisation', role: 'coalition of river groups' });
    expect(a.speaker('Dagny Post')).toMatchObject({ kind: 'organisation', role: 'Norwegian newspaper' });
  });

  it('reads a body\'s label before its name as its role, not a person\'s title', () => {
    const a = attribute([
      '“The plan is not enough,” environmental organisation Clear Water Karoo says.',
      'The revelations were first reported by newspaper Dagny Post.',
      'Dagny Post said that “officers had been paid for years.”',
      '“We will fight it,” said school board President Ann Lee.',
    ]);
    expect(a.speaker('Clear Water Karoo')).toMatchObject({ kind: 'organisation', role: 'environmental organisation' });
    expect(a.speaker('Dagny Post')).toMatchObject({ kind: 'organisation', role: 'newspaper' });
    expect(a.speaker('Ann Lee')).toMatchObject({ kind: 'person', role: 'President' });
  });

  it('reads a business\'s label with the words before it ("investment banking giant X")', () => {
    const a = attribute([
      'Shares fell at investment banking giant Hale Brothers on Monday.',
      '“Sell now,” said banking giant Orrin Mutual.',
      '“We hold,” Hale Brothers said.',
    ]);
    expect(a.speaker('Orrin Mutual')).toMatchObject({ kind: 'organisation', role: 'banking giant' });
    expect(a.speaker('Hale Brothers')).toMatchObject({ kind: 'organisation', role: 'investment banking giant' });
  });

  it('keeps a person described by a job that names a body beside them', () => {
    const a = attribute(['“I object,” said Tom Hill, a union member.', '“We build,” said developer Jane Doe.']);
    expect(a.speaker('Tom Hill')).toMatchObject({ kind: 'person', role: 'union member' });
    expect(a.speaker('Jane Doe')).toMatchObject({ kind: 'person', role: 'developer' });
  });
});
