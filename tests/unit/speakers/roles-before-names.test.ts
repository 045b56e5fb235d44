// A role written right before a name the article mentions in passing: the person quoted later by surname has it.
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a role right before a name in passing', () => {
  it('reads an occupation', () => {
    const a = attribute(['Ana Ruiz lost a close race on Monday against singer Lia Moss.', '“Can I give my place to her?” Moss asked.']);
    expect(a.who('Can I give')).toBe('Lia Moss');
    expect(a.speaker('Lia Moss')?.role).toBe('singer');
  });
  it('leaves the preposition before the role out of it', () => {
    const a = attribute(['The trick has a name, after the essayist Rosa Fenn described it in a talk.', '“It is a trap for readers,” Fenn said.']);
    expect(a.speaker('Rosa Fenn')?.role).toBe('essayist');
  });
  it('keeps the organisation and two roles joined by “and”', () => {
    const a = attribute(['Ruiz spoke at a fireside chat with Acme founder and co-CEO Marc Oduya.', 'Oduya said the firm had been “pulled into the enterprise”.']);
    expect(a.speaker('Marc Oduya')?.role).toBe('Acme founder and co-CEO');
  });
  it('keeps the modifiers after a comma', () => {
    const a = attribute(['The plan was his own, said another witness, former Harbour Board policy adviser Fiona Lark.', '“On whose authority?” Lark asked.']);
    expect(a.speaker('Fiona Lark')?.role).toBe('former Harbour Board policy adviser');
  });
  it('stops at the verb before the role', () => {
    const a = attribute(['The club thanked striker Ola Brandt for his years of service.', '“It was an honour,” Brandt said.']);
    expect(a.speaker('Ola Brandt')?.role).toBe('striker');
  });
  it('takes the fuller form of the same title', () => {
    const a = attribute(['High school music teacher Rosa Diaz said she left home “before dawn” for the rally.']);
    expect(a.speaker('Rosa Diaz')?.role).toBe('High school music teacher');
  });
});

describe('a plural role before two names joined by “and”', () => {
  it('gives each of them the role, in the singular', () => {
    const a = attribute(['The label hired songwriters Rina Vale and Otto Brisk last spring.', '“We wrote it in a week,” Vale said.', '“Barely slept,” Brisk said.']);
    expect(a.speaker('Rina Vale')?.role).toBe('songwriter');
    expect(a.speaker('Otto Brisk')?.role).toBe('songwriter');
  });
  it('reads it at the start of a sentence, keeping the role out of the first name', () => {
    const a = attribute(['Veteran actors Nell Carrow and Ivo Penn open the play tonight.', '“It is a strange part,” Carrow said.']);
    expect(a.who('It is a strange')).toBe('Nell Carrow');
    expect(a.speaker('Nell Carrow')?.role).toBe('Veteran actor');
  });
  it('leaves the possessive out of the role', () => {
    const a = attribute(['Her co-writers Rina Vale and Otto Brisk joined late.', '“The chorus came last,” Brisk said.']);
    expect(a.speaker('Otto Brisk')?.role).toBe('co-writer');
  });
  it('does not share a singular role, which may be the first one’s alone', () => {
    const a = attribute(['Nurse Rina Vale and Otto Brisk met the mayor.', '“It went well,” Brisk said.']);
    expect(a.speaker('Otto Brisk')?.role ?? null).toBeNull();
  });
});

describe('a capitalised job title of several words before a full name', () => {
  it('ends the title at its last role noun, not at a listed title', () => {
    const a = attribute(['Harbour District Lock Keeper Supervisor Mira Sand said the gates held. “We were lucky,” Sand said.']);
    expect(a.speaker('Mira Sand')?.role).toBe('Harbour District Lock Keeper Supervisor');
  });
  it('never takes a middle name for a role', () => {
    const a = attribute(['“We were lucky,” said Ada Farmer Lune.']);
    expect(a.speaker('Ada Farmer Lune')).toBeDefined();
  });
});

describe('words before a capitalised title', () => {
  it('join the role only when they qualify it ("former President"), not "the reform bill President X signed"', () => {
    const a = attribute([
      'Critics attacked the reform bill President Ann Vale signed in May. “It is a mess,” Vale said.',
      '“We will win,” said former President Tom Reed.',
    ]);
    expect(a.speaker('Ann Vale')?.role).toBe('President');
    expect(a.speaker('Tom Reed')?.role).toBe('former President');
  });
});

describe('where a described role is held', () => {
  it('is a named or organisation possessor ("the union’s leader"), not "one of the bill’s authors"', () => {
    const a = attribute([
      'One of the bill’s authors, Republican Sen. Tom Reed, said he expected problems. “We have the best law,” Reed said.',
      'The union’s leader, Jane Doe, said “we will strike” soon.',
    ]);
    expect(a.speaker('Tom Reed')?.org).toBeNull();
    expect(a.speaker('Jane Doe')?.org).toBe('union');
  });

  it('is not what a relation is of ("a critic of the board’s plan"), and a long relation is cut to itself', () => {
    const a = attribute([
      '“I am hopeful,” said Ann Vale, a longtime critic of the Acme Board’s many attempts to end the old pension scheme.',
      '“We lost him,” said Jane Roe, the mother of the victim.',
    ]);
    expect(a.speaker('Ann Vale')).toMatchObject({ role: 'longtime critic', org: null });
    expect(a.speaker('Jane Roe')?.role).toBe('mother of the victim');
  });
});

