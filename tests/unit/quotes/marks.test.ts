import { describe, expect, it } from 'vitest';
import { scanMarks } from '../../../analysis/quotes/marks';

const roles = (text: string) => scanMarks(text).map((t) => `${t.family}:${t.role}`);

describe('scanMarks', () => {
  it('reads straight double quotes by their neighbours', () => {
    expect(roles('He said "yes" today.')).toEqual(['double:open', 'double:close']);
    expect(roles('"We agree," she said.')).toEqual(['double:open', 'double:close']);
  });

  it('leaves a straight mark in an unclear spot to the pairing', () => {
    expect(roles('she said,"We agree."')).toEqual(['double:either', 'double:close']);
  });

  it('lets context beat the glyph for German and mistyped curly marks', () => {
    expect(roles('„Wir bleiben“, sagte sie')).toEqual(['double:open', 'double:close']);
    expect(roles('he said ”no more” loudly')).toEqual(['double:open', 'double:close']);
  });

  it('knows guillemets in both directions', () => {
    expect(roles('« Non », dit-il')).toEqual(['guillemet:open', 'guillemet:close']);
    expect(roles('»Nein«, sagte er')).toEqual(['guillemet:open', 'guillemet:close']);
  });

  it('leaves apostrophes out', () => {
    expect(roles("It's the '90s and rock 'n' roll isn't dead")).toEqual([]);
    expect(roles('‘We can’t,’ she said')).toEqual(['single:open', 'single:close']);
  });

  it('flags a plural possessive as a possible closer', () => {
    expect(roles('‘We back the nurses’ she said')).toEqual(['single:open', 'single:maybe-close']);
  });
});

describe('doubled single marks', () => {
  it('reads two right single marks as a closing double quote', () => {
    expect(roles('“We will stay,’’ the mayor said.')).toEqual(['double:open', 'double:close']);
  });

  it('reads two left single marks as an opening double quote', () => {
    expect(roles('The mayor said ‘‘we will stay” today.')).toEqual(['double:open', 'double:close']);
  });

  it('still leaves a lone apostrophe out', () => {
    expect(roles('The mayor’s office said it’s open.')).toEqual([]);
  });
});
