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

describe('a title with a lower-case field before a name ("director of communications Jane Doe")', () => {
  it.each([
    ['“We regret the decision,” said director of communications Jane Doe.', 'Jane Doe', 'director of communications'],
    ['“The gates stayed open all night,” said head of security Tom Reed.', 'Tom Reed', 'head of security'],
    ['“Every ward needs more nurses,” said minister for health Ann Bell.', 'Ann Bell', 'minister for health'],
    ['“Rates will rise before summer,” said professor of economics Paul Grey.', 'Paul Grey', 'professor of economics'],
  ])('names the person and keeps the phrase as the role: %s', (sentence, name, role) => {
    const a = attribute([sentence]);
    expect(a.quotes[0] && a.speakers.find((s) => s.id === a.quotes[0].speakerId)?.name).toBe(name);
    expect(a.speaker(name)?.role).toBe(role);
  });

  it.each([
    ['“He did nothing wrong,” said the lawyer for client Jane Doe.'],
    ['“He did nothing wrong,” said a spokesman for singer Jane Doe.'],
    ['“He did nothing wrong,” said the father of schoolboy Jane Doe.'],
  ])('does not give the quote to the person a role speaks for: %s', (sentence) => {
    const a = attribute([sentence]);
    expect(a.who('He did nothing')).not.toBe('Jane Doe');
  });
});

describe('a lower-case noun the lexicon does not know, between the verb and a full name', () => {
  it.each([
    ['“The last ridge was harder than we feared,” said climber Nima Sherpa.', 'Nima Sherpa', 'climber'],
    ['“The turf has never looked this green,” said groundsman Bill Tate.', 'Bill Tate', 'groundsman'],
  ])('is the named person’s role: %s', (sentence, name, role) => {
    const a = attribute([sentence]);
    expect(a.speakers.find((s) => s.id === a.quotes[0].speakerId)?.name).toBe(name);
    expect(a.speaker(name)?.role).toBe(role);
  });

  it.each([
    ['“It was bitterly cold,” said outside Kestrel Court.'],
    ['“It was bitterly cold,” said residents Kestrel Bay.'],
    ['“It was bitterly cold,” said privately Kestrel Bay.'],
  ])('is not read into a time, place or group phrase: %s', (sentence) => {
    expect(attribute([sentence]).quotes[0].speakerId).toBeNull();
  });
});

describe('"said the NOUN, Full Name." with a noun the lexicon does not know', () => {
  it('names the person and keeps the noun of a doer as the role', () => {
    const a = attribute(['The race was at noon.', '“It was the hardest day of my life,” said the winner, Kate Moss.']);
    expect(a.who('It was the hardest')).toBe('Kate Moss');
    expect(a.speaker('Kate Moss')?.role).toBe('winner');
  });

  it('takes no organisation or place for a person ("said airline X", "said the city, X")', () => {
    const a = attribute([
      '“We are sorry for the delays,” said airline Northern Skyways.',
      '“We will rebuild every street,” said the city, Port Haven.',
    ]);
    expect(a.speakers.filter((s) => s.kind === 'person').map((s) => s.name)).toEqual([]);
  });

  it('gives no single name to two people ("the pair, Kate Moss and Tom Reed")', () => {
    const a = attribute(['“It was bitterly cold,” said the pair, Kate Moss and Tom Reed.']);
    expect(a.who('It was bitterly')).not.toBe('Tom Reed');
  });
});

describe('a word written after a title ("Emeritus", "Elect")', () => {
  it.each([
    ['“The faculty deserves an apology,” said President Emeritus Karl Brandt.', 'President Emeritus'],
    ['“The faculty deserves an apology,” said Professor Emeritus Karl Brandt.', 'Professor Emeritus'],
  ])('belongs to the title, not the name: %s', (sentence, role) => {
    const a = attribute([sentence]);
    expect(a.who('The faculty')).toBe('Karl Brandt');
    expect(a.speaker('Karl Brandt')?.role).toBe(role);
  });
});

describe('a full name followed by a lower-case affiliation after the verb', () => {
  it.each([
    ['“The faculty deserves an apology,” said President Emeritus Karl Brandt of the college.', 'Karl Brandt'],
    ['“The faculty deserves an apology,” said Jane Doe of the local union.', 'Jane Doe'],
    ['“The faculty deserves an apology,” said Jane Doe from the village.', 'Jane Doe'],
  ])('still names the person: %s', (sentence, name) => {
    expect(attribute([sentence]).who('The faculty')).toBe(name);
  });
});

describe('"May" after a preposition is the month', () => {
  it('keeps it out of the name ("By May Tom Hill had said “…”")', () => {
    const a = attribute(['By May Tom Hill had said “we are finished with the plan.”', 'In May Jane Doe told reporters: “It is over for good.”']);
    expect(a.who('we are finished')).toBe('Tom Hill');
    expect(a.who('It is over')).toBe('Jane Doe');
  });
});

describe('a full name after the verb, then where the person works ("said Jane Doe from the county police")', () => {
  it('is the speaker, not the body, however long the title or the affiliation', () => {
    const a = attribute([
      '“The road will stay closed until the weekend,” said chief inspector Amy Ford from the Kestrel County police.',
      '“We checked every car that came through,” said Tom Hale from the Kestrel County police.',
      '“It was a good result for the younger players,” said head coach Ray Dunn at the post-match press conference.',
    ]);
    expect(a.who('The road will stay')).toBe('Amy Ford');
    expect(a.who('We checked every car')).toBe('Tom Hale');
    expect(a.who('It was a good result')).toBe('Ray Dunn');
  });
});

describe('a day of the week after the verb', () => {
  it('says when the words were said, and the name before the verb says who', () => {
    const a = attribute([
      'Omar Bell is suing the club where he was attacked.',
      '“When I look in the mirror I am angry,” Bell, 37, said Wednesday. “The scars will be there for life.”',
    ]);
    expect(a.who('When I look')).toBe('Omar Bell');
    expect(a.who('The scars will')).toBe('Omar Bell');
    expect(a.speakers.map((s) => s.name)).not.toContain('Wednesday');
  });
});

describe('a name joined to where the person works by “with”', () => {
  it('is the speaker, and the body their organisation', () => {
    const a = attribute([
      '“We will decide in the morning whether the balloons fly,” Patrol Chief Omar Bell with the Kestrel Police Department said Wednesday.',
      '“It looks good,” he said.',
    ]);
    expect(a.who('We will decide')).toBe('Omar Bell');
    expect(a.who('It looks good')).toBe('Omar Bell');
    expect(a.speaker('Omar Bell')?.org).toBe('Kestrel Police Department');
  });
});

describe('a state of mind set before the name after the verb', () => {
  it('reads "said a skeptical Robert Wolfarth" and "said an angry Tom Hale" as the named people', () => {
    const a = attribute(['“That would be quite different,” said a skeptical Rob Wolf, the trust’s new chairman.', '“No,” said an angry Tom Hale.']);
    expect(a.who('That would be quite different')).toBe('Rob Wolf');
    expect(a.who('No,')).toBe('Tom Hale');
    expect(a.speaker('Rob Wolf')?.role).toBe('new chairman');
  });
});
