// Where the speaker's name ends around a speech verb: the words before and after a name after "said" (a role, a
// day, an affiliation, what the words were about) and two people joined by "and". Sentences of our own.
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';
import { findFullNames } from '../../../analysis/speakers/full-names';

/** The speaker of the only quote of `paragraphs`. */
function speakerOfFirst(paragraphs: string[]) {
  const a = attribute(paragraphs);
  return a.speakers.find((s) => s.id === a.quotes[0]?.speakerId) ?? null;
}

describe('a role before the name after "said"', () => {
  it.each([
    ['“We will not back down from this fight,” said chief of staff Jane Doe.', 'Jane Doe', 'chief of staff'],
    ['“The budget is tight but fair to all,” said deputy chief of staff Tom Hill.', 'Tom Hill', 'deputy chief of staff'],
    ['“The ground shook for nearly a minute,” said seismologist Ann Lee of the Geological Survey.', 'Ann Lee', 'seismologist'],
  ])('names the person, the phrase before is the role: %s', (sentence, name, role) => {
    const s = speakerOfFirst([sentence]);
    expect(s?.name).toBe(name);
    expect(s?.role).toBe(role);
  });

  it('keeps the organisation after "of" as the organisation', () => {
    const s = speakerOfFirst(['“The ground shook for nearly a minute,” said seismologist Ann Lee of the US Geological Survey.']);
    expect(s?.name).toBe('Ann Lee');
    expect(s?.org).toBe('US Geological Survey');
  });
});

describe('a day of the week beside the name after "said"', () => {
  it.each([
    ['“We played hard to the very end,” said coach Tom Hill Tuesday.', 'Tom Hill', 'coach'],
    ['“We played hard to the very end,” said Tom Hill on Tuesday.', 'Tom Hill', null],
    ['“We played hard to the very end,” said Tom Hill Tuesday.', 'Tom Hill', null],
    ['“We played hard to the very end,” said Tuesday Jane Doe.', 'Jane Doe', null],
    ['“We played hard to the very end,” said team captain Jane Doe Sunday.', 'Jane Doe', 'team captain'],
  ])('is when it was said, not part of the name: %s', (sentence, name, role) => {
    const s = speakerOfFirst([sentence]);
    expect(s?.name).toBe(name);
    if (role) expect(s?.role).toBe(role);
  });
});

describe('what the words were about, after the name', () => {
  it.each([
    ['“He was the light of our whole family,” said Mary Hill of her late son.'],
    ['“She never missed a single day of work,” said Tom Hill of his neighbour.'],
    ['“It was the best decision of the year,” said Jane Doe about the move.'],
  ])('is not part of the name: %s', (sentence) => {
    const s = speakerOfFirst([sentence]);
    expect(s?.name).toMatch(/^(Mary Hill|Tom Hill|Jane Doe)$/);
    expect(s?.role ?? '').not.toMatch(/son|neighbour|move/);
  });
});

describe('someone a role speaks for', () => {
  it('leaves the quote with the unnamed lawyer, never the client, even when the client was named before', () => {
    const a = attribute([
      'Jane Doe, 45, was charged on Monday with fraud at the bank where she worked.',
      '“My client has done nothing wrong at all,” said the lawyer for client Jane Doe.',
    ]);
    expect(a.who('My client')).not.toBe('Jane Doe');
    const s = a.speakers.find((x) => x.id === a.quotes[0].speakerId);
    expect(s?.role ?? s?.name ?? '').toMatch(/lawyer/);
  });
});

describe('two people joined by "and"', () => {
  it.each([
    ['“We are very pleased with the final result,” said Tom Hill and Ann Lee.'],
    ['Tom Hill and Ann Lee said, “We are very pleased with the final result.”'],
    ['“We are very pleased with the final result,” Tom Hill and Ann Lee said.'],
  ])('speak jointly, never as a garbled single person: %s', (sentence) => {
    const s = speakerOfFirst([sentence]);
    expect(s?.name).toBe('Tom Hill and Ann Lee');
    expect(s?.kind).toBe('group');
  });

  it('does not join a person to an organisation', () => {
    const s = speakerOfFirst(['“We are very pleased with the final result,” said Tom Hill and the Rowing Club.']);
    expect(s?.name ?? '').not.toMatch(/^Hill|and/);
  });
});

