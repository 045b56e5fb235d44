// Organisation names holding commas, judging verbs in the "as" frame, and one unnamed speaker repeated.
// Sentences of our own, in the shapes real articles use.
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('an organisation whose name holds commas', () => {
  it('keeps the person as speaker and the whole firm in the role ("chief executive of Barrow, Finch and Gale")', () => {
    const a = attribute(['Jane Doe, chief executive of Barrow, Finch and Gale, said “we will not sell the farm this year.”']);
    expect(a.who('we will not sell')).toBe('Jane Doe');
    expect(a.speaker('Jane Doe')?.role).toBe('chief executive of Barrow, Finch and Gale');
    expect(a.speaker('Jane Doe')?.org).toBe('Barrow, Finch and Gale');
  });

  it('reads the same role after an inverted verb and with an ampersand', () => {
    const a = attribute(['“The lease runs out in spring,” said Omar Reyes, a partner at Hale, Moss & Quint.']);
    expect(a.who('The lease')).toBe('Omar Reyes');
    expect(a.speaker('Omar Reyes')?.org).toBe('Hale, Moss & Quint');
  });

  it('does not join a list of people to the organisation before it', () => {
    const a = attribute(['The director of Acme, Dr Jane Doe and Mr John Roe, said “the plant will stay open for now.”']);
    expect(a.speakers.map((s) => s.org)).not.toContain('Acme, Dr Jane Doe and Mr John Roe');
  });
});

describe('judging verbs in the "as" frame speak for their subject', () => {
  it.each([
    ['views', 'The mayor views the new bridge as “a waste of public money we cannot afford.”', 'mayor'],
    ['sees', 'Jane Doe sees the plan as “a betrayal of every family on the estate.”', 'Jane Doe'],
    ['regards', 'Jane Doe regards the deal as “the best outcome we could have hoped for.”', 'Jane Doe'],
  ])('"%s X as “…”"', (_verb, sentence, speaker) => {
    expect(attribute([sentence]).quotes[0].speakerId).not.toBeNull();
    expect(attribute([sentence]).who(sentence.slice(sentence.indexOf('“') + 1, sentence.indexOf('“') + 10))).toBe(speaker);
  });

  it('"saw" without the frame is not speech', () => {
    const a = attribute(['Jane Doe saw the damage on Monday. “Nobody could have stopped that flood,” a neighbour said.']);
    expect(a.who('Nobody could')).toBe('neighbour');
  });
});

describe('one unnamed speaker repeated', () => {
  it('is one speaker per description when nothing says they differ', () => {
    const a = attribute([
      '“The road was closed for hours after the crash,” an officer said.',
      'The mayor said the road would reopen.',
      '“Nobody was hurt in the second car,” an officer said.',
    ]);
    expect(a.speakers.filter((s) => s.name === 'officer')).toHaveLength(1);
    expect(a.who('The road was')).toBe('officer');
    expect(a.who('Nobody was hurt')).toBe('officer');
  });

  it('"another officer" is someone else', () => {
    const a = attribute([
      '“The road was closed for hours after the crash,” an officer said.',
      '“Nobody was hurt in the second car,” another officer said.',
    ]);
    const officers = a.speakers.filter((s) => s.name === 'officer');
    expect(officers).toHaveLength(2);
    expect(a.quotes[0].speakerId).not.toBe(a.quotes[1].speakerId);
  });
});

describe('more ways real articles credit words', () => {
  it('"in what host X described as “…”": the subject after "what" speaks', () => {
    const a = attribute(['Doe was voted off in what host Tom Roe described as the “hardest verdict so far this season.”']);
    expect(a.who('hardest verdict')).toBe('Tom Roe');
    expect(a.speaker('Tom Roe')?.role).toBe('host');
  });

  it('"introduced X as “…”" and "remembered … “…”" speak for their subject', () => {
    const a = attribute([
      'Jane Doe chairs the board. John Roe runs the plant.',
      'Doe introduced Roe to the audience as “someone who has redefined what it means to lead.”',
      'Roe remembered his first week there and “getting lost in every corridor of the building.”',
    ]);
    expect(a.who('someone who')).toBe('Jane Doe');
    expect(a.who('getting lost')).toBe('John Roe');
  });

  it('an apposition whose closing comma is missing still names the person, and the role stops before the verb', () => {
    const a = attribute(['“The air is better than last week,” Jane Doe, a research analyst at the Council on Energy told reporters.']);
    expect(a.who('The air')).toBe('Jane Doe');
    expect(a.speaker('Jane Doe')?.org).toBe('Council on Energy');
  });

  it('a one-word opener before a description is not a name ("However, the minister said")', () => {
    const a = attribute(['However, the minister said the “plan will go ahead as announced in spring.”']);
    expect(a.speakers.map((s) => s.name)).not.toContain('However');
  });
});

