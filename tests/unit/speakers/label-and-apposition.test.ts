// A name with a label before it and a role set beside it by commas: which one the reader is shown as the role.
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a label before the name and a job beside it', () => {
  it('takes the job over a descriptive label', () => {
    const a = attribute(['Senior author Dr. Ann Kirk, associate professor of nursing at Kestrel University, said: “The rise is worrying for all of us.”']);
    expect(a.speaker('Ann Kirk')).toMatchObject({ role: 'associate professor of nursing', org: 'Kestrel University' });
  });
  it('takes the job over a military rank', () => {
    const a = attribute(['Cmdr. Omar Bell, a spokesperson for Operation Dawn, told reporters the claim “is patently false.”']);
    expect(a.speaker('Omar Bell')?.role).toBe('spokesperson for Operation Dawn');
  });
  it('takes the job given later over a descriptive label', () => {
    const a = attribute([
      'Acme executive Ravi Menon said the launch went well.',
      '“We had some issues,” Menon, Acme’s chairman of streaming, said on Tuesday.',
    ]);
    expect(a.speaker('Ravi Menon')?.role).toBe('chairman of streaming');
  });
  it('keeps a title of office', () => {
    const a = attribute(['Ambassador Rhea Lund, the most awaited witness of the week, said she had “nothing to hide.”']);
    expect(a.speaker('Rhea Lund')?.role).toBe('Ambassador');
  });
  it('keeps the label when the apposition says who the person is to others', () => {
    const a = attribute(['Singer Lia Moss, a mother of two, said the show had been “a lovely ride.”']);
    expect(a.speaker('Lia Moss')?.role).toBe('Singer');
  });
  it('keeps the label when the apposition names a belief, not a job', () => {
    const a = attribute(['The mural is by designer Jo Ames.', 'Ames, a lifelong pacifist, said the wall was “a place to grieve.”']);
    expect(a.speaker('Jo Ames')?.role).toBe('designer');
  });
  it('keeps a rank when the article gives nothing else', () => {
    const a = attribute(['Lt. Col. Ivo Marek told lawmakers it was his “duty” to report the call.']);
    expect(a.speaker('Ivo Marek')?.role).toBe('Lt. Col.');
  });
});

describe('a role set off by dashes', () => {
  it('reads it as it reads one set off by commas', () => {
    const a = attribute(['Mara Quell — the port’s chief planner — opposed the plan.', '“It is too late for that,” Quell said.']);
    expect(a.speaker('Mara Quell')?.role).toBe('chief planner');
  });
  it('gives no role to a dash that sets off a remark about a thing', () => {
    const a = attribute(['The club beat Harwick — a result nobody expected — on Sunday.', '“We were ready,” said coach Ivo Penn.']);
    expect(a.speakers.map((s) => s.name)).toEqual(['Ivo Penn']);
  });
});

describe('a role followed by words about the person', () => {
  it('takes the noun phrase up to the role noun', () => {
    const a = attribute(['The script reached Ned Rook in May.', 'By then Rook, a young Welsh director fresh off a radio series, wanted a musical.', '“It had to be this one,” Rook said.']);
    expect(a.speaker('Ned Rook')?.role).toBe('young Welsh director');
  });
  it('keeps a compound role whole', () => {
    const a = attribute(['“We were ready,” said Ivo Penn, a star striker eager for the title.']);
    expect(a.speaker('Ivo Penn')?.role).toBe('star striker');
  });
});

