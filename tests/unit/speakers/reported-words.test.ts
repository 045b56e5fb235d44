// Words of one person reported by another: the quote belongs to whoever said it, not to whoever reports it.
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('the subject of a clause someone else reports', () => {
  it('gives a quote to the one a reported clause says spoke ("Prosecutors said Vasek told an officer he would “…”")', () => {
    const a = attribute([
      'Dorin Vasek, 41, of Marlow, was arrested in May.',
      'Prosecutors said Vasek told an officer he would “burn the whole street down” if they came back.',
      'Investigators say he wrote “the mayor will pay for this” on the back of a parking ticket.',
    ]);
    expect(a.who('burn the whole street')).toBe('Dorin Vasek');
    expect(a.who('the mayor will pay')).toBe('Dorin Vasek');
  });

  it('keeps the reported clause itself with the one who reports it', () => {
    const a = attribute([
      'Dorin Vasek, 41, of Marlow, was arrested in May.',
      'Sheriff Mara Lind said Vasek told deputies he had never owned a rifle in his life.',
    ]);
    const reported = a.quotes.find((q) => q.kind === 'indirect');
    expect(reported?.text).toMatch(/^Vasek told deputies he had never owned a rifle/);
    expect(a.speakers.find((s) => s.id === reported?.speakerId)?.name).toBe('Mara Lind');
  });

  it('starts the clause after "that" when a listener comes first ("Vogt told the court that Brandt said, “…”")', () => {
    const a = attribute([
      'Lena Vogt told the court that Karl Brandt said, “Nobody will believe a word you say.”',
      'Vogt told the Evening Ledger that Brandt called her “finished as a singer and a person.”',
    ]);
    expect(a.who('Nobody will believe')).toBe('Karl Brandt');
    expect(a.who('finished as a singer')).toBe('Karl Brandt');
  });

  it('gives no reporter the words of the one they report ("Police said the man told officers, “…”")', () => {
    const a = attribute([
      'Police said the man told officers, “I did not see the car at all.”',
      'Lena Vogt told police Karl Brandt said, “I will find you wherever you go.”',
    ]);
    expect(a.who('I did not see')).not.toBe('Police');
    expect(a.who('I will find you')).not.toBe('Lena Vogt');
  });
});

describe('reported speech after "told" and its listener', () => {
  it('starts past the listener, and "told Mashable in an interview" reports nothing', () => {
    const a = attribute([
      'Jane Doe told reporters the plan was dead in the water.',
      'Jim Roe founded the firm. “I was done,” he told Mashable in a recent interview.',
    ]);
    const indirect = a.quotes.filter((q) => q.kind === 'indirect').map((q) => q.text);
    expect(indirect).toEqual(['the plan was dead in the water']);
  });
});

describe('a full name given after its surname was already in use', () => {
  it('names no person: "Square’s offices … “Getting Square off the ground …,” he said" keeps the "he" for the founder', () => {
    const a = attribute([
      'Far from Square’s new offices, Jim Roe stands in work boots.',
      'Roe founded the company in 2009. Square has since grown, and a year after Square was founded, Roe stepped back.',
      '“I was done,” he told a reporter. “Getting Square off the ground took a huge effort.”',
    ]);
    expect(a.who('I was done')).toBe('Jim Roe');
    expect(a.speakers.map((s) => s.name)).not.toContain('Getting Square');
  });
});

describe('"added" with a thing after it, not words ("added 20 points", "added a layer of managers")', () => {
  it('reports nothing', () => {
    const a = attribute([
      'Rosa Lind added 20 points and 11 rebounds for the visitors.',
      'Omar Pike added a second bakery to the chain this spring.',
    ]);
    expect(a.quotes.filter((q) => q.kind === 'indirect')).toEqual([]);
  });

  it('still reports a clause after "added"', () => {
    const a = attribute(['Omar Pike added the bakery would reopen on Monday after repairs.']);
    expect(a.who('the bakery would reopen')).toBe('Omar Pike');
  });
});

