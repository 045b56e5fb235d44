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