describe('a bare verb after two people joined by "and"', () => {
  it('is theirs, as after any plural subject', () => {
    const s = speakerOfFirst(['Tom Hill and Ann Lee say the farm “will never be sold to a developer, not while we live.”']);
    expect(s?.name).toBe('Tom Hill and Ann Lee');
  });
});

describe('an organisation after a name without a role', () => {
  it('is kept as the organisation', () => {
    const s = speakerOfFirst(['“The ground shook for nearly a minute,” said Ann Lee of the US Geological Survey.']);
    expect(s?.name).toBe('Ann Lee');
    expect(s?.org).toBe('US Geological Survey');
  });
});

describe('two people with titles joined by "and"', () => {
  it.each([
    ['“We will stay out until the offer improves,” said union leader Ann Lee and deputy Tom Hill.'],
    ['“We will build the bridge this year,” said Mayor Ann Lee and Council President Tom Hill.'],
  ])('speak jointly, the titles no part of the name: %s', (sentence) => {
    const s = speakerOfFirst([sentence]);
    expect(s?.name).toBe('Ann Lee and Tom Hill');
  });

  it.each([
    ['Police arrested Tom Hill and Ann Lee said the charges “were a shock to the whole street.”'],
    ['“We never thought it would last this long,” said Tom Hill and his wife Ann Lee.'],
  ])('are not joined when the first is no subject or the second is his own: %s', (sentence) => {
    const s = speakerOfFirst([sentence]);
    expect(s?.name ?? '').not.toMatch(/ and /);
  });
});

describe('a plural role before two names joined by "and"', () => {
  it('is the role of the pair', () => {
    const s = speakerOfFirst(['“We have never seen a winter like this one,” farmers Tom Hill and Ann Lee said.']);
    expect(s?.name).toBe('Tom Hill and Ann Lee');
    expect(s?.role).toBe('farmers');
  });
});

describe('two surnames joined by "and"', () => {
  it('are the pair of people the article named in full', () => {
    const a = attribute([
      'Dale Ford and Martha Fry run the family firm their father founded.',
      'Ford and Fry replied that the claims were “unfounded and deeply hurtful to our family.”',
    ]);
    expect(a.who('unfounded')).toBe('Dale Ford and Martha Fry');
  });

  it('name nobody when the words are no known people (a firm)', () => {
    const a = attribute(['Shares fell on Monday.', 'Marks and Spencer said the results were “better than the market expected.”']);
    expect(a.who('better than')).toBeNull();
  });
});

describe('a relative clause after the name that follows "said"', () => {
  it('leaves the speech verb out of the title', () => {
    const s = speakerOfFirst(['“We hope both sides talk again soon,” said Mayor Tom Hill, who called for calm.']);
    expect(s?.name).toBe('Tom Hill');
    expect(s?.role).toBe('Mayor');
  });
});

describe('a titled person before a workplace with "of"', () => {
  it.each([
    ['“The market is tight this year,” said economist Ann Lee of Kestrel Bank in London.', 'Ann Lee', 'Kestrel Bank'],
    ['“The fire spread faster than we could run,” said fire chief Tom Hill of the Kestrel Fire Department Sunday.', 'Tom Hill', 'Kestrel Fire Department'],
    ['“The vaccine is safe for children,” said Dr Ann Lee of the Centers for Disease Control and Prevention.', 'Ann Lee', 'Centers for Disease Control and Prevention'],
  ])('is the person, the workplace their organisation: %s', (sentence, name, org) => {
    const s = speakerOfFirst([sentence]);
    expect(s?.name).toBe(name);
    expect(s?.org).toBe(org);
  });
});

describe('a person before a workplace, as the subject before the verb', () => {
  it.each([
    ['Economist Ann Lee of Kestrel Bank said the rise was “only the start of a long and slow climb.”', 'Ann Lee', 'Kestrel Bank'],
    ['Ann Lee of Kestrel Bank said the rise was “only the start of a long and slow climb.”', 'Ann Lee', 'Kestrel Bank'],
    ['Judge Ann Lee of the High Court said the law “was never meant to be used in this way.”', 'Ann Lee', 'High Court'],
  ])('is the person: %s', (sentence, name, org) => {
    const s = speakerOfFirst([sentence]);
    expect(s?.name).toBe(name);
    expect(s?.org).toBe(org);
  });

  it('leaves an organisation with "of" whole', () => {
    const s = speakerOfFirst(['Bank of England Governor Tom Hill said rates would “stay where they are for the time being.”']);
    expect(s?.name).toBe('Tom Hill');
    expect(s?.role).toBe('Bank of England Governor');
  });
});

