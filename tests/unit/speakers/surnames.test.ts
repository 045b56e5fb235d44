// Surnames and descriptors in front of them resolve to the fullest name the article gave.
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('speakers: surname-only mentions', () => {
  it('a surname first seen in a list ("X and Teodor Vasquez completed ...") is that person, by full name', () => {
    const a = attribute([
      'Jonas Pirrie and Teodor Vasquez completed the doubles win on Friday.',
      '“It was a hard match for both of us,” Vasquez said.',
    ]);
    expect(a.who('It was a hard match')).toBe('Teodor Vasquez');
    expect(a.speaker('Teodor Vasquez')?.kind).toBe('person');
  });
});
