import { describe, expect, it } from 'vitest';
import { apostropheTest } from '../../../analysis/quotes/apostrophe';

/** The verdict on the first single mark of `text` at or after `from`. */
function verdict(text: string, from = 0): string {
  const i = [...text].findIndex((ch, k) => k >= from && /['\u2018\u2019]/.test(ch));
  return apostropheTest(text, i);
}

describe('apostropheTest', () => {
  it('calls a mark inside a word an apostrophe', () => {
    expect(verdict("We don't know")).toBe('apostrophe');
    expect(verdict('the union’s offer')).toBe('apostrophe');
    expect(verdict("Mr O'Neill left")).toBe('apostrophe');
  });

  it('calls a mark before a decade or an elided word an apostrophe', () => {
    expect(verdict("back in the '90s")).toBe('apostrophe');
    expect(verdict('back in the ‘80s')).toBe('apostrophe');
    expect(verdict("let 'em in")).toBe('apostrophe');
    expect(verdict("rock 'n' roll")).toBe('apostrophe');
    expect(verdict("rock 'n' roll", 7)).toBe('apostrophe');
  });

  it('leaves a right single mark at a word start to the pairing', () => {
    expect(verdict('the ’Mamello family')).toBe('maybe-open');
  });

  it('leaves a plural possessive undecided', () => {
    expect(verdict("the doctors' pay")).toBe('maybe-close');
    expect(verdict('the nurses’ union')).toBe('maybe-close');
  });

  it('calls real quotation marks marks', () => {
    expect(verdict("he said 'no' twice")).toBe('mark');
    expect(verdict("he said 'no' twice", 11)).toBe('mark');
    expect(verdict('‘We will win,’ she said')).toBe('mark');
  });
});

describe('a possessive after an abbreviation', () => {
  it('is an apostrophe, not an opening mark ("the U.S.\'s arsenal", "Acme Inc.\'s board")', () => {
    for (const text of ["expand the U.S.'s nuke arsenal", "Acme Inc.'s board met"]) expect(apostropheTest(text, text.indexOf("'"))).toBe('apostrophe');
  });
});