describe('a capitalised plural role opening a sentence before two names', () => {
  it('is the pair\'s role, no part of the name', () => {
    const s = speakerOfFirst(['Songwriters Ann Lee and Tom Hill said the song was “a joke at first, honestly, nothing more.”']);
    expect(s?.name).toBe('Ann Lee and Tom Hill');
    expect(s?.role).toBe('Songwriters');
  });
});

describe('a word that opens a sentence before a surname', () => {
  it.each([
    ['Once Okafor had tried the new scanner at home, her view changed.'],
    ['Although Okafor had doubts about the scanner, she tried it.'],
    ['Second, Okafor said the scanner was cheap.'],
    ['All Okafor wanted was a cheaper scanner.'],
  ])('is not part of the name: %s', (middle) => {
    const a = attribute(['“We bought it last year,” Okafor said.', middle, '“It saves us an hour a day,” Okafor said.']);
    expect(a.speakers.map((s) => s.name)).toEqual(['Okafor']);
    expect(a.quotes.filter((q) => q.kind === 'direct').map((q) => q.speakerId)).toEqual([a.speakers[0].id, a.speakers[0].id]);
  });
});

describe('an executive abbreviation before the name', () => {
  it.each([['CIO'], ['CTO'], ['CMO']])('"the home of Acme %s Jane Doe" names Jane Doe, whom her surname then means', (title) => {
    const a = attribute([`At the home of Acme ${title} Jane Doe, executives showed the new phone.`, '“It is the fastest we have made,” Doe said.']);
    const speaker = a.speakers.find((s) => s.id === a.quotes[0]?.speakerId);
    expect(speaker?.name).toBe('Jane Doe');
    expect(speaker?.role).toContain(title);
  });
});

describe('an age between the name after "said" and the role', () => {
  it('skips the age and reads the role after it', () => {
    const s = speakerOfFirst(['“Orders fell all winter,” said Rosa Velde, 47, chief executive at Velde Timber.']);
    expect(s?.name).toBe('Rosa Velde');
    expect(s?.role).toBe('chief executive');
  });
  it('reads no role when nothing follows the age', () => {
    const s = speakerOfFirst(['“Orders fell all winter,” said Rosa Velde, 47.']);
    expect(s?.name).toBe('Rosa Velde');
    expect(s?.role).toBeNull();
  });
});

describe('a preposition opening the sentence before a name', () => {
  it('is no part of the name', () => {
    const a = attribute(['For Marta Ilves, the vote is personal. “I grew up on that street,” Ilves said.']);
    expect(a.who('I grew up')).toBe('Marta Ilves');
  });
});

describe('a name with a capital inside a word', () => {
  it.each([['DeShawn Ruiz', 'Ruiz'], ['Liam McAdoo', 'McAdoo']])('is read whole, never from its inner capital: %s', (name, surname) => {
    const a = attribute([`To ${name}, the final was simple.`, `“We played hard,” ${surname} said.`]);
    expect(a.speakers.map((s) => s.name)).toEqual([name]);
  });
});

describe('a word capitalised only because it opens the sentence', () => {
  it('is no speaker on its own ("Second, the Fed…", "Everyone said…")', () => {
    const a = attribute([
      'Second, the Fed will reinvest its debt, saying there “are significant downside risks” to the outlook.',
      'Everyone said the “coach” was right.',
      'Likewise, the mayor said “that works for us” to the crowd.',
    ]);
    expect(a.who('are significant')).not.toBe('Second');
    expect(a.speakers.map((s) => s.name)).not.toContain('Second');
    expect(a.speakers.map((s) => s.name)).not.toContain('Everyone');
    expect(a.who('that works')).toBe('mayor');
  });
});

describe('initials in a name', () => {
  it('keep their dots as the article wrote them ("J.C. Chandor", "Thomas M. Hoenig", "JC Roe")', () => {
    const a = attribute([
      '“It is tense,” said Thomas M. Hoenig.',
      '“It works,” said P.J. Crowley, the spokesman.',
      '“We agree,” said JC Roe, a member.',
    ]);
    expect(a.who('It is tense')).toBe('Thomas M. Hoenig');
    expect(a.who('It works')).toBe('P.J. Crowley');
    expect(a.who('We agree')).toBe('JC Roe');
  });
});

