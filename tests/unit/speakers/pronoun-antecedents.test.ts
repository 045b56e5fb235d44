import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a pronoun in the sentence a person opens', () => {
  it('stands for that person, not for the one quoted before', () => {
    const a = attribute([
      'The panel heard two guests, retired pilot Arlo Stone and former engineer Wren Young, on Tuesday.',
      '“The old hangar should stay open,” Stone said.',
      'Young, in her evidence, did not discuss the hangar but did attack what she called “paperwork games” in hiring. “Hiring by lottery must end now,” she said.',
      '“It wastes a year of everyone’s time,” she added.',
    ]);
    expect(a.who('The old hangar')).toBe('Arlo Stone');
    expect(a.who('paperwork games')).toBe('Wren Young');
    expect(a.who('Hiring by lottery')).toBe('Wren Young');
    expect(a.who('It wastes')).toBe('Wren Young');
  });

  it('skips that person when the pronoun cannot agree with them', () => {
    const a = attribute([
      '“The ferry is late again,” said Tomas Vidal, the harbour master.',
      'Ms Marta Ruiz stayed silent while he described what he called “a scandal” in the timetable.',
    ]);
    expect(a.who('a scandal')).toBe('Tomas Vidal');
  });

  it('leaves a sentence that opens with the pronoun to it ("He met Doe ...")', () => {
    const a = attribute([
      '“The bridge will reopen in May,” said Colm Hardy, the county engineer.',
      'He met Mayor Ines Brandt on Monday, whom he called “a patient partner” in the works.',
    ]);
    expect(a.who('a patient partner')).toBe('Colm Hardy');
  });
});

describe('a pronoun set off after a comma ("Hale was carried out by firefighters, she said")', () => {
  it('reports for the one quoted before, not for the person the sentence opens with', () => {
    const a = attribute([
      '“It was chaos,” said neighbour Lisa Park.',
      'Tom Hale, 82, was carried out by firefighters, she said, adding: “They were heroes, every one of them.”',
      '“The report is damning,” said Labour MP Ann Frost. Home Secretary Priya Shah, she said, “has serious questions to answer.”',
    ]);
    expect(a.who('They were heroes')).toBe('Lisa Park');
    expect(a.who('has serious questions')).toBe('Ann Frost');
  });
});

describe('a pronoun in a clause before the main one', () => {
  it('"Although he said …, Reed …": he is Reed, not the person who spoke before', () => {
    const a = attribute([
      'Director Jo Park said the shoot was hard.',
      'Actor Sam Reed plays the lead.',
      'Park said the cast was superb.',
      'Although he said it was “wild” to see himself in the teaser, Reed would not reveal the plot.',
      '“I have signed my life away,” he joked.',
    ]);
    expect(a.who('wild')).toBe('Sam Reed');
    expect(a.who('I have signed')).toBe('Sam Reed');
  });

  it('"Then he said …" still looks back to the last speaker', () => {
    const a = attribute(['Jo Park, the director, praised the cast.', 'Then he said the film was “a gift”, before Sam Reed, the lead, left.']);
    expect(a.who('a gift')).toBe('Jo Park');
  });
});

describe('a tag closing the sentence names who said a partial quote inside it', () => {
  it('"That X suggests “…” except …, Doe said.": Doe, not the unreadable subject before the quote', () => {
    const a = attribute([
      'Gary Holt, an economist at the institute, studies labour markets.',
      'That mobility remains low suggests “that local job markets have been lousy almost everywhere” except near the coast, Holt said.',
    ]);
    expect(a.who('that local job markets')).toBe('Gary Holt');
    const later = attribute([
      'Gary Holt, an economist at the institute, studies labour markets.',
      'That mobility remains low suggests “that local job markets have been lousy almost everywhere” except near the coast, Holt said on Tuesday.',
    ]);
    expect(later.who('that local job markets')).toBe('Gary Holt');
  });

  it('without such a tag, the words after "suggests" stay unattributed', () => {
    const a = attribute(['Gary Holt, an economist, studies labour markets.', 'That mobility remains low suggests “a lousy market almost everywhere”.']);
    expect(a.who('a lousy market')).toBeNull();
  });
});

describe('a person named inside what another said', () => {
  it('does not become the next "he" ("Doe added that the bill Vale signed …" / "“…,” he said" is Doe)', () => {
    const a = attribute([
      'Fed official Tom Doe spoke on Monday.',
      'Doe added that the reform bill President Sam Vale signed into law last month may not end the problem.',
      '“The simple truth is, it will not go away easily,” he said.',
    ]);
    expect(a.who('The simple truth')).toBe('Tom Doe');
  });
});

