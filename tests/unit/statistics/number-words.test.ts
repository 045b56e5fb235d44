// The number-word lexicon: words of English only, never what every JavaScript object carries.
import { describe, expect, it } from 'vitest';
import { wordToNumber } from '../../../data/number-words';

describe('wordToNumber', () => {
  it('reads cardinals below a hundred, hyphenated or not', () => {
    expect([wordToNumber('five'), wordToNumber('Seventy-eight'), wordToNumber('twenty one')]).toEqual([5, 78, 21]);
  });

  it('is null for words that only an object prototype knows ("constructor", "toString")', () => {
    expect([wordToNumber('constructor'), wordToNumber('toString'), wordToNumber('twenty-constructor')]).toEqual([null, null, null]);
  });
});
