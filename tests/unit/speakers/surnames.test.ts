// Surnames and descriptors in front of them resolve to the fullest name the article gave.
import { describe, expect, it } from 'vitest';
import { findFullNames } from '../../../analysis/speakers/full-names';
import { attribute } from './helpers';

describe('speakers: surname-only mentions', () => {
  it('a surname first seen in a list ("X and Teodor Vasquez completed ...") is that person, by full name', () => {
    const a = attribute([
      'Jonas Pirrie and Teodor Vasquez completed the doubles win on Friday.',
      '“It was a hard match for both of us,” Vasquez said.',
    ]);
    expect(a.who('It was a hard match')).toBe('Teodor Vasquez');
    expect(a.speaker('Teodor Vasquez')?.kind).toBe('person');
  });
});

describe('speakers: a descriptor before a surname', () => {
  it('"the 14th-ranked Doe said" is Doe, by the full name given earlier', () => {
    const a = attribute([
      'Marta Oyelaran beat Ilse Brandvold in the final on Sunday.',
      '“I did not expect to win today,” the 14th-ranked Oyelaran said.',
    ]);
    expect(a.who('I did not expect')).toBe('Marta Oyelaran');
  });
});

describe('speakers: "X and her team wrote"', () => {
  it('is X, a person, not an organisation named after her', () => {
    const a = attribute([
      'Ruth Okafor, an astronomer at Kelby Observatory, led the study.',
      '“We saw the signal twice in one week,” Okafor and her team wrote in the journal.',
    ]);
    expect(a.who('We saw the signal')).toBe('Ruth Okafor');
    expect(a.speakers.every((s) => !s.name.includes(' and '))).toBe(true);
  });
  it('finds the surname before a generation suffix', () => {
    const a = attribute([
      'John Q. Public Jr., the district attorney for Kestrel County, said the case was closed.',
      '“Threats are not free speech,” Public said in a statement.',
    ]);
    expect(a.who('Threats are not')).toMatch(/^John Q\.? Public Jr/);
    expect(a.speakers).toHaveLength(1);
    expect(a.speakers[0].role).toBe('district attorney for Kestrel County');
  });
});

describe('a capitalised pair after "called" or "named"', () => {
  it('is a person’s name after a person noun ("a manager named Wes Chan"), a thing’s after any other', () => {
    const names = findFullNames(['Acme hired a product manager named Wes Chan to build something called Acme Toolbar.']);
    expect(names.get('chan')).toEqual(['Wes', 'Chan']);
    expect(names.has('toolbar')).toBe(false);
  });
});

describe('a full name first written with a possessive ending ("But Ivo Marek’s win …")', () => {
  it('is the person a later surname stands for', () => {
    const a = attribute([
      'But Ivo Marek’s win in Sunday’s vote keeps in place a mayor who has vowed to resist the plan.',
      'Later, Marek said the result was “a clear message from every district of this city.”',
    ]);
    expect(a.who('a clear message')).toBe('Ivo Marek');
    expect(a.speaker('Ivo Marek')?.kind).toBe('person');
  });
});

describe('a surname that is also a month ("Theresa May" … "May said")', () => {
  it('is the person the article calls so', () => {
    const a = attribute([
      'Prime Minister Clara May met the union leaders on Monday.',
      '“We will not give in to this strike,” May said.',
      'May said: “The talks will go on next week.”',
    ]);
    expect(a.who('We will not give in')).toBe('Clara May');
    expect(a.who('The talks will go on')).toBe('Clara May');
  });

  it('is still the month where the article calls nobody so', () => {
    const a = attribute(['The strike began in May.', '“We will not give in to this strike,” May said.']);
    expect(a.who('We will not give in')).toBeNull();
  });
});

describe('a full name, then the surname after a two-word title ("Prime Minister Marek")', () => {
  it('keeps the full name: the title is no other person of that surname', () => {
    expect(findFullNames(['But Ivo Marek’s win keeps a mayor in place.', 'Prime Minister Marek said he would “not give up”.']).get('marek')).toEqual(['Ivo', 'Marek']);
    const a = attribute(['But Ivo Marek’s win keeps a mayor in place.', 'Prime Minister Marek said he would “not give up on the plan”.']);
    expect(a.who('not give up')).toBe('Ivo Marek');
  });
});

describe('a surname two full names share', () => {
  it('goes to the full name the article writes throughout, not one written once (a subhead with the formal name)', () => {
    const paragraphs = [
      'Tom Alder started the firm in a garage.',
      'Within a year Tom Alder had hired forty engineers.',
      'Thomas Hugo Alder',
      'Investors liked Tom Alder from the first meeting.',
      '“We never planned to get this big,” Alder said.',
    ];
    expect(findFullNames(paragraphs).get('alder')).toEqual(['Tom', 'Alder']);
    expect(attribute(paragraphs).who('We never planned')).toBe('Tom Alder');
  });
  it('stays nobody’s when two people share it about as often', () => {
    const paragraphs = [
      'Ann Brandt and her brother Ola Brandt run the farm.',
      'Ann Brandt keeps the books; Ola Brandt drives the tractor.',
      '“The harvest was poor this year,” Brandt said.',
    ];
    expect(findFullNames(paragraphs).has('brandt')).toBe(false);
  });
});

