// How speakers are named around a speech verb: possessive pronouns, roles with a portfolio before a name, and
// lower-case roles the lexicon does not know. Sentences of our own, in the shapes real articles use.
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a possessive pronoun opening a sentence', () => {
  it.each([
    ['Her grandmother used to say “you can never go back to the village, not really.”'],
    ['His uncle liked to repeat “nobody ever got rich by sitting still on a porch.”'],
  ])('is never a speaker name: %s', (sentence) => {
    const a = attribute(['The town has changed over the decades.', sentence]);
    expect(a.speakers.map((s) => s.name)).not.toContain('Her');
    expect(a.speakers.map((s) => s.name)).not.toContain('His');
  });

  it('leaves the relative it qualifies as the speaker', () => {
    const a = attribute(['His father told reporters: “We have waited for this day for a very long time.”']);
    expect(a.who('We have waited')).toBe('father');
  });
});

describe('a given name or surname that is also a modal ("Will", "May")', () => {
  it('keeps the role before the name after an inverted verb', () => {
    const a = attribute(['“We will appeal the ruling at once,” said county prosecutor Will Hayes.']);
    expect(a.who('We will appeal')).toBe('Will Hayes');
    expect(a.speaker('Will Hayes')?.role).toBe('county prosecutor');
  });

  it('keeps the title before a surname "May"', () => {
    const a = attribute(['“The talks will resume in the spring,” said Prime Minister Ada May.']);
    expect(a.who('The talks')).toBe('Ada May');
    expect(a.speaker('Ada May')?.role).toBe('Prime Minister');
  });

  it('reads "Ada May said" as the full name, not an auxiliary', () => {
    const a = attribute(['“The talks will resume in the spring,” Ada May said.']);
    expect(a.who('The talks')).toBe('Ada May');
  });
});
