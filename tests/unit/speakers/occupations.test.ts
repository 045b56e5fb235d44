// Occupations, ranks and team positions the lexicon knows head a role; a role noun inside a possessor does not
// make the phrase a person.
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

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
