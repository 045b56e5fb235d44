// What a role is made of: the person's job or relation, not their age, the writer's judgement of them, or whose
// relative they are left unsaid.
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a role without the words that only describe the person', () => {
  it('drops an age before the role noun', () => {
    const a = attribute(['“Rates will rise again,” said Lina Marsh, a 45-year-old trader at a small bank.']);
    expect(a.speaker('Lina Marsh')?.role).toBe('trader at a small bank');
  });
  it('drops adjectives joined by "and" that judge the person', () => {
    const a = attribute(['“The river is sick,” says Aku Tane, a fierce and stubborn elder of the valley clan.']);
    expect(a.speaker('Aku Tane')?.role).toBe('elder of the valley clan');
  });
  it('keeps two roles joined by "and"', () => {
    const a = attribute(['“We will appeal,” said Rosa Vint, the founder and chief executive of a logistics firm.']);
    expect(a.speaker('Rosa Vint')?.role).toBe('founder and chief executive of a logistics firm');
  });
  it('keeps an adjective that is part of the job', () => {
    const a = attribute(['“Turnout fell,” said Ben Osei, a senior and respected pollster.']);
    expect(a.speaker('Ben Osei')?.role).toBe('senior and respected pollster');
  });
});

describe('a relative named after the person whose relative they are', () => {
  it('says whose son a person is when the parent is named just before', () => {
    const a = attribute([
      'Kiri Hale has fished the bay for fifty years.',
      'Hale and his 22-year-old son, Tama Rewi Hale, were called to the beach.',
      '“The old people would not have done this,” says Tama Rewi.',
    ]);
    expect(a.who('The old people')).toBe('Tama Rewi Hale');
    expect(a.speaker('Tama Rewi Hale')?.role).toBe('son of Kiri Hale');
  });
  it('names a parent met for the first time in the same sentence', () => {
    const a = attribute(['Mary Stone and her husband, Carl Stone, run the bakery.', '“Flour costs twice what it did,” said Carl Stone.']);
    expect(a.speaker('Carl Stone')?.role).toBe('husband of Mary Stone');
  });
  it('leaves the owner out when it is no name', () => {
    const a = attribute(['The mayor and his wife, Ann Lees, arrived late.', '“It was a lovely evening,” Lees said.']);
    expect(a.speaker('Ann Lees')?.role).toBe('wife');
  });
  it('leaves the owner out when the pronoun is of the other gender', () => {
    const a = attribute(['Mr. Dale Frost and her daughter, Ivy Frost, left early.', '“We were tired,” Ivy Frost said.']);
    expect(a.speaker('Ivy Frost')?.role).toBe('daughter');
  });
});

describe('a lower-case role before a name met in passing', () => {
  it('keeps the body and its field, after a place word, and stops the name at "of"', () => {
    const a = attribute([
      'Marloe conservation department ranger Ari Venn of Hollow Creek found the seal pup.',
      '“It was cold and very hungry,” says Venn.',
    ]);
    expect(a.speaker('Ari Venn')?.role).toBe('Marloe conservation department ranger');
  });
  it('takes no verb before the body word into the role', () => {
    const a = attribute(['Fans met bank chairman Sol Pryce in the lobby.', '“Rates will stay low for a year,” Pryce said.']);
    expect(a.speaker('Sol Pryce')?.role).toBe('bank chairman');
  });
});

describe('words ending like a number', () => {
  it('keeps "deputy" in the role', () => {
    const a = attribute(['“The pipes are old,” said Nia Holt, deputy commissioner for water supply at the Works Department.']);
    expect(a.speaker('Nia Holt')?.role).toBe('deputy commissioner for water supply');
  });
});

describe('an apposition after a name that is the object of a verb', () => {
  it('gives the role to the name after a verb in the past tense', () => {
    const a = attribute([
      'The frost, welcome to skiers, worried Ozan Bell, deputy chief of road repairs at the Works Department, which fills the potholes.',
      '“Every thaw opens new holes,” Mr. Bell said.',
    ]);
    expect(a.speaker('Ozan Bell')?.role).toBe('deputy chief of road repairs');
  });
  it('reads a role noun after "a" the same way', () => {
    const a = attribute(['The ruling stunned Cara Moss, a juror in the first trial, who wept.', '“I never expected this,” Moss said.']);
    expect(a.speaker('Cara Moss')?.role).toBe('juror in the first trial');
  });
});