describe('a seat in an elected body before the name and a job beside it', () => {
  it('takes the job the apposition gives a lawmaker', () => {
    const a = attribute(['Rep. Iris Vane (D-Ore.), the ranking member of the budget panel, called the plan “a fantasy.”']);
    expect(a.speaker('Iris Vane')?.role).toBe('ranking member of the budget panel');
  });
  it('takes a chairmanship given without an article', () => {
    const a = attribute(['Sen. Paul Okafor, chairman of the farm subcommittee, was unmoved.', '“The numbers do not add up,” Okafor said.']);
    expect(a.speaker('Paul Okafor')?.role).toBe('chairman of the farm subcommittee');
  });
  it('takes a shadow post over a party seat', () => {
    const a = attribute(['Green MP Tess Hardy, the shadow transport secretary, said the fares were “a scandal.”']);
    expect(a.speaker('Tess Hardy')?.role).toBe('shadow transport secretary');
  });
  it('takes a party post in the body, after a state set aside ("Rep. X, D-Md., the top Democrat on the … Committee")', () => {
    const a = attribute([
      '“This is wrong,” said Rep. Iris Vane, D-Ore., the top Democrat on the House Budget Committee.',
      '“This raises concerns,” said Rep. Tom Hale, Md., the second ranking Democrat in the House.',
      '“No,” said Rep. Ann Rowe, a Republican from Ketterby.',
    ]);
    expect(a.speaker('Iris Vane')?.role).toBe('top Democrat on the House Budget Committee');
    expect(a.speaker('Tom Hale')?.role).toBe('second ranking Democrat in the House');
    expect(a.speaker('Ann Rowe')?.role).toBe('Rep.');
  });
  it('keeps the seat when the apposition is the lawmaker\'s trade, not a post in the body', () => {
    const a = attribute([
      '“We need the water,” said Rep. Jon Rowe, a farmer from Ketterby.',
      '“It is far too late,” said Sen. Ann Leigh, a physician.',
    ]);
    expect(a.speaker('Jon Rowe')?.role).toBe('Rep.');
    expect(a.speaker('Ann Leigh')?.role).toBe('Sen.');
  });
  it('keeps the seat when the apposition is a job the person once held', () => {
    const a = attribute(['Sen. Hugo Marsh, a former prosecutor, said the case was “thin.”']);
    expect(a.speaker('Hugo Marsh')?.role).toBe('Sen.');
  });
  it('keeps a title with a portfolio', () => {
    const a = attribute(['Transport Secretary Tess Hardy, the MP for Dunmore, said the fares were “fair.”']);
    expect(a.speaker('Tess Hardy')?.role).toBe('Transport Secretary');
  });
});

describe('an -ed word inside the role after a preposition', () => {
  it('keeps it as the adjective of the next noun', () => {
    const a = attribute(['“The tests went well,” said Rui Tam, director of applied robotics research at Corvel Labs.']);
    expect(a.speaker('Rui Tam')?.role).toBe('director of applied robotics research');
  });
});

describe('a description before the name after a preposition of company', () => {
  it('keeps the verb before the preposition out of the role', () => {
    const a = attribute(['The part let him perform alongside longtime colleague, Nora Quist, who plays his sister.', '“It felt easy,” Quist said.']);
    expect(a.speaker('Nora Quist')?.role).toBe('longtime colleague');
  });
});

describe('a job beside a name, written after the name of its body', () => {
  it('reads the body’s name and the job after it as the apposition', () => {
    const a = attribute([
      'The plan did not appeal to Ann Kirk, Kestrel County Health Department public information officer, who saw it early.',
      '“It will not reach the people it is meant for,” Kirk said.',
    ]);
    expect(a.speaker('Ann Kirk')?.role).toBe('Kestrel County Health Department public information officer');
  });
});

describe('a post written in a fronted “as” phrase', () => {
  it('is the post of the person the clause opens with', () => {
    const a = attribute([
      'As policy director for the Kestrel Rights Union, Ravi Menon has spent four months in the Capitol.',
      '“Nobody here listens to us,” Menon said.',
    ]);
    expect(a.speaker('Ravi Menon')?.role).toBe('policy director for the Kestrel Rights Union');
  });
  it('is no post when the phrase is no job', () => {
    const a = attribute([
      'As a result of the vote, Ravi Menon has spent four months in the Capitol.',
      'As a mother of three, Lia Moss knows the cost.',
      '“Nobody here listens to us,” Menon said.',
      '“It is too much,” Moss said.',
    ]);
    expect(a.speaker('Ravi Menon')?.role).toBeNull();
    expect(a.speaker('Lia Moss')?.role).toBeNull();
  });
});

describe('a description with its prepositional phrase before a name set off by commas', () => {
  it.each([
    ['The judge thanked the head of the union, Jane Doe.', 'Jane Doe', 'head of the union'],
    ['“In many ways you won,” the judge told the agency’s lead trial attorney on the case, Omar Bell.', 'Omar Bell', 'lead trial attorney on the case'],
  ])('gives the whole description as the role: %s', (sentence, name, role) => {
    const a = attribute([sentence, `“I don’t think we won,” ${name.split(' ')[1]} responded.`]);
    expect(a.speaker(name)?.role).toBe(role);
    expect(a.speaker(name)?.aliases).not.toContain('union');
  });
});

