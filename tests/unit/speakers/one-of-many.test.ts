// "one of his editors", "one of three nurses on the ward": one person, whose role is written as the article writes it
// (a later "the nurse" still finds them).
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a person described as one of many', () => {
  it('gives a named person the role in the article\'s words, the workplace as the organisation', () => {
    const a = attribute(['“She never missed a deadline,” said Ruth Okoye, one of her editors at Larkspur Books.']);
    expect(a.speaker('Ruth Okoye')).toMatchObject({ role: 'one of her editors', org: 'Larkspur Books' });
  });
  it('keeps what follows the noun', () => {
    const a = attribute(['Tom Reyes, one of the founders of the choir, said the hall was “always full.”']);
    expect(a.speaker('Tom Reyes')?.role).toBe('one of the founders of the choir');
  });
  it('reads past a count', () => {
    const a = attribute(['Ines Moll, one of three nurses on the ward, said the night was “endless.”']);
    expect(a.speaker('Ines Moll')?.role).toBe('one of three nurses on the ward');
  });
  it('makes an unnamed speaker one person, not a group', () => {
    const a = attribute(['“We were never told,” said one of the cleaners.']);
    const s = a.speakers.find((x) => x.name === 'one of the cleaners');
    expect(s).toMatchObject({ kind: 'person', role: 'one of the cleaners' });
  });
});
