// A short aside in brackets after a name (a lawmaker's party and state, "pictured") is read past, not as a speaker.
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a bracketed aside after a name', () => {
  it('leaves the name before the verb as the speaker', () => {
    const a = attribute(['Rep. Nora Hale (D-Maine) said the bill was “dead on arrival” in the Senate.']);
    expect(a.who('dead on arrival')).toBe('Nora Hale');
  });
  it('never makes the aside itself the speaker of an apposition', () => {
    const a = attribute(['“We cannot pay for it,” Sen. Owen Tull (R-Utah), a budget hawk, told the panel.']);
    expect(a.who('We cannot pay')).toBe('Owen Tull');
    expect(a.speakers.map((s) => s.name)).not.toContain('R-Utah');
  });
  it('leaves the name after an inverted verb as the speaker', () => {
    const a = attribute(['“The money is not there,” said Sen. Owen Tull (R-Utah), a budget hawk.']);
    expect(a.who('The money')).toBe('Owen Tull');
  });
  it('reads a photo note the same way', () => {
    const a = attribute(['Mia Sorel (pictured) said the shop would “stay open as long as we can.”']);
    expect(a.who('stay open')).toBe('Mia Sorel');
  });
});

describe('a lower-case list inside the aside between a name and "said"', () => {
  it('leaves the name the speaker ("… pay for seed, feed and other supplies, said")', () => {
    const a = attribute([
      'Board President Tomas Vell, the longest-serving member and one of 12 people who set what farmers pay for seed, feed and other supplies, said the plan was “risking a repeat of past errors.”',
    ]);
    expect(a.who('risking a repeat')).toBe('Tomas Vell');
  });

  it('reads a list of roles as one role ("Doe, a teacher, fisher and poet, said")', () => {
    const a = attribute(['Jane Doe, a teacher, fisher and poet, said the town was “changing too fast.”']);
    expect(a.who('changing too fast')).toBe('Jane Doe');
    expect(a.speaker('Jane Doe')?.role).toBe('teacher, fisher and poet');
  });
});

describe('degrees and honours set off after a name ("Jane Doe, MD, president of …")', () => {
  it('leave the name the speaker and the description after them its role', () => {
    const a = attribute([
      '“It sounds frightening,” says Ravi Menon, MD, president of the Society of Lung Doctors. “But the word has no definition.”',
      'Lena Okafor, Ph.D., of Harrow University, said: “The signal is real and it repeats.”',
      'The trial was run by Tomas Berg, PhD, a professor at Kesteven College.',
      '“We expected less,” Berg said.',
    ]);
    expect(a.who('It sounds frightening')).toBe('Ravi Menon');
    expect(a.speaker('Ravi Menon')?.role).toBe('president of the Society of Lung Doctors');
    expect(a.who('The signal is real')).toBe('Lena Okafor');
    expect(a.speaker('Tomas Berg')?.role).toBe('professor');
    expect(a.speakers.map((s) => s.name)).not.toContain('Ph.D');
  });
});

describe('letters written right after a name ("Jane Doe KC", "John Roe MP")', () => {
  it('leave a person, not an organisation, the same one as "Mr Roe" later', () => {
    const a = attribute([
      'Orla Fenn KC, for the family, told the inquest: “They were failed at every turn.”',
      '“The ward was short-staffed,” said Basil Hyde OBE.',
      'Ivo Roe MP said: “Ministers must answer for this.”',
      '“Nobody listened,” Mr Roe added.',
    ]);
    expect(a.who('They were failed')).toBe('Orla Fenn');
    expect(a.who('The ward')).toBe('Basil Hyde');
    expect(a.who('Nobody listened')).toBe('Ivo Roe');
    expect(a.speakers.map((s) => [s.name, s.kind])).toEqual(
      expect.arrayContaining([['Orla Fenn', 'person'], ['Basil Hyde', 'person'], ['Ivo Roe', 'person']]),
    );
  });
  it('make a seat in a parliament the role; an honour or a rank at the bar is none', () => {
    const a = attribute(['Ivo Roe MP said: “Ministers must answer for this.”', 'Orla Fenn KC said: “We will appeal.”']);
    expect(a.speaker('Ivo Roe')?.role).toBe('MP');
    expect(a.speaker('Orla Fenn')?.role ?? null).toBeNull();
  });
  it('keep a body whose name ends in capitals an organisation ("Leeds United FC")', () => {
    const a = attribute(['Leeds United FC said: “The match is off.”']);
    expect(a.speakers.find((s) => s.name.startsWith('Leeds'))?.kind).toBe('organisation');
  });
});

describe('a chain of appositions whose closing comma is missing ("Jane Doe, head of Acme, a firm in Leeds told …")', () => {
  it('names the person the chain opens with, and the role beside the name', () => {
    const a = attribute([
      'Collectors are paying more for old coins this year.',
      '“It is rare that the mint gets an order wrong,” Jane Doe, vice president of Acme, a coin grading company in Ohio told a radio station.',
    ]);
    expect(a.who('It is rare')).toBe('Jane Doe');
    expect(a.speaker('Jane Doe')?.role).toBe('vice president of Acme');
  });
});

describe('a relative of a named person ("John Doe’s mom")', () => {
  it('is the one other person of that surname the article names', () => {
    const a = attribute([
      'Mary Roe has praised the singer’s new record.',
      'Speaking at a summit, Tom Roe’s mom confirmed: “I listened to the whole album all morning.”',
      '“She is a very talented woman,” Mary said.',
    ]);
    expect(a.who('I listened')).toBe('Mary Roe');
    expect(a.speakers.map((s) => s.name)).toEqual(['Mary Roe']);
  });

  it('is nobody named when the surname is several people’s, and informal words are relatives too', () => {
    const a = attribute([
      'Mary Roe and Jim Roe were at the game.',
      'Tom Roe’s mom said: “I listened to the whole album all morning.”',
      '“We love it,” his dad said.',
    ]);
    expect(a.who('I listened')).toBe('Tom Roe’s mom');
    expect(a.who('We love it')).not.toBeNull();
  });
});

describe('a politician’s party and state beside the name', () => {
  it('stands aside between the name and the role, before the verb', () => {
    const a = attribute(['Jason Hale, R-Utah, the committee chairman, said “nothing is decided yet.”']);
    expect(a.who('nothing is decided')).toBe('Jason Hale');
    expect(a.speaker('Jason Hale')?.role).toBe('committee chairman');
  });
  it('stands aside after the verb too, written as a state alone', () => {
    const a = attribute([
      '“We will see what the vote brings,” said Ann Lee, D-Calif., the party leader.',
      '“It is far too early to tell,” said Tom Roe, Md., the senior senator.',
    ]);
    expect(a.speaker('Ann Lee')?.role).toBe('party leader');
    expect(a.speaker('Tom Roe')?.role).toBe('senior senator');
  });
});