describe('speakers: a surname of two words', () => {
  it('"Black Elk said" after "Linda Black Elk" is the same person, not a second one', () => {
    const a = attribute([
      '“We are ready for anything,” said Linda Black Elk, a volunteer with the medic council.',
      '“They treat us like a test range,” Black Elk said.',
    ]);
    expect(a.who('They treat us')).toBe('Linda Black Elk');
    expect(a.speakers.map((s) => s.name)).toEqual(['Linda Black Elk']);
  });
  it('two people whose names end alike leave the short form unattributed to either', () => {
    const a = attribute([
      '“We are ready,” said Linda Black Elk, a volunteer.',
      '“So are we,” said Tom Black Elk, her cousin.',
      '“They treat us like a test range,” Black Elk said.',
    ]);
    expect(a.who('They treat us')).not.toBe('Linda Black Elk');
    expect(a.who('They treat us')).not.toBe('Tom Black Elk');
  });
});

describe('a name closing a run of capitalised words longer than a name', () => {
  it('is the last words ("Marketing Manager at Ocean Florida Abby Dunn … Dunn said")', () => {
    const a = attribute([
      'Marketing Manager at Ocean Florida Abby Dunn, who has travelled to Florida 42 times, shared her top tips.',
      'Dunn said: “I’d always recommend buying your park tickets when you book.”',
    ]);
    expect(a.who('I’d always recommend')).toBe('Abby Dunn');
  });
});

describe('a surname that is also a title', () => {
  it('closes a person’s name after a given name ("Simon Dean", "Tessa Bishop")', () => {
    const a = attribute([
      'Omar Dean, interim chief executive said: “We take our infection control responsibilities very seriously.”',
      'Booking insider Lia Bishop shared the best weeks to book.',
      '“Book in January and you will pay far less,” Bishop said.',
    ]);
    expect(a.who('We take our')).toBe('Omar Dean');
    expect(a.speaker('Omar Dean')?.role).toBe('interim chief executive');
    expect(a.who('Book in January')).toBe('Lia Bishop');
  });
  it('stays a title after a word that qualifies it ("Deputy Mayor", "Circuit Judge")', () => {
    const a = attribute([
      'Deputy Mayor Ann Kirk opened the bridge.',
      '“The bridge is safe,” the Deputy Mayor said.',
      '“The case is closed,” Circuit Judge Tom Hale said.',
    ]);
    expect(a.who('The bridge is safe')).toBe('Ann Kirk');
    expect(a.who('The case is closed')).toBe('Tom Hale');
  });
});

describe('a bare surname two people share', () => {
  it('is the one the article names in full most often, not a parent named once, more lately', () => {
    const a = attribute([
      'If Lena Marsh wins in November, she will be the first mayor raised in the harbour district.',
      'Lena Marsh was born in 1964 to Tom Marsh, a dock worker, and Ada Ruiz Marsh, a nurse who died in 2009.',
      'Where did Marsh live? The family settled on the top floor of an old house by the docks.',
      'In her speech, Marsh said the move “is one of the reasons I became a lawyer.”',
    ]);
    expect(a.who('is one of the reasons')).toBe('Lena Marsh');
  });

  it('is the one named last when each was named in full once', () => {
    const a = attribute([
      'Party chief Ravi Yadav was among those at the protest.',
      'Opposition leader Tejas Yadav demanded an inquiry into the shooting.',
      '“Suspending one constable is not enough,” Yadav said.',
    ]);
    expect(a.who('Suspending one constable')).toBe('Tejas Yadav');
  });
});

describe('Malaysian honours before a name ("Datuk Seri Anwar Ibrahim", "Tun …")', () => {
  it('are forms of address, so the given name alone later is the same person, with the title written before', () => {
    const a = attribute([
      'Companies did not pay for Prime Minister Datuk Seri Rahim Osman’s trips abroad, Communications Minister Tom Vale said today.',
      'In Parliament yesterday, Rahim explained the government’s new strategy was to invite companies along.',
    ]);
    const rahim = a.speakers.find((s) => s.name === 'Rahim Osman');
    expect(rahim?.role).toBe('Prime Minister');
    expect(a.quotes.filter((q) => q.kind === 'indirect' && q.speakerId === rahim?.id)).toHaveLength(1);
  });
});

describe('a capitalised job before a surname already met', () => {
  it('is that person ("Realtor Ghulam said" after "realtor Shaun Ghulam")', () => {
    const a = attribute(['Local realtor Shaun Ghulam said prices fell.', 'Realtor Ghulam said: “Check how often the house was listed.”']);
    expect(a.who('Check how often')).toBe('Shaun Ghulam');
    expect(a.speakers.map((s) => s.name)).toEqual(['Shaun Ghulam']);
  });
});
