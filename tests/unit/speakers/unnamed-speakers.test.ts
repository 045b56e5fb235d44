// Patterns seen on articles nobody tuned on, written with sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../analysis';
import { attribute } from './helpers';

describe('attribution: unnamed speakers named by their description', () => {
  it('an inverted subject followed by an adverbial ("said a company spokesperson when reached by phone")', () => {
    const a = attribute(['“We are looking into the matter,” said a Brightline spokesperson when reached by phone.']);
    expect(a.who('We are looking')).toBe('Brightline spokesperson');
    expect(a.speakers[0].kind).toBe('person');
  });

  it('a plain description before the verb ("one user quipped", "the head librarian said")', () => {
    const a = attribute([
      'The ticket site crashed within minutes. “Best outage of the year so far,” one user quipped.',
      '“The shelves are nearly empty now,” the head librarian said.',
    ]);
    expect(a.who('Best outage')).toBe('user');
    expect(a.who('The shelves')).toBe('head librarian');
  });
});

describe('an organisation named by what it is and whose it is ("the police department", "the teachers union")', () => {
  it('speaks as the organisation, not as a person named in the next sentence', () => {
    const a = attribute([
      'After the storm, the Lakeport fire department posted a photo of the flooded road with the caption, “Stay home tonight!” Its chief, Ana Ruiz, later said crews were “stretched thin”.',
      '“The offer is an insult,” the teachers union said.',
    ]);
    expect(a.who('Stay home tonight')).toBe('Lakeport fire department');
    expect(a.speaker('Lakeport fire department')?.kind).toBe('organisation');
    expect(a.who('The offer is an insult')).toBe('teachers union');
  });
});

describe('attribution: a bare common noun is never a speaker', () => {
  it('"the company continued" after a partial quote leaves it to the reporting clause ("Verlaine said")', () => {
    const a = attribute([
      'Tomas Verlaine runs the ferry line.',
      'Harbour crews found the fault, Verlaine said, and “rebuilt” the engine as the company continued to sell tickets.',
    ]);
    expect(a.who('rebuilt')).toBe('Tomas Verlaine');
    expect(a.speakers.map((s) => s.name)).not.toContain('company');
  });
});

describe('an unnamed source placed by where they are ("a source inside the port office")', () => {
  it.each([
    ['inside', '“The ships will not sail,” a source inside the port office said.', 'source inside the port office'],
    ['close to', '“The ships will not sail,” said a source close to the talks.', 'source close to the talks'],
    ['near', '“The ships will not sail,” an official near the border said.', 'official near the border'],
  ])('keeps the place after "%s" in the description', (_word, sentence, name) => {
    expect(attribute([sentence]).who('The ships')).toBe(name);
  });

  it('keeps the whole description through a later "the source said"', () => {
    const a = attribute([
      'A reporter’s source inside the depot said the trucks were gone.',
      '“Nobody has come back since Monday,” the source said.',
    ]);
    expect(a.who('Nobody has come back')).toMatch(/source inside the depot$/);
  });
});

describe('someone the writer spoke to without naming them ("We spoke to one mother, who ...")', () => {
  it('gives the next "she said" to the person met, not to the last named speaker', () => {
    const a = attribute([
      '“Most of my clients never read the settings page,” said Tove Arland, a shop owner who sells phone cases.',
      'We spoke to one mother, who had no idea her son’s number was on his profile. “I thought I knew every app they used,” she said.',
      'Reporters from the Ledger News Agency waited outside. The Ledger News Agency also interviewed a nurse in the queue. “Nobody explained the new form to us,” he said.',
    ]);
    expect(a.who('I thought I knew')).toBe('mother');
    expect(a.who('Nobody explained')).toMatch(/^nurse/);
  });

  it('leaves a person met by a named speaker out of focus ("Arland met a supplier ... she said" is still Arland)', () => {
    const a = attribute([
      'Tove Arland runs a shop that sells phone cases.',
      'Arland met a supplier in March. “The prices doubled overnight,” she said.',
    ]);
    expect(a.who('The prices doubled')).toBe('Tove Arland');
  });
});

describe('a described person the situation brings in ("The judge said" after a defendant is named)', () => {
  it('keeps the judge and the officer apart from the person just named', () => {
    const a = attribute([
      'Pell Varo, 34, was sentenced on Monday to five years in prison for fraud. The judge said: “You betrayed every one of your clients.”',
      'Mira Quell was arrested in March after a crash on the ring road. The officer said: “She was driving far too fast for that road.”',
    ]);
    expect(a.who('You betrayed')).not.toBe('Pell Varo');
    expect(a.who('She was driving')).not.toBe('Mira Quell');
  });
});