describe('a capitalised opening word before a common noun', () => {
  it('modifies the noun ("Social media will …") and names nobody a later "they" could be', () => {
    const a = attribute(['Social media will expose the truth.', 'They said “hey, you” to him on Monday.']);
    expect(a.speakers.map((s) => s.name)).not.toContain('Social');
  });
});

describe('a heading inside the body', () => {
  it('("Story Tools") brings nobody into focus for the next "he"', () => {
    const a = attribute(['Story Tools', 'He wrote a reply, saying “we were wrong and we will fix it now” in the comments.']);
    expect(a.speakers.map((s) => s.name)).not.toContain('Story Tools');
  });
});

describe('names with lower-case particles ("van", "von der", "bin")', () => {
  it('keeps the particles inside the full name and finds the person by the surname with or without them', () => {
    const a = attribute([
      '“The sea here is shallow,” Pieter van Hoorn, a physical oceanographer at the university, told reporters.',
      '“Divers may simply see it,” said van Hoorn.',
      'Greta von der Mark said the plan was “ready to go”.',
      '“We will act this week,” von der Mark said.',
    ]);
    expect(a.who('The sea here is shallow')).toBe('Pieter van Hoorn');
    expect(a.who('Divers may simply see it')).toBe('Pieter van Hoorn');
    expect(a.who('ready to go')).toBe('Greta von der Mark');
    expect(a.who('We will act this week')).toBe('Greta von der Mark');
    expect(a.speaker('Pieter van Hoorn')?.role).toBe('physical oceanographer at the university');
  });
  it('reads the surname with its particles later on as the same person, not a second full name', () => {
    const paragraphs = [
      'The historian Pieter van Hoorn wrote a book on canals.', 'Even van Hoorn’s own map of the port is wrong.',
      'Van Hoorn tells it well.', 'Van Hoorn knows the docks.', 'Van Hoorn grew up there.', // capitalised only to open a sentence
    ];
    expect(findFullNames(paragraphs).get('hoorn')).toEqual(['Pieter', 'van', 'Hoorn']);
  });
  it('registers such a name wherever it is written', () => {
    expect(findFullNames(['Boats searched the bay as Pieter van Hoorn and Greta von der Mark watched.']).get('mark')).toEqual(['Greta', 'von', 'der', 'Mark']);
  });
});

describe('a possessive inside a body’s name', () => {
  it('belongs to the name ("St Anne’s Hospital", "Queen’s College Kestrel")', () => {
    const a = attribute([
      'Commenting on the data, Ann Kirk, Professor of Epidemiology at Queen’s College Kestrel, said: “We are starting to see the figures creep up.”',
      '“We have room for every patient who needs it,” St Anne’s Hospital said.',
    ]);
    expect(a.who('We are starting')).toBe('Ann Kirk');
    expect(a.speaker('Ann Kirk')?.org).toBe('Queen’s College Kestrel');
    expect(a.who('We have room')).toBe('St Anne’s Hospital');
  });
});

describe('a full name before where the person works', () => {
  it('is the speaker, whatever the body’s name reads as ("Natural Justice")', () => {
    const a = attribute(['Ann Kirk from Natural Justice in Kestrel Bay says: “We demand full disclosure of every deal signed at the summit.”']);
    expect(a.who('We demand full disclosure')).toBe('Ann Kirk');
  });
});

describe('a place after a name and where the person works', () => {
  it('continues the place; the name before it speaks ("of the University of Otago in Dunedin, New Zealand, said")', () => {
    const a = attribute([
      '“Tourism will not be without consequences,” Ann Kirk of the University of Kestrel in Dunedin, New Zealand, said to reporters.',
      '“Terrific guy,” his neighbour in both Kestrel and New Hale, Tom Roe, said in the story.',
    ]);
    expect(a.who('Tourism will not')).toBe('Ann Kirk');
    expect(a.speaker('Ann Kirk')?.org).toBe('University of Kestrel');
    expect(a.who('Terrific guy')).toBe('Tom Roe');
  });
});
