// Statements put out by someone ("X issued a statement …", "the statement said") and weak verbs used as quote tags.
// Sentences of our own.
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('attribution: statements put out by someone', () => {
  it('credits "the statement said" to whoever issued the statement', () => {
    const a = attribute([
      'The Ravens Rowing Club issued a statement on Friday after the regatta was called off.',
      'The statement said the club had “done nothing wrong by letting crews train at dawn”.',
      '“No crew was ever barred from the water,” the statement continued.',
    ]);
    expect(a.who('done nothing wrong')).toBe('Ravens Rowing Club');
    expect(a.who('No crew was ever')).toBe('Ravens Rowing Club');
  });

  it('reads "released a letter" the same way, and leaves a statement nobody issued unattributed', () => {
    const a = attribute([
      'Harbour Freight Ltd released a letter to its staff on Monday.',
      '“Every depot will stay open through the winter,” the letter read.',
    ]);
    expect(a.who('Every depot')).toBe('Harbour Freight Ltd');
    const b = attribute(['“Every depot will stay open through the winter,” the letter read.']);
    expect(b.who('Every depot')).toBeNull();
  });

  it('credits words to whoever issued or released the statement they come from', () => {
    const a = attribute([
      'The Ferro Bakery issued a statement on Friday after the council closed its shop.',
      '“We have always followed the hygiene rules,” the statement said.',
      'Greenline Foods released a separate statement saying, “We welcome the inspection and will cooperate fully.”',
      'Later the Bakers’ Union put out a short statement: “Our members were never told about the closure.”',
      'The council issued new rules, and “nobody is above them”, a spokesman for Greenline Foods said.',
    ]);
    expect(a.who('We have always')).toBe('Ferro Bakery');
    expect(a.who('We welcome')).toBe('Greenline Foods');
    expect(a.who('Our members')).toBe('Bakers’ Union');
    expect(a.who('nobody is above')).not.toBe('council');
  });
});

describe('attribution: a weak verb as a tag between two quoted segments', () => {
  it('gives the second segment to whoever "continued" or "read"', () => {
    const a = attribute([
      'Mila Novak chairs the tenants’ committee.',
      '“The lifts have been broken since March,” Novak continued. “Nobody has answered our letters.”',
    ]);
    expect(a.who('Nobody has answered')).toBe('Mila Novak');
  });

  it('does not let a weak verb with an object speak for another sentence', () => {
    const a = attribute([
      'Mila Novak chairs the tenants’ committee.',
      'Novak read the council’s reply aloud. “We will not pay for it.”',
    ]);
    expect(a.who('We will not pay')).not.toBe('Mila Novak');
  });
});

describe('attribution: "issued a statement" introducing the words', () => {
  it('credits the quotation to the issuer, with or without a participle after the statement', () => {
    for (const line of [
      'The Harbour Board, which runs the port, issued a statement warning that “crews are entitled to rest between shifts.”',
      'The Harbour Board issued a statement on Monday: “Crews are entitled to rest between shifts.”',
    ]) {
      const a = attribute([line]);
      expect(a.who(a.quotes[0].text)).toBe('Harbour Board');
    }
  });
});

describe('a body named by its common noun and its name ("The group, Staff Coalition, …")', () => {
  it('is the named body, which a later "the group" stands for, and "sent a letter stating" gives it the words', () => {
    const a = attribute([
      'The group, Harbour Staff Coalition, formed in recent weeks and sent a letter to management stating that they “do not want to be defined by the failures of the board.”',
      'In a separate post, the group added that the firm “is not keeping its promise to treat staff fairly.”',
    ]);
    expect(a.who('do not want to be defined')).toBe('Harbour Staff Coalition');
    expect(a.who('is not keeping its promise')).toBe('Harbour Staff Coalition');
    expect(a.speaker('Harbour Staff Coalition')?.kind).toBe('organisation');
  });

  it('a name the article calls a label or a group is an organisation, which "they" and "it" then stand for', () => {
    const a = attribute([
      'The label that owns most of her songs, Blue Lantern, says she will be allowed to play them.',
      'Blue Lantern have twice denied doing anything wrong.',
      '“At no point did we stop her from performing,” they said in a statement.',
      '“Artists do not need our approval for live shows,” it says.',
    ]);
    expect(a.speaker('Blue Lantern')?.kind).toBe('organisation');
    expect(a.who('At no point')).toBe('Blue Lantern');
    expect(a.who('Artists do not need')).toBe('Blue Lantern');
  });
});

