// Speakers introduced by a title with its portfolio or place, by an agent noun the lexicon does not list, or by
// surname-first names; phrases that only look like speakers.
import { describe, expect, it } from 'vitest';
import { speakerAbout } from '../../../components/shared/speaker-about';
import { attribute } from './helpers';

describe('a title with its portfolio before the name', () => {
  it('keeps the portfolio in the role and the person in the name', () => {
    const a = attribute(['“We will not back down,” Secretary of Trade Maria Olsen said.']);
    expect(a.who('We will not')).toBe('Maria Olsen');
    expect(a.speaker('Maria Olsen')).toMatchObject({ role: 'Secretary of Trade', kind: 'person' });
  });
  it('reads a place after the title as part of it', () => {
    const a = attribute(['“The talks were a waste of time,” special envoy to Freedonia Tomas Berg said.']);
    expect(a.speaker('Tomas Berg')).toMatchObject({ role: 'special envoy to Freedonia' });
  });
  it('keeps the possessor as the organisation', () => {
    const a = attribute(['Ruritania’s ambassador to Freedonia Anna Kovac said the country had the “resolve” to act.']);
    expect(a.speaker('Anna Kovac')).toMatchObject({ role: 'ambassador to Freedonia', org: 'Ruritania' });
  });
  it('reads the title with its portfolio when the name is only mentioned in passing', () => {
    const a = attribute([
      'The treaty was signed on Friday by Valdorian Secretary of State Mara Quill.',
      'Quill said the treaty was “a fair bargain for both sides”.',
    ]);
    expect(a.who('a fair bargain')).toBe('Mara Quill');
    expect(a.speaker('Mara Quill')?.role).toBe('Valdorian Secretary of State');
  });
  it('leaves a title whose portfolio is all there is without a name', () => {
    const a = attribute(['“Ask them to complain in writing,” the Minister of Natural Resources said.']);
    expect(a.speakers.some((s) => s.name === 'Natural Resources')).toBe(false);
  });
  it('reads the capitalised words after a role and “at” as the workplace, not a person', () => {
    const a = attribute(['“Nobody saw the cut coming,” said Nora Vidal, rates strategist at Pell Capital Markets.']);
    expect(a.speakers.map((s) => s.name)).toEqual(['Nora Vidal']);
    expect(a.speaker('Nora Vidal')).toMatchObject({ role: 'rates strategist', org: 'Pell Capital Markets' });
  });
  it('still finds a titled person after “with” that follows no role', () => {
    const a = attribute(['Two neighbours objected, with Foreign Minister Ilse Varga warning of “grave consequences” for the region.']);
    expect(a.who('grave consequences')).toBe('Ilse Varga');
  });
  it('does not take the end of an organisation’s name for a person', () => {
    const a = attribute(['Dr Lena Ash, a freight economist at the University of Kestrel Bay, said “prices will rise”.']);
    expect(a.speakers.map((s) => s.name)).toEqual(['Lena Ash']);
    expect(a.speaker('Lena Ash')?.role).toContain('economist');
  });
  it('reads the words after a body and "for a" as the rest of its name', () => {
    const a = attribute(['“Interest will cost more than schools,” said Ravi Senn, policy director at the Council for a Sound Public Purse.']);
    expect(a.speakers.map((s) => s.name)).toEqual(['Ravi Senn']);
    expect(a.speaker('Ravi Senn')?.role).toBe('policy director');
  });
  it('reads a firm named "… Associates" after a job as the firm, not a person with the job', () => {
    const a = attribute(['Chris Dove, managing director of Harbour Investment Associates, says the funds he backs are raising their reserves.']);
    expect(a.speakers.map((s) => s.name)).toEqual(['Chris Dove']);
    expect(a.speaker('Chris Dove')?.role).toBe('managing director of Harbour Investment Associates');
  });
});

