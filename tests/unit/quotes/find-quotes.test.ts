import { describe, expect, it } from 'vitest';
import { quotesOf, textsOf } from './helpers';

describe('findQuotes: quotation styles', () => {
  it('finds straight and curly double quotes', () => {
    expect(textsOf('"We will appeal," the coach said.')).toEqual(['We will appeal,']);
    expect(textsOf('“We will appeal,” the coach said.')).toEqual(['We will appeal,']);
  });

  it('finds British single quotes with double quotes nested inside, and the reverse, as one quotation', () => {
    expect(textsOf('‘The word “never” is not in my vocabulary,’ she said.')).toEqual(['The word “never” is not in my vocabulary,']);
    expect(textsOf('“The word ‘never’ is not in my vocabulary,” she said.')).toEqual(['The word ‘never’ is not in my vocabulary,']);
    expect(textsOf("'We won't stop until the doctors' voices are heard,' he said.")).toEqual(["We won't stop until the doctors' voices are heard,"]);
  });

  it('finds guillemets and German low-high quotes', () => {
    expect(textsOf('« We will not give in », the minister said.')).toEqual(['We will not give in']);
    expect(textsOf('The envoy said: „We are close to a deal.“')).toEqual(['We are close to a deal.']);
  });

  it('takes no apostrophe for a quotation mark', () => {
    expect(quotesOf("The union's chief said rock 'n' roll in the '90s wasn't the doctors' fault.")).toEqual([]);
    expect(textsOf('He said: ‘Back in the ’90s we didn’t have the nurses’ support.’')).toEqual(['Back in the ’90s we didn’t have the nurses’ support.']);
  });

  it('keeps inner marks and the punctuation inside the marks, with offsets into the paragraph', () => {
    const paragraph = 'She said: "I asked them \'why now?\' and got no answer."';
    const [q] = quotesOf(paragraph);
    expect(q.text).toBe("I asked them 'why now?' and got no answer.");
    expect(paragraph.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('findQuotes: kinds and scare quotes', () => {
  it('tells quoted sentences from words quoted in a reported sentence', () => {
    const quotes = quotesOf('The mayor said the bridge was "a monument to waste". "It will be finished next spring," her deputy replied.');
    expect(quotes.map((q) => [q.kind, q.text])).toEqual([
      ['partial', 'a monument to waste'],
      ['direct', 'It will be finished next spring,'],
    ]);
  });

  it('keeps short words the sentence credits to someone, drops scare quotes nobody says', () => {
    expect(textsOf('The chairman accused the board of trying to "ambush" shareholders.')).toEqual(['ambush']);
    expect(textsOf('She said she would not be "intimidated".')).toEqual(['intimidated']);
    expect(textsOf('The so-called "levelling" plan was shelved.')).toEqual([]);
    expect(textsOf('Ministers unveiled a "24-hour" helpline on Monday.')).toEqual([]);
    expect(textsOf('“Payouts” for officials')).toEqual([]);
  });

  it('credits words quoted inside a sentence only to a speaker named before them', () => {
    expect(textsOf('Critics said the "overhaul" was a sham.')).toEqual(['overhaul']);
    expect(textsOf('The "overhaul", critics said, was a sham.')).toEqual([]);
    expect(textsOf('"Never," the mayor said.')).toEqual(['Never,']);
  });
});

describe('findQuotes: bad input', () => {
  it('does not let a missing closing mark swallow the rest of the article', () => {
    const quotes = quotesOf('He wrote that "the plan is dead and', 'The council met on Friday.', 'Its leader said: "We go on."');
    expect(quotes.map((q) => [q.paragraph, q.text])).toEqual([[2, 'We go on.']]);
  });

  it('keeps a plainly introduced quotation whose closing mark was left out, to its paragraph end', () => {
    expect(quotesOf('The chief said: "We will rebuild the bridge.').map((q) => [q.text, q.closed])).toEqual([['We will rebuild the bridge.', false]]);
    expect(quotesOf('The chief told reporters "we will rebuild the bridge.').map((q) => [q.text, q.closed])).toEqual([['we will rebuild the bridge.', false]]);
  });

  it('closes a straight quotation whose closing mark a stray space turned to face the next word ("despair "and")', () => {
    expect(textsOf('The envoy urged them to "put down the weapons of despair "and push for a political solution.')).toEqual(['put down the weapons of despair']);
    // A later straight mark is the closer that stray-looking one was waiting for: nothing changes there.
    expect(textsOf('She called it "a disgrace to the city" and "a scandal for all of us".')).toEqual(['a disgrace to the city', 'a scandal for all of us']);
  });

  it('survives runs of marks and empty quotes', () => {
    expect(quotesOf('""""‘‘’’\'\'«»„“', '" "', '“”')).toEqual([]);
  });
});

describe('findQuotes: short quotations credited by the words after them', () => {
  it('keeps a short quotation whose comma inside the marks hands it to a speech verb', () => {
    expect(textsOf('The port was "pulled into the dispute," its chief said on Tuesday.')).toEqual(['pulled into the dispute,']);
    expect(textsOf('He has changed his story once — “I now do recall,” he said, speaking to reporters.')).toEqual(['I now do recall,']);
  });
  it('still drops a term the writer holds at arm’s length and a quoted title', () => {
    expect(textsOf('The "reform", critics said, is a sham.')).toEqual([]);
    expect(textsOf('Films like “Harbour Lights,” “Night Shift” and “Low Tide” were added, the company said.')).toEqual([]);
  });
});

describe('findQuotes: a title quoted after a preposition, full stop inside the marks', () => {
  it('takes a show or book title for a name, not words someone said', () => {
    expect(textsOf('She told the story on an early episode of “NSTV.”')).toEqual([]);
    expect(textsOf('“It was hard,” the actor said on “Night Shift Live.” He left early.')).toEqual(['It was hard,']);
  });

  it('still finds a one-word answer after a speech verb or a colon', () => {
    expect(textsOf('Asked about a deal, she said: “Never.”')).toEqual(['Never.']);
    expect(textsOf('He was asked twice and said “No.”')).toEqual(['No.']);
  });
});

describe('findQuotes: a title after the kind of work it names', () => {
  it('takes the name of a book, show or script for a title even when a speech word stands nearby', () => {
    expect(textsOf('The doctor wrote about it in his memoir “Quietude” years later.')).toEqual([]);
    expect(textsOf('She had written songs for the drama series “Harbour Town,” like her two partners.')).toEqual([]);
    expect(textsOf('He had read a script called “Blue Orchard,” a tale of two brothers.')).toEqual([]);
    expect(textsOf('A demo arrived called “Dundee (“Far From Here”) late one night.')).toEqual([]);
  });

  it('still finds words said about a work', () => {
    expect(textsOf('Of the film, she said: “Nobody Expected It.”')).toEqual(['Nobody Expected It.']);
    expect(textsOf('“The book changed my life,” the teacher said of the novel.')).toEqual(['The book changed my life,']);
  });

  it('takes a paragraph that is only a quoted title for a subhead, not more of the quotation before it', () => {
    expect(textsOf('“We sang it every night,” she said.', '“Blue Orchard”')).toEqual(['We sang it every night,']);
    const [, more] = quotesOf('“We sang it every night,” she said.', '“And we never tired of it.”');
    expect(more.continuationOf).toBe(0);
  });
});

describe('findQuotes: a term quoted inside a list', () => {
  it('takes a quoted item between commas and "and" for a term, even when a speech verb follows', () => {
    expect(textsOf('Accounts can be shops, “makers,” and private people, the analyst says.')).toEqual([]);
  });

  it('still hands a quoted clause with its comma to the speech verb after it', () => {
    expect(textsOf('He left, “sad but sure,” the coach said.')).toEqual(['sad but sure,']);
  });
});

describe('findQuotes: a quoted sentence ending inside a nested quotation', () => {
  it('keeps a sentence quoted on its own whose stop sits inside the inner closing mark', () => {
    expect(textsOf('The crew cheered. “It’s ‘Opening Night at the Palace.’”')).toEqual(['It’s ‘Opening Night at the Palace.’']);
    expect(textsOf('“We saw it at ‘Jazz in the Park.’”')).toEqual(['We saw it at ‘Jazz in the Park.’']);
  });
});

describe('findQuotes: doubled single marks as double quotes', () => {
  it('closes a curly double quote with two right single marks', () => {
    expect(textsOf('“The plan was rushed,’’ the senator said. “We need more time.”')).toEqual(['The plan was rushed,', 'We need more time.']);
  });

  it('finds a partial quote closed by two right single marks', () => {
    expect(textsOf('The board warned that “nobody asked the tenants what they wanted.’’ It did not say more.')).toEqual([
      'nobody asked the tenants what they wanted.',
    ]);
  });
});

describe('findQuotes: a doubled closer after a single opener', () => {
  it('closes the single quotation the doubled mark was typed for', () => {
    expect(textsOf('“Rents are rising,” the landlord said. ‘We cannot hold them down.’’')).toEqual(['Rents are rising,', 'We cannot hold them down.']);
  });
});