describe('"wrote in her letter" is where the words were written, not a statement issued', () => {
  it('keeps the quotation before it hers', () => {
    const a = attribute([
      'Rep. Lena Ortiz asked for compassion in a letter posted on Tuesday. She added, “We must teach him love.”',
      '“But we must ask: who are we if we answer threats with threats? ” she wrote in her letter. “The answer to hate is not more hate; it is compassion.”',
    ]);
    expect(a.who('But we must ask')).toBe('Lena Ortiz');
    expect(a.who('The answer to hate')).toBe('Lena Ortiz');
  });
});

describe('"the military said in a statement … the statement said"', () => {
  it('is the military speaking, an organisation named by what it is', () => {
    const a = attribute([
      'Two service members were killed in a helicopter crash, the US military said in a statement on Wednesday.',
      '“The cause of the crash is under investigation,” the statement said.',
    ]);
    expect(a.who('The cause of the crash')).toBe('US military');
    expect(a.speaker('US military')?.kind).toBe('organisation');
  });
});

describe('a study or a report "by" a body, with words before it ("A 2019 study by X concluded that “…”")', () => {
  it('gives the quoted finding to the body', () => {
    const a = attribute([
      'A March 2019 study by the Centre for Trade Research, a London-based think tank, concluded that “the full cost of the tariff falls on domestic buyers.”',
    ]);
    expect(a.who('the full cost of the tariff')).toBe('Centre for Trade Research');
  });
});

describe('a person whose description ends with a statement noun ("an expert at X who did not work on the study")', () => {
  it('is the person, not a statement by a possessor met earlier in the description', () => {
    const a = attribute([
      'Owen Tarrant, a lecturer at Norland’s Kettering College who did not take part in the study, told reporters: “The effect is small but real.”',
    ]);
    expect(a.who('The effect is small')).toBe('Owen Tarrant');
    expect(a.speakers.map((s) => s.name)).toEqual(['Owen Tarrant']);
  });
});

describe('an author’s documents, and the verbs only statements speak with', () => {
  it('reads "Doe’s budget documents show …" as Doe’s words, and carries them into the quotation after', () => {
    const a = attribute([
      'Finance minister Enoch Gado has allocated R4bn to the agency.',
      'Gado’s latest budget documents show the agency collected R95bn last year.',
      '“Over the period, the agency will receive an additional R7.5bn. Part of the allocation will increase debt collection.”',
    ]);
    expect(a.who('Over the period')).toBe('Enoch Gado');
  });

  it('gives nobody words for a person who “showed” something, or for reports with no author', () => {
    const a = attribute([
      'Jane Doe showed reporters the flooded house.',
      'Some reports show the river rose overnight.',
      '“It was a mess, and nobody wanted to clean it up at all.”',
    ]);
    expect(a.who('It was a mess')).toBeNull();
  });
});

describe('a document nobody is named as writing', () => {
  it('speaks for itself: "the report concludes", "the lawsuit alleges"', () => {
    const a = attribute([
      'An internal review of the flood response found a confused chain of command.',
      '“Earlier warnings would have saved the lower town,” the report concludes.',
      '“The council ignored three separate alerts,” the lawsuit alleges.',
      '“Nobody checked the gauges after midnight,” the report states.',
    ]);
    expect(a.who('Earlier warnings')).toBe('report');
    expect(a.who('Nobody checked')).toBe('report');
    expect(a.who('The council ignored')).toBe('lawsuit');
    expect(a.speakers.filter((s) => s.name === 'report')).toHaveLength(1);
  });

  it('is the words of whoever the article says put it out', () => {
    const a = attribute([
      'The Harbour Trust published a report on the flood response on Monday.',
      '“Earlier warnings would have saved the lower town,” the report concludes.',
    ]);
    expect(a.who('Earlier warnings')).toBe('Harbour Trust');
  });
});

describe('"the union said" for a labour body the article has named or described', () => {
  it('is the union a plain sentence described ("The actors union reached a deal")', () => {
    const a = attribute(['The actors union reached a tentative deal with studios on Wednesday.', '“We won,” the union said in a statement.']);
    expect(a.who('We won')).toBe('actors union');
  });
  it('is the guild or federation last mentioned, though an earlier union was called "the union" before', () => {
    const a = attribute([
      'The Harbour Dockers Union struck a deal on Monday. “We won,” the union said.',
      'The Writers Guild of Kestrel applauded the deal. “We are thrilled,” the union said in a statement.',
    ]);
    expect(a.who('We won')).toBe('Harbour Dockers Union');
    expect(a.who('We are thrilled')).toBe('Writers Guild of Kestrel');
  });
});

describe('"the organization said"', () => {
  it('is the organisation last mentioned', () => {
    const a = attribute(['“It is a new paradigm,” the Alliance of Stage and Screen Producers said. The organization, which negotiates for the studios, said it “looks forward to the work resuming.”']);
    expect(a.who('looks forward')).toBe('Alliance of Stage and Screen Producers');
  });
});