describe('"told reporters aboard the plane": the listener and where they were', () => {
  it('report no words', () => {
    const a = attribute(['“We are concerned,” press secretary Ann Vell told reporters aboard the plane.', 'Omar Pike told reporters outside the court on Monday.']);
    expect(a.quotes.filter((q) => q.kind === 'indirect')).toEqual([]);
  });
});

describe('a partial quotation inside the words a speaker reports', () => {
  it('is the speaker’s, past a day between subject and verb and a noun that looks like a verb', () => {
    const a = attribute([
      'Ruritania’s Defence Ministry on Sunday confirmed the strike on “military command and control facilities,” and air bases.',
      'The ministry added the strike was retaliation for Freedonian attacks on “civilian facilities on our territory,” without giving detail.',
    ]);
    expect(a.who('military command')).toBe('Defence Ministry');
    expect(a.who('civilian facilities')).toBe('Defence Ministry');
  });
});

describe('words a source phrase vouches for ("According to X, …" / "…, according to X.")', () => {
  const indirect = (a: ReturnType<typeof attribute>) =>
    a.quotes.filter((q) => q.kind === 'indirect').map((q) => [q.text, a.speakers.find((s) => s.id === q.speakerId)?.name]);

  it('reports the clause after an opening "According to X," as X’s', () => {
    const a = attribute(['According to the Harbour Authority, the ferry will stop running in March.']);
    expect(indirect(a)).toEqual([['the ferry will stop running in March', 'Harbour Authority']]);
  });

  it('reports the clause before a closing ", according to X." as X’s, an apposition after the name included', () => {
    const a = attribute(['The ferry will stop running in March, according to Jane Doe, the harbour master.']);
    expect(indirect(a)).toEqual([['The ferry will stop running in March', 'Jane Doe']]);
  });

  it('leaves out an age set beside the name ("According to Amina Salu, 34, …")', () => {
    const a = attribute(['According to Amina Salu, 34, small traders grew steadily after the lights went up.']);
    expect(indirect(a)).toEqual([['small traders grew steadily after the lights went up', 'Amina Salu']]);
  });

  it('reports nothing for a source phrase in the middle of its sentence, or a clause holding a quotation', () => {
    const a = attribute([
      'The ferry, according to Jane Doe, will stop running in March.',
      'According to Jane Doe, the timetable was “dead on arrival” from the start.',
      'The timetable was a mess from the start, Doe said, according to two aides.',
    ]);
    expect(indirect(a)).toEqual([]);
    expect(a.who('dead on arrival')).toBe('Jane Doe');
  });
});

describe('what is defended, and a clause two verbs reach', () => {
  it('reports nothing for "defended the plan on Tuesday", and "defended her decision, saying that …" once', () => {
    const a = attribute(['Mayor Ann Lee defended the plan on Tuesday.', 'Lee defended her decision, saying that the money had run out.']);
    expect(a.quotes.filter((q) => q.kind === 'indirect').map((q) => q.text)).toEqual(['the money had run out']);
  });
});

describe('a reported clause whose subject opens with an "-ing" word', () => {
  it('reports "said waiting times had fallen" and "said rising prices are hurting", not "said, adding …"', () => {
    const a = attribute([
      'A health department spokeswoman said waiting times had fallen in three of the last four months.',
      'Officials said rising prices are hurting families across the region.',
    ]);
    expect(a.quotes.filter((q) => q.kind === 'indirect').map((q) => q.text)).toEqual([
      'waiting times had fallen in three of the last four months', 'rising prices are hurting families across the region',
    ]);
  });
});

describe('a thing reported, not words', () => {
  it('reports no "first-quarter profit of $2 billion" or "the allegations", but keeps a clause with its verb', () => {
    const a = attribute([
      'Acme reported first-quarter profit of $2 billion.',
      'Doe denied the allegations against her firm.',
      'Police reported the man had fled on foot.',
      'Doe denied the council had been looking for a fight.',
    ]);
    expect(a.quotes.filter((q) => q.kind === 'indirect').map((q) => q.text)).toEqual(['the man had fled on foot', 'the council had been looking for a fight']);
  });
});