describe('a person described as the subject of a plain sentence ("By then the city’s parks director found …")', () => {
  it('is the one a following “he said” stands for, not a man named paragraphs before', () => {
    const a = attribute([
      'Governor Lyle Carver set up a statewide bench programme in 1961.',
      'Inspectors counted benches in every park.',
      'By 1966, the city’s civil defence director found that most of the benches were broken. “Frankly, I doubt new benches are the answer for this city,” he said.',
    ]);
    expect(a.who('Frankly, I doubt')).toBe('city’s civil defence director');
    expect(a.speaker('city’s civil defence director')?.role).toBe('civil defence director');
  });

  it('is not made of a clause ("the council found the director …")', () => {
    const a = attribute([
      'Lyle Carver ran the parks for a decade.',
      'The council found the director had left early. “I never saw the report,” he said.',
    ]);
    expect(a.who('I never saw')).toBe('Lyle Carver');
  });
});

describe('a pronoun with a contracted verb ("he’d", "she’ll") is still the subject', () => {
  it('"in which he said he’d put a “…”" gives the words to the one "he" stands for', () => {
    const a = attribute([
      'Piet Vale Jr., 55, could face ten years in prison.',
      'Vale was arrested in April for a call he made to the office, in which he said he’d put a “bullet through the window.”',
    ]);
    expect(a.who('bullet through the window')).toBe('Piet Vale Jr.');
  });
});

describe('a first name cut short is the same person ("Pat" for "Patrick")', () => {
  it('leaves the surname to the one person, so a later surname still finds them', () => {
    const a = attribute([
      'The judge heard the case against Patrick Vale Jr. on Monday.',
      'Neighbours in the village describe Pat Vale as a quiet man.',
      '“I made a mistake,” Vale said in court.',
    ]);
    expect(a.who('I made a mistake')).toBe('Patrick Vale Jr.');
    expect(a.speaker('Patrick Vale Jr.')?.kind).toBe('person');
  });
});

describe('"When she said no, Doe told her …": the object "her" is someone other than the subject', () => {
  it('leaves "she" to the woman in focus, so a later "he" still finds Doe', () => {
    const a = attribute([
      'A jury has found Dylan Rook guilty.',
      'Another witness, Polly Shep, told the jury that Rook stood over her. When she said no, Rook told her: “I am not going to.”',
      'He also said: “I am guilty. We all know I am guilty.”',
    ]);
    expect(a.who('I am guilty')).toBe('Dylan Rook');
  });
});

describe('a lone name that speaks as "I" is a person from then on', () => {
  it('so "he" in the next paragraph can stand for it', () => {
    const a = attribute([
      'Ann Shep survived the attack.',
      'In the interview, Rook said of Shep, “I did not shoot her because she was looking at me.”',
      'He also said: “I am guilty. We all know I am guilty.”',
    ]);
    expect(a.who('I am guilty')).toBe('Rook');
    expect(a.speaker('Rook')?.kind).toBe('person');
  });
});

describe('the subject of a clause before the main one ("When Doe walked in, the guests …")', () => {
  it('is the one a later "he" stands for when the main subject cannot be', () => {
    const a = attribute([
      'Shop owners were told that the candidate, Wendell Marsh, would drop in.',
      'When Marsh walked into the room, the owners turned as he apologised for being late.',
      '“Carry on, please!” he told them.',
    ]);
    expect(a.who('Carry on, please!')).toBe('Wendell Marsh');
  });
  it('does not make a body with a one-word name someone a "he" can stand for', () => {
    const a = attribute([
      '“We will vote it down,” said Senator Ada Quist.',
      'When Congress met on Monday, the bill failed.',
      '“That is the end of it,” she said.',
    ]);
    expect(a.who('That is the end of it')).toBe('Ada Quist');
    expect(a.speakers.map((s) => s.name)).toEqual(['Ada Quist']);
  });
});

describe('a person brought in by a sentence that quotes nobody, and "she" later', () => {
  it('reads "one of the victims, Jane Doe," as Jane Doe, and "In 2022, she …" as her', () => {
    const a = attribute([
      '“Terrific guy,” the banker’s neighbour, Tom Vale, said in the story.',
      'In 2009, one of the banker’s victims, Jane Doe, filed a lawsuit saying he had flown her to parties with billionaires, royals and heads of state.',
      'In 2022, she withdrew her claims against a lawyer, saying she “may have made a mistake” in naming him.',
    ]);
    expect(a.who('may have made a mistake')).toBe('Jane Doe');
    expect(a.speaker('Jane Doe')?.role).toBe('one of the banker’s victims');
  });

  it('reads a lower-case "she" after a fronted phrase as the subject', () => {
    const a = attribute([
      '“Terrific guy,” Tom Vale said.',
      'Jane Doe filed a lawsuit in 2009.',
      'In 2022, she withdrew it, saying she “may have made a mistake” in naming him.',
    ]);
    expect(a.who('may have made a mistake')).toBe('Jane Doe');
  });
});

