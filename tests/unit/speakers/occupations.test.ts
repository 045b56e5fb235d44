// Occupations, ranks and team positions the lexicon knows head a role; a role noun inside a possessor does not
// make the phrase a person.
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('occupations head a role', () => {
  it.each([
    ['Piet Vos, the prefect for the Congregation of Rites, rejected the plea.', 'prefect for the Congregation of Rites'],
    ['Piet Vos, the coroner for North Kestrel, rejected the plea.', 'coroner for North Kestrel'],
    ['Piet Vos, the rector of St Anne’s College, rejected the plea.', 'rector of St Anne’s College'],
  ])('of church, court or college: %s', (sentence, role) => {
    const a = attribute([sentence, '“It was never going to happen,” Vos said.']);
    expect(a.speaker('Piet Vos')?.role).toBe(role);
  });
  it('reads an apposition headed by an occupation', () => {
    const a = attribute(['“Prices will rise before they fall,” said Dana Kirk, a trade scholar at the Northgate Institute.']);
    expect(a.speaker('Dana Kirk')).toMatchObject({ role: 'trade scholar', org: 'Northgate Institute' });
  });
  it('keeps an occupation written before a name in a list over a later tie to a group', () => {
    const a = attribute([
      'The panel heard two witnesses, former astronaut Lev Orlov and retired engineer Kai Dunn.',
      '“One launch did it all,” Orlov, a member of the first lunar crew, replied.',
    ]);
    expect(a.speaker('Lev Orlov')?.role).toBe('former astronaut');
  });
  it('reads a relative beyond the close family as a role', () => {
    const a = attribute(['According to her uncle, Piet Vos, “She could read before she could walk.”']);
    expect(a.speaker('Piet Vos')?.role).toBe('uncle');
  });
  it('reads an apposition whose workplace a clause with “where” goes on to describe', () => {
    const a = attribute(['Mei Tan, a nurse at Riverside Hospital where the boy was treated, wrote that he had been “very brave.”']);
    expect(a.speaker('Mei Tan')).toMatchObject({ role: 'nurse', org: 'Riverside Hospital' });
  });
  it('reads a job set beside a name without an article, in a sentence without a quotation', () => {
    const a = attribute([
      'Rates may stay high into spring, said Omar Quist, senior bond trader and analyst at Fellbrook Partners.',
      '“Nobody is buying yet,” Quist said.',
    ]);
    expect(a.speaker('Omar Quist')).toMatchObject({ role: 'senior bond trader and analyst', org: 'Fellbrook Partners' });
  });
  it('reads no role from a clause that follows a name and a comma', () => {
    const a = attribute(['After meeting Omar Quist, members of the board left early.', '“Nobody is buying yet,” Quist said.']);
    expect(a.speaker('Omar Quist')?.role ?? null).toBeNull();
  });
  it('reads a team position before a name as the title', () => {
    const a = attribute(['Harbour defenseman Ola Brandt said the team had been “flat all night”.']);
    expect(a.who('flat all night')).toBe('Ola Brandt');
    expect(a.speaker('Ola Brandt')?.role).toBe('Harbour defenseman');
  });
});

describe('a role noun inside a possessor', () => {
  it('leaves an office named after its holder an organisation', () => {
    const a = attribute(['The public defender’s office said “the inquiry will take a year”.']);
    expect(a.speakers).toEqual([expect.objectContaining({ kind: 'organisation', role: null })]);
  });
  it('leaves an association named after its members an organisation', () => {
    const a = attribute(['The pilots’ association said the new fees were “a tax by another name”.']);
    expect(a.speakers).toEqual([expect.objectContaining({ name: 'pilots’ association', kind: 'organisation' })]);
  });
});

describe('the organisation beside a role', () => {
  it('cuts the role at the workplace and keeps what it is of', () => {
    const a = attribute(['“Demand is soft,” said Ravi Menon, Head of Research at Quayside Securities.']);
    expect(a.speaker('Ravi Menon')).toMatchObject({ role: 'Head of Research', org: 'Quayside Securities' });
  });
  it('reads a workplace after “with”', () => {
    const a = attribute(['“Nobody wins a tariff war,” said Ines Holt, a trade economist with the Harbourline Institute.']);
    expect(a.speaker('Ines Holt')).toMatchObject({ role: 'trade economist', org: 'Harbourline Institute' });
  });
  it('keeps a role’s “for” phrase in the role', () => {
    const a = attribute(['“The claim is false,” said Lena Ortiz, a spokesperson for Operation Northwind.']);
    expect(a.speaker('Lena Ortiz')).toMatchObject({ role: 'spokesperson for Operation Northwind', org: 'Operation Northwind' });
  });
  it('reads an “-ing” word after “of” or “in” as the field of the role', () => {
    const a = attribute(['Omar Bell, research director of gaming at Qubit Labs, called the lineup “thin” on Monday.']);
    expect(a.speaker('Omar Bell')).toMatchObject({ role: 'research director of gaming', org: 'Qubit Labs' });
  });
  it('reads a long apposition whose length is a workplace chained by prepositions', () => {
    const a = attribute(['Ian Roe, an expert in drug use and mental health at the Department of Health at the University of Kestrel who did not work on the study, told reporters: “The rise is small but real.”']);
    expect(a.speaker('Ian Roe')?.role).toBe('expert in drug use and mental health');
  });
  it('keeps the title that opens an apposition the rest of which is no noun phrase', () => {
    const a = attribute(['“Players want more,” says Omar Bell, senior vp sales and revenue at Qubit.']);
    expect(a.speaker('Omar Bell')?.role).toBe('senior vp');
  });
  it('reads no title from a relative clause after the name', () => {
    const a = attribute(['“We will win,” said Jane Doe, whose director resigned last week.']);
    expect(a.speaker('Jane Doe')?.role).toBeNull();
  });
  it('reads one running for office in an apposition before the name', () => {
    const a = attribute(['Voters met the latest Green mayoral hopeful, Lena Ortiz, on Friday.', '“I am here to listen,” Ortiz said.']);
    expect(a.speaker('Lena Ortiz')?.role).toMatch(/mayoral hopeful$/);
  });
});