describe('role nouns known by their ending', () => {
  it('reads an unlisted agent noun before a name as a title', () => {
    const a = attribute([
      'Chief negotiator Ola Brandt said the delegation would leave.',
      '“We are going home,” she added.',
    ]);
    expect(a.who('We are going home')).toBe('Ola Brandt');
    expect(a.speaker('Ola Brandt')?.role).toBe('Chief negotiator');
  });
});

describe('a name written surname first', () => {
  it('joins the lone first word to the full name when one person has it', () => {
    const a = attribute(['Envoy Wu Lanfen said the port would reopen.', '“It is already done,” Wu said.']);
    expect(a.who('It is already done')).toBe('Wu Lanfen');
    expect(a.speakers.filter((s) => s.name.startsWith('Wu'))).toHaveLength(1);
  });
});

describe('phrases that only look like speakers', () => {
  it('finds the noun phrase after a preposition', () => {
    const a = attribute(['This comes after police said the crowd had been told to leave the square.']);
    expect(a.speakers.map((s) => s.name)).toEqual(['police']);
  });
  it('does not read a plural noun as a speech verb', () => {
    const a = attribute(['The “tough on crime” stance holds appeal to voters in key states like Ohio.']);
    expect(a.speakers).toEqual([]);
    expect(a.who('tough on crime')).toBeNull();
  });
  it('drops the quote marks of a title inside a description', () => {
    const a = attribute(['“It was a long night,” the "Harbour Lights" actor said.']);
    expect(a.who('It was a long night')).toMatch(/actor$/);
    expect(a.who('It was a long night')).not.toMatch(/["“”]/);
  });
});

describe('what surrounds a title', () => {
  it('keeps an abbreviated title as the article prints it, for the reader to see spelled out', () => {
    const a = attribute(['“We will win,” Republican Gov. Ann Lee said.', 'Sen. Ada Lowe, R-Ore., called the vote “a disgrace to the chamber”.']);
    expect(a.speaker('Ann Lee')?.role).toBe('Republican Gov.');
    expect(a.speaker('Ada Lowe')?.role).toBe('Sen.');
    expect(speakerAbout(a.speaker('Ann Lee')!).role).toBe('Republican governor');
    expect(speakerAbout(a.speaker('Ada Lowe')!).role).toBe('senator');
  });
  it('leaves a time phrase out of the title', () => {
    const a = attribute(['Last week State Department official Dan Holm said he recalled the call “vividly.”']);
    expect(a.speaker('Dan Holm')?.role).toBe('State Department official');
  });
  it('keeps a role noun after an acronym in the title', () => {
    const a = attribute(['“They will fold,” Sports NFL Insider Jay Lacroix said.']);
    expect(a.speakers.map((s) => s.name)).toEqual(['Jay Lacroix']);
  });
  it('does not take a dateline for the subject', () => {
    const a = attribute([
      'KESTREL BAY, N.Y. — Hours before the game, coach Bo Ray praised the winger, saying he always finds a way to score.',
    ]);
    expect(a.speakers.map((s) => s.name)).toEqual(['Bo Ray']);
  });
});

describe('lone names and organisations', () => {
  it('takes a lone surname that speaks as "I" for a person', () => {
    const a = attribute(['Halvorsen said the serve was working.', '“I felt good out there,” Halvorsen said.']);
    expect(a.speaker('Halvorsen')?.kind).toBe('person');
  });
  it('keeps a lone name that speaks as "we" an organisation', () => {
    const a = attribute(['Brightline said fares would rise.', '“We expect demand to hold,” Brightline said.']);
    expect(a.speaker('Brightline')?.kind).toBe('organisation');
  });
  it('finds the speaker after an article inside a longer phrase', () => {
    const a = attribute([
      'The Dock Workers Union (DWU) voted to strike.',
      'The port authority defended a plan the union called “reckless” on Monday.',
    ]);
    expect(a.who('reckless')).toBe('Dock Workers Union');
  });
});

describe('more ways of attributing', () => {
  it('reads a phrasal speech verb', () => {
    const a = attribute(['Tom Cole and Ann Hale spoke on stage.', '“We all miss him so much,” Hale weighed in.']);
    expect(a.who('We all miss')).toBe('Ann Hale');
  });
  it('takes the author of a report named after the verb', () => {
    const a = attribute(['“The market is pricing in a recovery,” said a report from Harbour Securities.']);
    expect(a.who('The market')).toBe('Harbour Securities');
  });
  it('leaves a statement with no author unattributed', () => {
    const a = attribute(['“Prices will fall,” said a statement.']);
    expect(a.who('Prices will fall')).toBeNull();
  });
});

describe('relative clauses', () => {
  it('gives the words to the phrase a "who" stands for', () => {
    const a = attribute(['Four officials testified, including a port inspector who described the call as “improper.”']);
    expect(a.who('improper')).toBe('port inspector');
  });
  it('reaches back over the comma to the name after a preposition', () => {
    const a = attribute(['The plan was backed by Jane Doe, who called it “a lifeline for the port.”']);
    expect(a.who('a lifeline')).toBe('Jane Doe');
  });
});

describe('long descriptions', () => {
  it('drops a reduced relative clause after the description', () => {
    const a = attribute(['The authors of the study published in the journal argued that the plan was “a public health concern.”']);
    expect(a.who('a public health concern')).toBe('authors of the study');
  });
  it('keeps an -ing noun inside the description', () => {
    const a = attribute(['Jo Park, a professor of civil engineering at the University of Kestrel Bay, said the bridge was “sound.”']);
    expect(a.speaker('Jo Park')).toMatchObject({ role: 'professor of civil engineering', org: 'University of Kestrel Bay' });
  });
});

describe('commands shouted', () => {
  it('credits an order given in quotation marks', () => {
    const a = attribute(['“Hands! Let me see your hands!” an officer ordered. “Step out.”']);
    expect(a.who('Hands!')).toBe('officer');
    expect(a.who('Step out')).toBe('officer');
  });
});

describe('speech in an infinitive', () => {
  it('gives the words to the sentence’s subject when they are its own', () => {
    const a = attribute(['Mayor Ana Ruiz turned to the radio last week to describe the plan as “a disgrace.”']);
    expect(a.who('a disgrace')).toBe('Ana Ruiz');
  });
  it('not when the infinitive is handed to someone else or refused', () => {
    expect(attribute(['The union urged the minister to call the deal “a mistake.”']).who('a mistake')).not.toBe('union');
    expect(attribute(['Mayor Ana Ruiz refused to call the plan “a failure.”']).who('a failure')).toBeNull();
  });
});

describe('full names written outside a subject', () => {
  it('leaves the title’s portfolio out of a name met after "of"', () => {
    const a = attribute(['The plan was announced by Secretary of Trade Maria Olsen.', 'Olsen said that tariffs would fall next year.']);
    expect(a.speakers.map((s) => s.name)).toEqual(['Maria Olsen']);
  });
});

describe('a role named before the person', () => {
  it('joins an unnamed holder of the same specific role to the person named with it later', () => {
    const a = attribute([
      'Ruritania’s ambassador to Freedonia has warned that the government “will not sit on its hands”.',
      'Ruritania’s ambassador to Freedonia Li Wei has said that the country has the “resolve” to end the unrest.',
    ]);
    expect(a.speakers.map((s) => s.name)).toEqual(['Li Wei']);
    expect(a.who('will not sit')).toBe('Li Wei');
  });
});

describe('verbs of attack', () => {
  it('credits words quoted after "assailed … as"', () => {
    const a = attribute(['Over the weekend, Mayor Ana Ruiz assailed the council as a band of “armchair planners” who oppose her.']);
    expect(a.who('armchair planners')).toBe('Ana Ruiz');
  });
});

describe('said X after the writer closes the quoted sentence', () => {
  it('credits the speaker named after a few words of the writer’s own', () => {
    const a = attribute(['“The board wants a bigger deal. Bigger than the little deal” struck in May, said Derek Salt, a scholar at the institute.']);
    expect(a.who('The board wants')).toBe('Derek Salt');
    expect(a.speaker('Derek Salt')?.role ?? null).not.toBe('');
  });
});

describe('positions in sport before a name are titles', () => {
  it.each([
    ['Hawks defenseman Ryan Sato', 'Hawks defenseman'],
    ['veteran winger Omar Reyes', 'veteran winger'],
    ['Rovers goalkeeper Ana Ruiz', 'Rovers goalkeeper'],
  ])('"%s" is the person, with the position as role, and a later "she" finds them', (subject, role) => {
    const name = subject.split(' ').slice(-2).join(' ');
    const a = attribute([
      '“That was a fine night,” coach Tom Reed said.',
      `Last week, ${subject[0].toUpperCase()}${subject.slice(1)} could see the strain on the bench.`,
      '“We needed that result more than anyone knew,” she said.',
    ]);
    expect(a.speaker(name)?.role?.toLowerCase()).toBe(role.toLowerCase());
    expect(a.who('We needed')).toBe(name);
  });
});

describe('a title for an office the person takes up later', () => {
  it('reads “the mayor-elect”, written without a capital, as the person just named', () => {
    const a = attribute(['Rosa Quint won the mayoral race on Tuesday.', '“We will fix the buses first,” the mayor-elect said.']);
    expect(a.who('We will fix')).toBe('Rosa Quint');
    expect(a.speaker('Rosa Quint')?.role).toBe('mayor-elect');
  });
  it('reads the capitalised title the same way', () => {
    const a = attribute(['Tomas Reyes won the vote.', '“I won by a mile,” the Governor-elect said.']);
    expect(a.who('I won by a mile')).toBe('Tomas Reyes');
    expect(a.speaker('Tomas Reyes')?.role).toBe('Governor-elect');
  });
  it('keeps such a title before a name in the role', () => {
    const a = attribute(['The Prime Minister-designate, Ola Brekke, met the king.', '“We will form a government this week,” she said.']);
    expect(a.who('We will form')).toBe('Ola Brekke');
    expect(a.speaker('Ola Brekke')?.role).toBe('Prime Minister-designate');
  });
});

describe('a title written with a one-word portfolio', () => {
  it('leaves a three-word name whole ("Secretary of State Jane Ann Doe")', () => {
    const a = attribute(['“We are worried,” said U.S. Secretary of State Jane Ann Doe.', '“We agree,” said Secretary of State Tom Reed.']);
    expect(a.who('We are worried')).toBe('Jane Ann Doe');
    expect(a.speaker('Jane Ann Doe')?.role).toBe('U.S. Secretary of State');
    expect(a.who('We agree')).toBe('Tom Reed');
  });
});

describe('titles and places around a name', () => {
  it('ends a titled name before "of" and a place ("Senate Democratic Leader Jane Doe of Indianapolis")', () => {
    const a = attribute([
      'Senate Democratic Leader Greta Tayler of Indianapolis said schools cannot raise pay.',
      '“We cannot find ourselves at the bottom of the barrel,” Tayler said.',
    ]);
    expect(a.who('We cannot find')).toBe('Greta Tayler');
    expect(a.speaker('Greta Tayler')?.role).toBe('Senate Democratic Leader');
  });

  it('reads "an educator at a park in San Francisco Bay" as a role and a workplace, not a person called "Francisco Bay"', () => {
    const a = attribute(['“It is a myth,” said Casey Dexter-Lee, an educator at Angel Island State Park in San Francisco Bay.']);
    expect(a.who('It is a myth')).toBe('Casey Dexter-Lee');
    expect(a.speaker('Casey Dexter-Lee')?.role).toBe('educator');
  });

  it('keeps the role written before a rank, which works like an honorific ("military spokesperson Lt. Gen. Jane Doe")', () => {
    const a = attribute(['“Terrorists use weapons,” the military spokesperson Lt. Gen. Ahmed Sharif Khan had said.']);
    expect(a.speaker('Ahmed Sharif Khan')?.role).toBe('spokesperson');
  });
});

describe('a description before a name whose closing comma is missing ("the Municipal Director, Jane Doe says, …")', () => {
  it('gives the person the description as a role', () => {
    const a = attribute([
      'Before this project, the Lindi Municipal Director, Jomo Satur says, there were four lights. “At the end of the month, the bill was high,” he adds.',
    ]);
    expect(a.who('At the end of the month')).toBe('Jomo Satur');
    expect(a.speaker('Jomo Satur')?.role).toBe('Lindi Municipal Director');
  });
});

describe('titles before a name that hold a hyphen or a body’s own "of"', () => {
  it('reads "Reuters Editor-in-Chief Jane Doe" and "Royal Bank of Canada assistant chief economist John Roe" as the names and titles', () => {
    const a = attribute([
      '“We condemn the attack,” Reuters Editor-in-Chief Alessa Galli said.',
      'Royal Bank of Canada assistant chief economist Nathan Janz said the rise was a welcome surprise. “It is good news,” Janz said.',
    ]);
    expect(a.who('We condemn')).toBe('Alessa Galli');
    expect(a.speaker('Alessa Galli')?.role).toBe('Reuters Editor-in-Chief');
    expect(a.who('It is good news')).toBe('Nathan Janz');
    expect(a.speaker('Nathan Janz')?.role).toContain('assistant chief economist');
  });

  it('takes a surname that is also a title for the person the article named ("Tessa Bishop … Bishop said")', () => {
    const a = attribute(['Booking insider Tessa Bishop shared the best times to book.', '“It is cheaper in May,” Bishop said.']);
    expect(a.who('It is cheaper')).toBe('Tessa Bishop');
    expect(attribute(['“Pray for peace,” the Bishop said.']).who('Pray for peace')).toBe('Bishop');
  });
});

describe('a role given by "is the … of"', () => {
  it('fills the role of a person named before ("Sharon is the CEO of Hotelied", "She’s the director of …")', () => {
    const a = attribute([
      '“It works,” Zeev Sharon said. Sharon is the CEO of Hotelied, a start-up.',
      '“It is groundbreaking,” says Katie Allen, MD, PhD. She’s the director of the Center for Food and Allergy Research in Melbourne.',
      '“We loved it,” Jane Doe said. Doe is a big fan of the show.',
    ]);
    expect(a.speaker('Zeev Sharon')?.role).toBe('CEO of Hotelied');
    expect(a.speaker('Katie Allen')?.role).toBe('director of the Center for Food and Allergy Research');
    expect(a.speaker('Jane Doe')?.role).toBeNull();
  });

  it('reads "has been" and "’s been" before the post, and leaves how long out of it', () => {
    const a = attribute([
      'Ana Ruiz has been the director of the museum since 2019. “It is hard,” Ruiz said.',
      'Tom Hale works nearby. He’s been a chef at the inn for 12 years. “It is hard,” Hale said.',
      'Lia Moss is a spokeswoman for the council. “No,” Moss said.',
    ]);
    expect(a.speaker('Ana Ruiz')?.role).toBe('director of the museum');
    expect(a.speaker('Tom Hale')?.role).toBe('chef at the inn');
    expect(a.speaker('Lia Moss')?.role).toBe('spokeswoman for the council');
  });

  it('goes to the person whose name the words close ("Abu Amer" is Sadeq Abu Amer, not Abu Hassan Amer)', () => {
    const a = attribute([
      '“We agree,” said Abu Hassan Amer, 44.',
      '“A deal is still possible,” Sadeq Abu Amer told reporters. Abu Amer is the head of the Dialogue Group in Ruritania.',
    ]);
    expect(a.speaker('Sadeq Abu Amer')?.role).toBe('head of the Dialogue Group');
    expect(a.speaker('Abu Hassan Amer')?.role).toBeNull();
  });
});