describe('a role noun under a prefix', () => {
  it('reads "co-worker" before a name as the role', () => {
    const a = attribute(['Crews watched as a co-worker, Ezra Quint, fitted the clamp.', '“Nothing to it,” Mr. Quint said, wiping his hands on his coat.']);
    expect(a.speaker('Ezra Quint')?.role).toBe('co-worker');
  });
});

describe('two roles joined by "and the"', () => {
  it('keeps the first role, without "herself"', () => {
    const a = attribute(['Lia Dorn, an Army veteran herself and the wife of a serving pilot, said she meant no offence.', '“I love that flag,” Dorn said.']);
    expect(a.speaker('Lia Dorn')?.role).toBe('Army veteran');
  });
  it('prefers the role that names a job', () => {
    const a = attribute(['“I saw the van hit the wall,” said Rob Vance, a witness and the owner of a corner shop.']);
    expect(a.speaker('Rob Vance')?.role).toBe('owner of a corner shop');
  });
});

describe('"instructed" introduces words', () => {
  it('names the one who gave the instruction, with the role after the name', () => {
    const a = attribute(['“Keep your head down and your hands steady,” instructed Rui Lago, the crew’s site supervisor for the harbour.']);
    expect(a.who('Keep your head')).toBe('Rui Lago');
    expect(a.speaker('Rui Lago')?.role).toBe('site supervisor for the harbour');
  });
  it('gives an instruction reported of censors to the censors', () => {
    const a = attribute(['Ivo Marr wrote that the clinic was full.', 'Censors had also instructed news sites to “block and bury every report about the clinic”.']);
    expect(a.who('block and bury')).toBe('Censors');
  });
});

describe('a title inside a quotation', () => {
  it('gives the person named in it their title', () => {
    const a = attribute([
      '“Both leaders took risks,” Ada Crane said. “Prime Minister Omar Vell has freed prisoners and kept his word.”',
      '“We did what we promised,” Vell said in reply.',
    ]);
    expect(a.who('We did what')).toBe('Omar Vell');
    expect(a.speaker('Omar Vell')?.role).toBe('Prime Minister');
    expect(a.who('Both leaders')).toBe('Ada Crane');
  });
});

describe('a job named after a relation ("the granddaughter of the founder and a board member")', () => {
  it('is the role, with or without its article', () => {
    const a = attribute([
      'Jane Vell, the granddaughter of the founder and a board member, said: “What she built will last.”',
      'Omar Pike, the nephew of the mayor and council treasurer, said: “The books are in order.”',
    ]);
    expect(a.speaker('Jane Vell')?.role).toBe('board member');
    expect(a.speaker('Omar Pike')?.role).toBe('council treasurer');
  });

  it('leaves a relation joined to another relation as it was', () => {
    const a = attribute(['“It was loud all night,” said Ann Lee, a friend of the victim and his wife.']);
    expect(a.speaker('Ann Lee')?.role).not.toContain('wife');
  });
});

describe('"lead" as a post', () => {
  it('reads "the council\'s transport lead" as a role, even with the apposition\'s closing comma missing', () => {
    const a = attribute([
      'Jane Doe, the council’s transport lead said on Tuesday that the road would “stay shut until the spring at the very least”.',
      'Ivo Marsh, litigation lead for the Hale Rights Centre, said the case was “far from over, whatever the court says”.',
    ]);
    expect(a.who('stay shut')).toBe('Jane Doe');
    expect(a.speaker('Ivo Marsh')?.role).toBe('litigation lead for the Hale Rights Centre');
  });
});

describe('"X was the last / first / only …" after a copula', () => {
  it('ranks someone among others and gives no role; "X is the chief executive of Y" still does', () => {
    const a = attribute([
      '“We are done,” said Mara Lind.',
      'Lind was the last high-profile contender who was fighting for the party’s soul.',
      '“It is over,” said Tom Vale.',
      'Vale is the chief executive of Harbour Freight.',
    ]);
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['Mara Lind', null], ['Tom Vale', 'chief executive of Harbour Freight']]);
  });
});

describe('a post someone may take ("If Doe becomes the next mayor …")', () => {
  it('is not their role; one they took is', () => {
    const a = attribute([
      '“It was home,” said Lena Marsh.',
      'If Marsh becomes the next mayor in November, the harbour will have one of its own in charge.',
      '“It is over,” said Tom Vale.',
      'Vale became chief executive of Harbour Freight in 2019.',
    ]);
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['Lena Marsh', null], ['Tom Vale', 'chief executive of Harbour Freight']]);
  });
});