describe('an unnamed relative who has died', () => {
  it('gives the relation as the role, without the word for the death', () => {
    const a = attribute(['In a letter kept by the family, Ivo Tam’s late father wrote that the house was “never for sale.”']);
    const father = a.speakers.find((s) => s.name.endsWith('father'));
    expect(father?.role).toBe('father');
  });
});

describe('"another" with a label read as a name ("another Ohio Republican") is a second speaker', () => {
  const speakerOf = (a: ReturnType<typeof attribute>, prefix: string) => a.quotes.find((q) => q.text.startsWith(prefix))?.speakerId;

  it('keeps "another", "a second", "one more" apart from the first, and "the" label refers back to the first', () => {
    for (const marker of ['another', 'a second', 'one more', 'a different']) {
      const a = attribute([
        '“We will carry the state easily,” said an Ohio Republican.',
        `“It is going to be very close this time,” said ${marker} Ohio Republican.`,
        '“I stand by every word of it,” the Ohio Republican added.',
      ]);
      const first = speakerOf(a, 'We will carry');
      const second = speakerOf(a, 'It is going');
      expect(first, marker).toBeTruthy();
      expect(second, marker).toBeTruthy();
      expect(second, marker).not.toBe(first);
      expect(a.who('It is going')).toBe('Ohio Republican');
      expect(speakerOf(a, 'I stand by'), marker).toBe(first);
    }
  });

  it('still merges the same label said twice without "another"', () => {
    const a = attribute([
      '“We will carry the state easily,” said an Ohio Republican.',
      '“Nobody in the party doubts it at all,” said an Ohio Republican.',
    ]);
    expect(speakerOf(a, 'Nobody in')).toBe(speakerOf(a, 'We will carry'));
  });
});

describe('a title in quote marks is never a speaker', () => {
  it('leaves "“A Long Cold Winter” opens …" out of the speakers, so a later "he" stays with the actor', () => {
    // The whole analysis: the quote finder sets the title aside as no quotation, so attribution sees its words.
    const a = analyzeArticle(
      [
        'The actor Sam Reed stars in the new thriller, which was shot in Boston last spring.',
        '“A Long Cold Winter” opens in selected cinemas on Dec. 31.',
        '“I had to learn to sail for it,” he joked. “The crew were amazing.”',
      ],
      { headline: null, published: '2024-12-20T10:00:00Z', outlet: null, authors: [], url: null, language: 'en' },
    );
    expect(a.speakers.map((s) => s.name)).toEqual(['Sam Reed']);
    expect(a.quotes.filter((q) => q.kind === 'direct').map((q) => q.speakerId)).toEqual([a.speakers[0].id, a.speakers[0].id]);
  });
});

describe('businesses named by their trade', () => {
  it('"Acme Records" and "Northwind Productions" are organisations, never people', () => {
    const a = attribute([
      'Acme Records issued a statement on Monday.',
      '“We never blocked the concert,” Acme Records said.',
      '“Nothing was agreed,” Northwind Productions said in reply.',
    ]);
    expect(a.speakers.map((s) => [s.name, s.kind])).toEqual([['Acme Records', 'organisation'], ['Northwind Productions', 'organisation']]);
  });

  it('"Harbor Foods" is a business too, and "the company" after it is Harbor Foods', () => {
    const a = attribute([
      'Harbor Foods has cut the price of bread this spring.',
      'The company claims the cuts have saved shoppers “millions of dollars” since the merger.',
    ]);
    expect(a.speaker('Harbor Foods')?.kind).toBe('organisation');
    expect(a.who('millions of dollars')).toBe('Harbor Foods');
  });

  it('"the company" is the business last mentioned, even in passing, whatever its name says', () => {
    const a = attribute([
      'Acme Records issued a statement on Monday about the concert.',
      '“We did not agree to that,” the production company said in a statement.',
      'On Thursday the singer accused Acme Records of blocking her film.',
      'The company flat-out denied the claims in a statement shared to its website.',
      '“We never blocked anything,” the statement said.',
    ]);
    expect(a.who('We did not agree')).toBe('production company');
    expect(a.who('We never blocked')).toBe('Acme Records');
  });

  it('never takes a public body for "the company"', () => {
    const a = attribute([
      'The Harbour Department of Transport fined the ferry operator on Monday.',
      '“The company will appeal,” the company said.',
    ]);
    expect(a.who('The company will appeal')).toBeNull();
  });
});

