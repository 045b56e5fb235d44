// The subject of a reporting verb is the head of its noun phrase, and an adverbial after "said" is not speech.
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('reported speech: subject and complement', () => {
  it('a place name continued by a comma ("in Brandt, Vermont, has confirmed") is not the speaker', () => {
    const a = attribute(['A team led by engineers from Osterfeld University in Brandt, Vermont, has confirmed cracks in the old dam wall.']);
    expect(a.speakers.map((s) => s.name)).not.toContain('Vermont');
    expect(a.quotes.filter((q) => q.speakerId && a.speakers.find((s) => s.id === q.speakerId)?.name === 'Vermont')).toEqual([]);
  });

  it('a time and place adverbial after "said" is not reported speech; a clause after it is', () => {
    const a = attribute([
      'Nadia Kemper, the firm’s new chief, said Tuesday at the Harbour Forum in Leeds.',
      'Kemper said Wednesday that the old plant would close next spring.',
    ]);
    const texts = a.quotes.filter((q) => q.kind === 'indirect').map((q) => q.text);
    expect(texts).toEqual(['the old plant would close next spring']);
  });
});

describe('a subject after two adverbial phrases ("From the deck of his boat, undergoing repairs, skipper Jane Doe …")', () => {
  it('is the one a later “he said” stands for', () => {
    const a = attribute([
      'From the deck of his old ferry, moored for repairs at the north quay, skipper Ivo Brandt has a clear view of the harbour.',
      'While he rarely sails in winter — the ice is too thick — Brandt, 30 years a sailor, watches every boat.',
      '“The harbour has never been this busy,” he said.',
    ]);
    expect(a.who('The harbour has never')).toBe('Ivo Brandt');
  });
});