describe('a chain of appositions before the verb', () => {
  it('names the person who opens it, through a place and a second role', () => {
    const a = attribute(['“We get out more than we put in,” Jane Doe, a fellow at the Kestrel Institute in Leeds, Yorkshire, and co-author of the study, said in a statement.']);
    expect(a.who('We get out')).toBe('Jane Doe');
    expect(a.speaker('Jane Doe')?.role).toBe('fellow');
    expect(a.speakers.map((s) => s.name)).not.toContain('Yorkshire');
  });

  it('ends the organisation where a second, lower-case role joins it with "and"', () => {
    const a = attribute(['“The model held up,” said Ravi Okoro, an associate professor of physics at the University of Valdoria and co-author of the study.']);
    expect(a.who('The model')).toBe('Ravi Okoro');
    expect(a.speaker('Ravi Okoro')?.org).toBe('University of Valdoria');
    // A name whose parts are joined by "and" keeps them all.
    const b = attribute(['“Costs are up,” said Ada Lenn, a partner at Barrow, Finch and Gale.']);
    expect(b.speaker('Ada Lenn')?.org).toBe('Barrow, Finch and Gale');
  });

  it('stops at a clause of its own ("…, told reporters, but her deputy, John Roe, said")', () => {
    const a = attribute(['“The budget is fine,” Jane Doe, the mayor, told reporters, but her deputy, John Roe, said “nothing will change this year.”']);
    expect(a.who('The budget')).toBe('Jane Doe');
    expect(a.who('nothing will')).toBe('John Roe');
  });

  it('"fellow" before a preposition is a role, before a noun a quantifier ("a fellow teacher")', () => {
    const a = attribute(['“The rooms are too cold,” a fellow teacher said.']);
    expect(a.who('The rooms')).toBe('teacher');
  });
});

describe('a role with an unlisted noun beside a full name', () => {
  it('"said the project\'s lead maintainer, Jane Doe" credits Jane Doe with that role', () => {
    const a = attribute(['“We should have caught it in review,” said the project’s lead maintainer, Jane Doe.']);
    expect(a.who('We should')).toBe('Jane Doe');
    expect(a.speaker('Jane Doe')?.role).toBe('lead maintainer');
  });

  it('a known role word before the unlisted noun only qualifies it ("the project\'s chief maintainer, John Roe")', () => {
    const a = attribute(['“We should have caught it,” said the project’s chief maintainer, John Roe.']);
    expect(a.who('We should')).toBe('John Roe');
    expect(a.speaker('John Roe')?.role).toBe('chief maintainer');
  });

  it('a phrase that is nobody\'s role stays out ("the child, Jane Doe")', () => {
    const a = attribute(['The man who found the child, Jane Doe, called the police. “She was cold but calm,” Doe said.']);
    expect(a.speaker('Jane Doe')?.role ?? null).toBeNull();
  });
});

describe('the speaker named after the quotation by a copula', () => {
  it('"“…,” is how Doe put it" and "“…,” was Doe\'s reply"', () => {
    const a = attribute([
      'Jane Doe runs the harbour board.',
      '“Closers first, openers later and nothing else,” is how Doe put it.',
      '“Not this year, and not next year,” was Doe’s reply.',
    ]);
    expect(a.who('Closers first')).toBe('Jane Doe');
    expect(a.who('Not this year')).toBe('Jane Doe');
  });

  it('"was" after a quotation without a response noun names nobody', () => {
    const a = attribute(['Jane Doe runs the harbour board.', '“Closers first, openers later and nothing else” was the rule on the pier.']);
    expect(a.who('Closers first')).toBeNull();
  });
});

describe('a long organisation name in a role', () => {
  it('counts as one thing, not as many words ("analyst at the Leeds-based Council on Energy, Environment and Water think tank")', () => {
    const a = attribute(['“The air is better than last week,” Jane Doe, a research analyst at the Leeds-based Council on Energy, Environment and Water think tank told reporters.']);
    expect(a.who('The air')).toBe('Jane Doe');
    expect(a.speaker('Jane Doe')?.role).toBe('research analyst');
  });
});

describe('an inverted "said" with a description, then the name that closes the sentence', () => {
  it('credits the named person, whose title is the role ("said another member, former aide Ana Ruiz")', () => {
    const a = attribute(['Jane Doe was known for telling staff “she ran the whole port” despite her title, said another member of the panel, former council aide Ana Ruiz.']);
    expect(a.who('she ran')).toBe('Ana Ruiz');
    expect(a.speaker('Ana Ruiz')?.role).toBe('former council aide');
  });

  it('keeps the description as the speaker when what follows is no name ("said an official, adding …")', () => {
    const a = attribute(['“The talks will go on,” said a senior official, adding that nothing was settled.']);
    expect(a.who('The talks')).toBe('senior official');
  });
});

describe('an alias is a way the article names the person, never a clause', () => {
  it('does not take "so Doe’s tweet raised new" (a statement noun followed by a verb) as a name of Doe', () => {
    const a = attribute([
      'Mayor Jane Doe spoke to reporters on Monday.',
      'The court has ruled twice on the matter, so Doe’s tweet raised new fears about her plans for the city.',
      '“We will keep going with the plan,” Doe said.',
    ]);
    expect(a.who('We will keep going')).toBe('Jane Doe');
    const aliases = a.speaker('Jane Doe')?.aliases ?? [];
    expect(aliases).toContain('Doe');
    expect(aliases.filter((alias) => /\btweet\b|\braised\b/.test(alias))).toEqual([]);
  });

  it('still credits the words to whoever wrote a statement named with its addressee ("the union’s letter to the minister")', () => {
    const a = attribute([
      'The Bakers Union wrote to the health minister this week.',
      'The union’s letter to the minister said the new rules were “unworkable for small shops”.',
    ]);
    expect(a.who('unworkable')).toBe('Bakers Union');
  });
});