describe('a description that is the object of a clause before the tag', () => {
  it('is no role of the name in the tag ("He shot the officer in the abdomen, Captain Doe said")', () => {
    const a = attribute([
      'Capt. Omar Bell of the Kestrel Police Department told reporters that an officer approached the man.',
      'He shot the officer in the abdomen, Captain Bell said, but the bullet struck his vest.',
      'The head of the union, Ann Kirk, said the officers were “shaken but safe.”',
    ]);
    expect(a.speaker('Omar Bell')?.role).toBe('Capt.');
    expect(a.speaker('Ann Kirk')?.role).toBe('head of the union');
  });
});

describe('a post with how long it was held, and a post beside a relation', () => {
  it('"who was education secretary until the summer" gives the post', () => {
    const a = attribute(['Ann Kirk, who was education secretary until the summer, is said to believe the exam was a mistake.', '“It was a mistake,” Kirk said.']);
    expect(a.speaker('Ann Kirk')?.role).toBe('education secretary');
  });
  it('"the education secretary and a close friend" keeps the job', () => {
    const a = attribute(['She feared a public contradiction of Sir Omar Bell, the education secretary and a close friend, in the Commons.', '“We must go ahead,” Sir Omar said.']);
    expect(a.speaker('Omar Bell')?.role).toBe('education secretary');
  });
});

describe('a job written in capitals beside a name with a label', () => {
  it('replaces the label ("Booking insider X, Head of Sales at Y,")', () => {
    const a = attribute([
      'Booking insider Lia Bishop, Head of Sales and Customer Services at Bay Holidays , shared the best weeks to book.',
      '“Book in January and you will pay far less,” Bishop said.',
    ]);
    expect(a.speaker('Lia Bishop')).toMatchObject({ role: 'Head of Sales and Customer Services', org: 'Bay Holidays' });
  });
});

describe('a role whose body is two nouns joined by "and" ("the head of the search and rescue agency, Jane Doe")', () => {
  it('keeps the whole body in the role', () => {
    const a = attribute([
      'Other papers quoted the head of the search and rescue agency, Ivo Tanaka, as saying only three boats had been found.',
      '“The waves are three metres high,” Tanaka told reporters.',
    ]);
    expect(a.who('The waves')).toBe('Ivo Tanaka');
    expect(a.speaker('Ivo Tanaka')?.role).toBe('head of the search and rescue agency');
  });
  it('still stops at an "and" that joins two people ("The mayor and the head of the agency, Jane Doe")', () => {
    const a = attribute(['The mayor and the head of the rescue agency, Ivo Tanaka, met on Monday.', '“The waves are high,” Tanaka said.']);
    expect(a.speaker('Ivo Tanaka')?.role).toBe('head of the rescue agency');
  });
});

describe('a town and its state inside an apposition ("Jane Doe, a Rome, Ga., lawyer who …")', () => {
  it('keeps the place with the job, and the job as the role', () => {
    const a = attribute([
      '“I am just not ready yet,” said Ivo Marsh, a Kestrel Bay, Ore., lawyer who gave the most allowed to the last two campaigns.',
      '“Yes,” said Ann Roe, a Dunmore, Iowa, teacher.',
    ]);
    expect(a.who('I am just not ready')).toBe('Ivo Marsh');
    expect(a.speaker('Ivo Marsh')?.role).toBe('Kestrel Bay, Ore., lawyer');
    expect(a.speaker('Ann Roe')?.role).toBe('Dunmore, Iowa, teacher');
  });
  it('leaves the name the speaker when the apposition stands before the verb ("Jane Doe, a Rome, Ga., lawyer, said")', () => {
    const a = attribute(['Ann Roe, a Dunmore, Iowa, teacher, said: “We were never asked.”']);
    expect(a.who('We were never asked')).toBe('Ann Roe');
    expect(a.speakers.map((s) => s.name)).not.toContain('Iowa');
  });
});

describe('a role whose object is a titled name ("a spokesman for the campaign of Mr. Sanders")', () => {
  it('is the role, the titled name no speaker of its own', () => {
    const a = attribute(['Ivo Marsh, a spokesman for the campaign of Mr. Roe, said he expected to be “outspent.”', 'Ann Kirk, a spokeswoman for Dr. Lee, said: “No.”']);
    expect(a.who('outspent')).toBe('Ivo Marsh');
    expect(a.speaker('Ivo Marsh')?.role).toBe('spokesman for the campaign of Mr. Roe');
    expect(a.speaker('Ann Kirk')?.role).toBe('spokeswoman for Dr. Lee');
  });
});