describe('a religious form of address before a name ("Father", "Sister", "Brother")', () => {
  it('is no role: the description beside the name is', () => {
    const a = attribute([
      'Father Tom Reale, a Jesuit priest and author, said the report was “a relief for everyone”.',
      'Sister Ana Holm, the head of the order, said: “We are grateful for the support.”',
    ]);
    expect(a.who('a relief for everyone')).toBe('Tom Reale');
    expect(a.speaker('Tom Reale')?.role).toBe('Jesuit priest and author');
    expect(a.speaker('Ana Holm')?.role).toBe('head of the order');
  });
});

describe('a post the sentence gives someone ("had become the chairman of X", "resigned as chief executive")', () => {
  it('is their role when the article gives them none other', () => {
    const a = attribute([
      'Nell Hart took her worries to Omar Reyes. In March, Reyes had become the chairman of Kestrel Mills.',
      '“We move fast here,” Reyes said.',
      'Jane Roe resigned as chief executive of Acme in May, and said she was “tired of the fight”.',
      'Tom Hale, a former teacher, was named head of the agency. “It is an honour,” Hale said.',
    ]);
    expect(a.speaker('Omar Reyes')?.role).toBe('chairman of Kestrel Mills');
    expect(a.speaker('Jane Roe')?.role).toBe('chief executive of Acme');
    expect(a.speaker('Tom Hale')?.role).toBe('former teacher'); // the article's own description stays
  });
});

describe('a role before a name after a fronted phrase and its relative clause', () => {
  it('is read past the clause ("In the book X, which was translated by Y, the historian Z …")', () => {
    const a = attribute([
      'In the 2015 book Salt Roads, which has been translated into English by Ada Kline, the historian Pieter van Hoorn traces the trade.',
      '“Salt made the port,” van Hoorn writes.',
    ]);
    expect(a.who('Salt made the port')).toBe('Pieter van Hoorn');
    expect(a.speaker('Pieter van Hoorn')?.role).toBe('historian');
  });
});

describe('a role noun that is also a past tense, after its subject, is the verb', () => {
  it('"She also accused Blue Lantern of …" gives Blue Lantern no role "accused"', () => {
    const a = attribute([
      '“At no point did we stop her,” Blue Lantern said in a statement.',
      'She also accused Blue Lantern of holding back permission to use her songs.',
    ]);
    expect(a.speaker('Blue Lantern')?.role ?? null).toBeNull();
  });
});

describe('a hyphenated title with its qualifier after it', () => {
  it('reads "editor-in-chief" and "director-general" before a name as the role', () => {
    const a = attribute([
      'Kestrel Times editor-in-chief Ola Brandt said: “We will publish every page of it.”',
      '“The rules apply to everyone,” said director-general Mina Sato.',
    ]);
    expect(a.speaker('Ola Brandt')?.role).toMatch(/editor-in-chief$/);
    expect(a.speaker('Mina Sato')?.role).toBe('director-general');
  });
});

describe('two people each named with whose they are ("Merovany’s Tal Umer and Valdoria’s Ana Kosta")', () => {
  it('gives each the owner written before their own name, and finds them again by surname', () => {
    const a = attribute([
      "Merovany's Tal Umer and Valdoria's Ana Kosta are meeting in the capital.",
      '“We have gone the extra mile,” Ms Kosta said.',
      '“It is not enough,” said Mr Umer.',
    ]);
    expect(a.who('We have gone')).toBe('Ana Kosta');
    expect(a.who('It is not enough')).toBe('Tal Umer');
    expect(a.speaker('Ana Kosta')?.org).toBe('Valdoria');
    expect(a.speaker('Tal Umer')?.org).toBe('Merovany');
  });
});

describe('a subject inside a clause opened by "where" or a conjunction', () => {
  it('is the name after the clause word, with the occupation before it ("…, where realtor Jan Oduya said …")', () => {
    const a = attribute([
      '“We are adjusting,” the group’s chief economist Jan Marsh said.',
      'That is the case in many towns, including Brampton, where realtor Jan Oduya said he has noticed a change.',
      '“Lease prices are ridiculous now,” he said.',
    ]);
    expect(a.who('Lease prices')).toBe('Jan Oduya');
    expect(a.speaker('Jan Oduya')?.role).toBe('realtor');
  });
});

describe('American titles of local office before a name', () => {
  it('keeps “Councilmember”, “Supervisor” and “Selectwoman” out of the name and gives them as the role', () => {
    const a = attribute([
      'Councilmember Tia Marsh, who voted against it, called the plan “fiscally reckless.”',
      '“We are spending money we do not have,” Marsh told reporters.',
      'Supervisor Ari Pell said: “No.”',
      'Selectwoman Ann Poe disagreed. “We cannot,” she said.',
    ]);
    expect(a.who('We are spending')).toBe('Tia Marsh');
    expect(a.speaker('Tia Marsh')?.role).toBe('Councilmember');
    expect(a.who('No.')).toBe('Ari Pell');
    expect(a.speaker('Ari Pell')?.role).toBe('Supervisor');
    expect(a.who('We cannot')).toBe('Ann Poe');
    expect(a.speaker('Ann Poe')?.role).toBe('Selectwoman');
  });
});

describe('two roles joined by a hyphen, and words for the rich', () => {
  it('reads "actor-director" and "biotech tycoon" before a name as the role', () => {
    const a = attribute(['“No,” actor-director Al Brook said on social media.', 'On stage was biotech tycoon Vik Rama. “I am ready,” Rama said.']);
    expect(a.speaker('Al Brook')?.role).toBe('actor-director');
    expect(a.speaker('Vik Rama')?.role).toMatch(/tycoon$/);
  });
});
