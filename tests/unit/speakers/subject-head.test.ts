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

describe('a participle after a dash, on a subject past two joined adverbials', () => {
  it('gives the words after "quit—telling …," to the one who quit', () => {
    const a = attribute([
      'Mara Lind ended her campaign for mayor on Wednesday.',
      'So, with days to go before the first vote in Eastbrook, and a week to go before the vote in Westbrook, Lind quit—telling a town hall meeting in Harbourside, “There is no path for me to win.”',
    ]);
    expect(a.who('There is no path')).toBe('Mara Lind');
  });

  it('also after an en dash set off by spaces', () => {
    const a = attribute([
      'Mara Lind ended her campaign for mayor on Wednesday.',
      'Lind left the stage – telling supporters, “We will be back.”',
    ]);
    expect(a.who('We will be back')).toBe('Mara Lind');
  });
});

describe('a fronted phrase opened by a participle without -ed ("Born in Roma, …", "Known for …")', () => {
  it('is skipped, so the name after it is the one a later "he" stands for', () => {
    const a = attribute([
      'Born in Roma, Advocate Mokitimi Lerato has turned his hardships into a life in law.',
      '“My grandmother was the shield against poverty,” he says.',
    ]);
    expect(a.who('My grandmother was the shield')).toBe('Mokitimi Lerato');
  });
});

describe('a clause before a colon that opens a quotation ("… what he would do if he were a leader of a nation: “…”")', () => {
  it('names no one of its own: the speaker is the sentence’s subject', () => {
    const a = attribute([
      'Chip maker chief Ivo Marsh spoke in Dubai on Monday.',
      'He then told the audience, gathered in a large hall, what he would do if he were a leader of a developing nation: “The first thing I would do is build a model of your own language.”',
    ]);
    expect(a.who('The first thing I would do')).toBe('Ivo Marsh');
    expect(a.speakers.map((s) => s.name)).not.toContain('leader of a developing');
  });
});

describe('a bare verb in what someone demands ("demand that voters answer the question: “…”")', () => {
  it('is asked for, not said: the one demanding speaks, past a sentence adverb ("More importantly, …")', () => {
    const a = attribute([
      'Mara Lind quit the race on Wednesday.',
      'More importantly, Lind had the courage to demand that party voters answer the essential question: “Is this the conduct we want from a mayor?”',
    ]);
    expect(a.who('Is this the conduct')).toBe('Mara Lind');
    expect(a.speakers.map((s) => s.name)).toEqual(['Mara Lind']);
  });
});

describe('an account a sentence opens with and closes on a colon ("Lind’s message was simple: “…”")', () => {
  it('is its owner’s, named or a pronoun, however long the phrase after the noun', () => {
    const a = attribute([
      'Mara Lind quit the race on Wednesday, and Tom Vale stayed in.',
      'Lind’s message was simple: “Anyone who backs him is unfit for office.”',
      'Lind’s bottom line concerning the rivals she declined to endorse was the right one: “Nobody can win like this.”',
      'Vale spoke next. His verdict: “The race goes on without her.”',
    ]);
    expect(a.who('Anyone who backs him')).toBe('Mara Lind');
    expect(a.who('Nobody can win like this')).toBe('Mara Lind');
    expect(a.who('The race goes on')).toBe('Tom Vale');
  });

  it('gives no owner where the account is nobody’s in particular ("The verdict was clear: “…”")', () => {
    const a = attribute(['Mara Lind quit the race on Wednesday.', 'The verdict was clear: “The race goes on without her.”']);
    expect(a.who('The race goes on')).toBeNull();
  });
});