describe('an organisation named with "on" ("the Joint Committee on Housing and Transport")', () => {
  it('is one speaker, also as the subject of an "as" clause', () => {
    const a = attribute([
      'As the Joint Committee on Housing and Transport has pointed out, the bill would be used “for the purpose of finding tenants”.',
      'The Council on Rural Affairs said the plan was “a disaster for every village”.',
    ]);
    expect(a.who('for the purpose of finding')).toBe('Joint Committee on Housing and Transport');
    expect(a.who('a disaster for every village')).toBe('Council on Rural Affairs');
  });

  it('still keeps two businesses joined by "and" apart from one long name', () => {
    const a = attribute(['“We were shocked,” Grey Lantern and Mark Vale Productions said in a joint statement.']);
    expect(a.speakers.map((s) => s.name)).not.toContain('Grey Lantern and Mark Vale Productions');
  });
});

describe('a description closed by an adjective after its noun ("one of the managers present")', () => {
  it('is the unnamed speaker, named by the description', () => {
    const a = attribute([
      'The firm let its whole sales team go on one afternoon.',
      '“It was brutal,” one of the managers present said later. “Nobody saw it coming.”',
    ]);
    expect(a.who('It was brutal')).toMatch(/^one of the managers/);
    expect(a.who('Nobody saw it coming')).toMatch(/^one of the managers/);
  });
});

describe('"the woman said", "the man said": a plain word for someone already met', () => {
  it('is the unnamed resident who spoke just before, like "she" would be', () => {
    const a = attribute([
      'A tenant who asked not to be named said families were leaving the block.',
      '“Nobody feels safe here any more,” the woman said.',
    ]);
    expect(a.who('Nobody feels safe')).toBe('tenant');
  });

  it('is not the named person in focus, whom the writer would call by name or "she"', () => {
    const a = attribute([
      'The study describes a patient, a 43-year-old man from the coast.',
      'Dr Owen Marsh, one of its authors, said the man had suffered for months. “It is rare,” Dr Marsh said.',
      '“It does not affect me at all now,” the man wrote in a note beside the report.',
    ]);
    expect(a.who('It is rare')).toBe('Owen Marsh');
    expect(a.who('It does not affect me')).not.toBe('Owen Marsh');
  });

  it('is not a man in focus, and brings nobody in when nobody fits', () => {
    const a = attribute([
      'Mr Piet Haas, the harbour master, said the ferries would stop.',
      '“I have never seen a storm like it,” the woman said.',
    ]);
    expect(a.who('I have never seen')).toBeNull();
  });

  it('"a man who lives nearby said" brings an unnamed speaker in, whom "the man" then names', () => {
    const a = attribute([
      '“It sounded like thunder,” said a man who lives on the hill.',
      'Firefighters arrived within minutes.',
      '“The whole sky was orange,” the man said.',
    ]);
    expect(a.who('It sounded like')).toBe('man');
    expect(a.who('The whole sky')).toBe('man');
  });
});

describe('a share of a poll speaks, and names nobody ("Fifty-one percent say that “…”")', () => {
  it('gives the quotation to nobody, not to the body last mentioned', () => {
    const a = attribute([
      'Carecard was a key issue in the race as well.',
      'To start, it confirms recent polling on the levy. Fifty-one percent say that “the levy was wrong and should be scrapped by the council this year.”',
    ]);
    expect(a.who('the levy was wrong')).toBeNull();
  });
});

describe('a business whose name ends in -ing or "Co."', () => {
  it('"Kestling is in …" names the business "the company" stands for', () => {
    const a = attribute([
      'A rival paper, the Harbour Tribune, ran an interview with its chief executive.',
      'Kestling is in only the early stages of building the new ferry.',
      '“We look forward to working with the port on every phase,” the company said.',
    ]);
    expect(a.who('We look forward')).toBe('Kestling');
  });
  it('never takes an armed force or a bureau for "the company"', () => {
    const a = attribute([
      'Kestling Co. is in only the early stages of building the Kestrel Air Force’s new transport plane.',
      '“We look forward to working on every phase,” the company said.',
    ]);
    expect(a.who('We look forward')).toBe('Kestling Co');
  });
  it('reads "Kestrel Co." as a business, which "the company" then stands for', () => {
    const a = attribute([
      'The Harbour Tribune reported the row on Monday.',
      'The mayor said a contract with Kestrel Co. to build two ferries would cost too much.',
      '“We stand by our price,” the company said.',
    ]);
    expect(a.who('We stand by')).toBe('Kestrel Co');
  });
});

describe('a long name of a public body', () => {
  it('is one organisation, which "the bureau" then stands for', () => {
    const a = attribute([
      'The hull was dented, the Kestrel Bureau of Fisheries and Aquatic Resources said in a statement.',
      'The other vessel also “tried to block the path” of the patrol boat, the bureau said.',
    ]);
    expect(a.who('tried to block')).toBe('Kestrel Bureau of Fisheries and Aquatic Resources');
  });
});