describe('an apposition whose head is an "-er" noun the lexicon does not list ("another early bitcoin adopter")', () => {
  it('is the role when set off by commas right after the name', () => {
    const a = attribute(['Ivo Marsh, another early coin adopter, said: “It was the same man.”', 'Ann Kirk, a longtime backer, said: “No.”']);
    expect(a.speaker('Ivo Marsh')?.role).toBe('early coin adopter');
    expect(a.speaker('Ann Kirk')?.role).toBe('longtime backer');
  });
});

describe('an adviser to a campaign', () => {
  it('is a person with that role, one speaker with the same person described again later', () => {
    const a = attribute([
      '“We see the support,” said Tad Lorne, a senior adviser to the Kosta campaign.',
      '“The best way is to win voters,” added Lorne, a longtime expert on the nominating process.',
    ]);
    const lorne = a.speakers.filter((s) => s.name === 'Tad Lorne');
    expect(lorne).toHaveLength(1);
    expect(lorne[0].kind).toBe('person');
    expect(lorne[0].role).toBe('senior adviser to the Kosta campaign');
  });
});

describe('a name ending in a body’s word that is also a surname', () => {
  it('is a person when the article describes them by a person’s job, a body when by a body’s', () => {
    const a = attribute([
      'Ivo Church, a specialist in genomics technology, says he now has 30 people in his lab.',
      '“We object,” said Acme Corp, a developer of software.',
    ]);
    expect(a.speaker('Ivo Church')?.kind).toBe('person');
    expect(a.speaker('Acme Corp')?.kind).toBe('organisation');
  });
});

describe('"that" inside a role', () => {
  it('determines the noun after a preposition ("The coroner for that case, Tom Payne,"), and stays a pronoun before a name', () => {
    const a = attribute([
      'The coroner for that case, Tom Payne, said: “It is sad.”',
      'To that Jay Rowe adds, “Nobody saw it coming.”',
    ]);
    expect(a.speaker('Tom Payne')?.role).toBe('coroner for that case');
    expect(a.who('Nobody saw it coming')).toBe('Jay Rowe');
  });
});

describe('"its chief executive"', () => {
  it('works for the organisation the article is talking about', () => {
    const a = attribute(['The employer, Harbour Logistics, rejected the claim.', '“Our offer is fair,” its chief executive, Lee Grant, said.']);
    expect(a.speaker('Lee Grant')?.org).toBe('Harbour Logistics');
    expect(a.speaker('Lee Grant')?.role).toBe('chief executive');
  });
});

describe('an employer set beside a name by commas ("Jane Doe, of Kent Police, said")', () => {
  it('is the organisation, neither a role nor another name for the person', () => {
    const a = attribute([
      'Det Insp Ana Lowe, of Kestrel Police, said: “We are pleased with the verdict.”',
      'Tom Reed, of the Harbour Trust, said: “The ruling is fair.”',
      'Jo Barr, of Leeds, said: “It is over.”',
    ]);
    expect(a.who('We are pleased')).toBe('Ana Lowe');
    expect(a.speaker('Ana Lowe')?.org).toBe('Kestrel Police');
    expect(a.speaker('Ana Lowe')?.aliases).not.toContain('Kestrel Police');
    expect(a.speaker('Tom Reed')?.org).toBe('Harbour Trust');
    expect(a.speaker('Tom Reed')?.role).toBeNull();
    expect(a.speaker('Jo Barr')?.org).toBeNull();
  });
});

describe('a verb right after a name and its comma', () => {
  it('starts the sentence’s predicate, no role ("Her neighbour, Juan Ortiz, is more hopeful")', () => {
    const a = attribute(['Her neighbour, Tomas Ruiz, is more hopeful. “Give it a year,” he says.']);
    expect(a.who('Give it a year')).toBe('Tomas Ruiz');
    expect(a.speaker('Tomas Ruiz')?.role).toBe('neighbour');
    expect(a.speaker('Tomas Ruiz')?.aliases).not.toContain('hopeful');
  });
});

describe('a fuller form of an abbreviated seat', () => {
  it('replaces "Sen." with "Florida senator" when the article later calls the person so', () => {
    const a = attribute(['Sen. Ana Ruiz is firing back at Tom Hale.', 'The Florida senator said: “He is insecure.”']);
    expect(a.who('He is insecure.')).toBe('Ana Ruiz');
    expect(a.speaker('Ana Ruiz')?.role).toBe('Florida senator');
  });
});