describe('the person a sentence brings in after a fronted clause, and epithets for them', () => {
  it('reads past an age inside the fronted clause ("While Aisha, 36, waits, Mariam Doe has …"), so "she" is Mariam', () => {
    const a = attribute([
      '“It is easy to be robbed in the dark,” says Aisha Roe. While Aisha, 36, is waiting for a customer, Mariam Doe has just handed over the papers.',
      'She walks home confidently, insisting, “evils disappear when there is light.”',
    ]);
    expect(a.who('evils disappear')).toBe('Mariam Doe');
  });

  it('takes "the mother of four" for the person just named, as "the mother-of-four"', () => {
    const a = attribute([
      'Amina Salum sells food near the terminal.',
      '“It is because most of us feel safe,” says the mother of four.',
    ]);
    expect(a.who('It is because')).toBe('Amina Salum');
  });

  it('ends a name after the verb at "who" ("says Jeremiah who works in the office")', () => {
    const a = attribute([
      'The council’s economist Jeremiah Mbelu reveals that the council agreed to the plan.',
      '“Each pole cost a lot,” says Jeremiah who is working in the planning office.',
    ]);
    expect(a.who('Each pole')).toBe('Jeremiah Mbelu');
  });
});

describe('a cleft sentence ("it was Katie Doe who …")', () => {
  it('puts the person it names in focus, over the subject of the clause fronted before it', () => {
    const a = attribute([
      'After Lily Roe won her first-round match on Monday, it was Katie Doe who got the ball rolling on Tuesday with a win.',
      '“Hopefully I’ve started everyone off well today,” she told reporters afterwards.',
    ]);
    expect(a.who('Hopefully')).toBe('Katie Doe');
  });
});

describe('a participle after a comma', () => {
  it('speaks for the subject of the clause before it, not for a pronoun inside its own words', () => {
    const a = attribute([
      'A plan to impeach President Kim Min Jun has failed.',
      'Earlier Saturday, Kim apologised for his actions, saying they “stemmed from the urgency” he felt as president.',
    ]);
    expect(a.who('stemmed from the urgency')).toBe('Kim Min Jun');
  });
});

describe('an epithet with an age beside it', () => {
  it('is the person the article has just named ("The England forward, 25, said")', () => {
    const a = attribute([
      'His team-mate Omar Bell shared his concern on his channel on Monday.',
      'The Kestrel forward, 25, said: “It has to be safe for everyone, not just for the players.',
      '“Until then I am not scared, but I am reserved.”',
    ]);
    expect(a.who('It has to be safe')).toBe('Omar Bell');
    expect(a.who('Until then')).toBe('Omar Bell');
  });
  it('leaves a role noun with an age to its own reading ("The victim, 45, said")', () => {
    const a = attribute(['Police arrested Jane Doe on Monday.', 'The victim, 45, said: “She came at me with a knife for no reason at all.”']);
    expect(a.who('She came at me')).toBe('victim');
  });
});

describe('the singular "they" of an unnamed spokesperson', () => {
  it('is the spokesperson just quoted, while "they" after a named person still finds nobody', () => {
    const a = attribute([
      'A Ministry of Defence spokesperson said: “We value the partnership.”',
      'They said the government remained “committed to our defence partnership”.',
      'Jane Doe said: “It is fine.”',
      'They said the plan was “a disaster for everyone involved”.',
    ]);
    expect(a.who('committed to our')).toBe('Ministry of Defence spokesperson');
    expect(a.who('a disaster for')).toBeNull();
  });
});

describe('a paragraph that names one person already quoted, in a sentence about something else', () => {
  it('gives the "he says" after it to that person, not to the last speaker', () => {
    const a = attribute([
      'Serhii Brandt, a chemistry researcher, says not everyone could leave. “They checked our phones,” he explains.',
      'Ivo Marsh says the move created tensions in the city at first.',
      'The war has brought power cuts, which make it hard for Brandt to run his experiments. “One experiment needs more than eight hours,” he says.',
    ]);
    expect(a.who('One experiment needs')).toBe('Serhii Brandt');
  });

  it('leaves the pronoun with the last speaker when the person named was never quoted, or two are named', () => {
    const a = attribute([
      'Ivo Marsh says the move created tensions in the city at first.',
      'The old campus, built by Tomas Brandt in 1960, now stands empty. “Nobody goes there,” he says.',
      'Serhii Lind, a chemist, says the labs moved twice. “We lost a year,” he says.',
      'The war has brought power cuts, which make it hard for Lind and Marsh to work. “The nights are long,” he says.',
    ]);
    expect(a.who('Nobody goes there')).toBe('Ivo Marsh');
    expect(a.who('The nights are long')).toBe('Serhii Lind');
  });
});