describe('a business named after its label ("banking giant Kestrel Sachs")', () => {
  it('is an organisation, which "the bank" then stands for', () => {
    const a = attribute([
      'According to analysts at investment banking giant Kestrel Sachs, output could double within two years.',
      '“We maintain our view that the change would be one of the largest risks to supply,” the bank said in a note.',
    ]);
    expect(a.who('We maintain our view')).toBe('Kestrel Sachs');
    expect(a.speaker('Kestrel Sachs')?.kind).toBe('organisation');
  });
});

describe('a reply received from someone ("I got an email reply from a company representative.")', () => {
  it('makes them the speaker of the quotation that follows', () => {
    const a = attribute([
      'I put the question to Acme. Later, I got an email reply from an Acme representative.',
      '“The new search box gives you quick access to every tool, and you can still get the old results.”',
    ]);
    expect(a.who('The new search box')).toBe('Acme representative');
  });

  it('names no one for a reply asked for or still awaited', () => {
    const a = attribute([
      'The opposition sought a response from the minister over the police action.',
      '“The new search box gives you quick access to every tool, and you can still get the old results.”',
    ]);
    expect(a.who('The new search box')).toBeNull();
  });
});

describe('"the agency", "the regulator" for a public body whose name does not hold the word', () => {
  it('is the body last named ("… the Weather Service’s Storm Prediction Center. The agency warns that “…”")', () => {
    const a = attribute([
      'The risk map was drawn up by the National Weather Service’s Storm Prediction Center.',
      'The agency warns that “all hazards will be possible, including tornadoes and very large hail.”',
    ]);
    expect(a.who('all hazards will be possible')).toBe('Storm Prediction Center');
  });

  it('is no business: "the agency" after a company names no one', () => {
    const a = attribute(['Acme Holdings drew up the plan.', 'The agency warns that “all hazards will be possible, including tornadoes and very large hail.”']);
    expect(a.who('all hazards will be possible')).toBeNull();
  });
});

describe('a publication named with what it is ("Vulture magazine", "the Tehran newspaper")', () => {
  it('is an organisation that speaks, also as the author of a post ("The tweet from Vulture magazine reads, “…”")', () => {
    const a = attribute([
      'The tweet from Vulture magazine reads, “Chicago show interrupted by an angry supporter of the mayor.”',
      '“The show went on after ten minutes,” said Vulture magazine.',
    ]);
    expect(a.who('Chicago show interrupted')).toBe('Vulture magazine');
    expect(a.who('The show went on')).toBe('Vulture magazine');
    expect(a.speakers.map((s) => [s.name, s.kind])).toEqual([['Vulture magazine', 'organisation']]);
  });
});

describe('"the hospital" for a body named in passing with a possessive in its name ("St Mary’s Hospital")', () => {
  it('is that body, which speaks', () => {
    const a = attribute(['Porters at St Anne’s Hospital walked out on Monday.', 'In a statement, the hospital said: “Patient care will not be affected.”']);
    expect(a.who('Patient care')).toBe('St Anne’s Hospital');
  });
});

describe('a group of a body opening the sentence ("Members of the Dock Workers Union said")', () => {
  it('is a group of that body, not a body named "Members of …"', () => {
    const a = attribute(['Members of the Dock Workers Union said: “We had no choice.”']);
    const speaker = a.speakers.find((s) => s.id === a.quotes[0].speakerId);
    expect(speaker?.kind).toBe('group');
    expect(speaker?.org).toBe('Dock Workers Union');
  });
  it('leaves "the union" later to the body itself', () => {
    const a = attribute(['Members of the Dock Workers Union voted to strike.', 'The union said: “We had no choice.”']);
    expect(a.who('We had no choice')).toBe('Dock Workers Union');
  });
});

describe('what is not a body that "the company" or "the airline" can stand for', () => {
  it('a flight or model code ("Flight QZ8501") is no organisation', () => {
    const a = attribute(['Kestrel Air’s Flight KX8501 lost contact on Sunday.', 'The airline said: “We are doing all we can.”']);
    expect(a.speakers.map((s) => s.name)).not.toContain('Flight KX8501');
  });
  it('a people’s adjective opening the sentence ("Indonesian rescuers searched …") names nobody', () => {
    const a = attribute([
      'Norlandic rescuers searched the sea off the coast on Tuesday.',
      'The airline said it would fly relatives to the coast, “where a team will meet each family”.',
    ]);
    expect(a.who('where a team')).toBeNull();
  });
});
