// Who says a quotation quoted inside another: the person the outer words name, else nobody (then it is a voice
// the speaker imagines and stays part of the outer quotation). Sentences of our own, through the whole analyzer.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../analysis';

const META = { headline: null, published: null, outlet: null, authors: [], url: null, language: 'en' };

function quotes(...paragraphs: string[]): [string, string | null][] {
  const a = analyzeArticle(paragraphs, META);
  const name = new Map(a.speakers.map((s) => [s.id, s.name] as const));
  return a.quotes.filter((q) => q.kind !== 'indirect').map((q) => [q.text, q.speakerId ? name.get(q.speakerId)! : null]);
}

describe('speakers of quotations inside a quotation', () => {
  it('credits the person the witness names, and the witness with the outer words', () => {
    const got = quotes(
      'Jane Doe, a harbour clerk, gave evidence on Monday.',
      '“Mayor Tom Reed replied that ‘the pier is safe,’ adding that the council would, quote, ‘pay for any repairs.’” Doe said.',
    );
    expect(got).toEqual([
      ['Mayor Tom Reed replied that ‘the pier is safe,’ adding that the council would, quote, ‘pay for any repairs.’', 'Jane Doe'],
      ['the pier is safe,', 'Tom Reed'],
      ['pay for any repairs.', 'Tom Reed'],
    ]);
  });

  it('reads the speaker after a verb of perceiving ("I heard X ask")', () => {
    const got = quotes('“I then heard Ana Ruiz ask, ‘Is the vote over?’” Jane Doe said.');
    expect(got).toContainEqual(['Is the vote over?', 'Ana Ruiz']);
  });

  it('gives the outer speaker the words their own "I" said', () => {
    const got = quotes('“I told them: ‘Not before spring.’ They agreed,” said Jane Doe.');
    expect(got).toContainEqual(['Not before spring.', 'Jane Doe']);
  });

  it('credits a group the outer words describe ("Aid workers told us, ‘…’"), never a lone person described', () => {
    const got = quotes('“Aid workers told us, ‘We have nothing left,’ and left,” Ana Ruiz said.');
    expect(got).toContainEqual(['We have nothing left,', 'Aid workers']);
  });

  it('gives the outer speaker the words a "we" said, the speaker among them', () => {
    const got = quotes('"It was a terrible error, and the minute we saw it we said, \'We\'ve got to sort it out,\' " Tom Reed says.');
    expect(got).toContainEqual(['We\'ve got to sort it out,', 'Tom Reed']);
  });

  it('gives the outer speaker the words of an "I" with an adverb before the verb, or of a verb sharing that "I"', () => {
    const told = quotes('“I simply told myself: ‘Walk in and play the tune!’” said Jane Doe.');
    expect(told).toContainEqual(['Walk in and play the tune!', 'Jane Doe']);
    const shared = quotes('“So I rang my cousin and said ‘Tell me about the old farm.’ That helped,” said Jane Doe.');
    expect(shared).toContainEqual(['Tell me about the old farm.', 'Jane Doe']);
  });

  it('gives the outer speaker the words after a colon that ends a clause of their own "I", and no one else’s', () => {
    const mine = quotes('“We work fast,” Jane Doe said, “but I always see it like this: ‘No tune waits for weeks.’ That is all.”');
    expect(mine).toContainEqual(['No tune waits for weeks.', 'Jane Doe']);
    const theirs = quotes('“We work fast,” Jane Doe said, “but they see it like this: ‘No tune waits for weeks.’ That is all.”');
    expect(theirs.map(([t]) => t)).not.toContain('No tune waits for weeks.');
  });

  it('credits the words a quoted report gives with "X said" after them to X', () => {
    const got = quotes('The paper reported the verdict:', '“‘We will appeal the ruling,’ the lawyer Ana Cruz said after the hearing.”');
    expect(got).toContainEqual(['We will appeal the ruling,', 'Ana Cruz']);
  });

  it('keeps an imagined voice or an unnamed "he" inside the outer quotation, not as a quote of its own', () => {
    expect(quotes('“I think voters are asking ‘is this fair to us?’,” Jane Doe said.').map(([t]) => t)).toEqual([
      'I think voters are asking ‘is this fair to us?’,',
    ]);
    expect(quotes('Jane Doe spoke first. “He told me, ‘We are finished here,’ and left,” she said.').map(([t]) => t)).toEqual([
      'He told me, ‘We are finished here,’ and left,',
    ]);
  });

  it('still links a later quotation to the one it continues once an imagined voice before it is dropped', () => {
    const a = analyzeArticle([
      '“People keep asking ‘is it fair?’ and I understand it,” Jane Doe said.',
      '“We are proud of it,” said John Roe, “and we will not stop.”',
    ], META);
    const proud = a.quotes.find((q) => q.text === 'We are proud of it,');
    const rest = a.quotes.find((q) => q.text === 'and we will not stop.');
    expect(a.quotes.map((q) => q.text)).not.toContain('is it fair?');
    expect(proud && rest?.continuationOf).toBe(proud?.id);
  });
});

describe('verbs of perceiving in the narrative', () => {
  it('credits reported speech to the one heard, not the one hearing', () => {
    const a = analyzeArticle(['Reporters heard Ana Ruiz say the vote was over.'], META);
    const reported = a.quotes.find((q) => q.kind === 'indirect');
    expect(reported && a.speakers.find((s) => s.id === reported.speakerId)?.name).toBe('Ana Ruiz');
  });
});

describe('a quoted report that runs on into a paragraph of bare inner quotations', () => {
  const lead = ['The Harbour Gazette reported on the closing speech of defence lawyer Mara Lind:', '“ ‘The evidence is thin, and the motive is missing,’ [Lind] said.'];

  it('gives the bare inner quotations the voice the report credited', () => {
    const got = quotes(...lead, '“ ‘He was never there. That is all. ... ‘Nobody saw him near the dock that night.’ ”');
    expect(got).toContainEqual(['The evidence is thin, and the motive is missing,', 'Mara Lind']);
    expect(got).toContainEqual(['He was never there. That is all. ...', 'Mara Lind']);
    expect(got).toContainEqual(['Nobody saw him near the dock that night.', 'Mara Lind']);
  });

  it('credits nobody when the report credited no one, or the paragraph has words of its own', () => {
    const uncredited = quotes('The Harbour Gazette reported on the closing speech:', '“ ‘The evidence is thin, and the motive is missing.’', '“ ‘He was never there.’ ”');
    expect(uncredited.filter(([text]) => text === 'He was never there.')).toEqual([]);
    const ownWords = quotes(...lead, '“Later the court heard the word ‘never’ again.”');
    expect(ownWords.filter(([text]) => text === 'never')).toEqual([]);
  });

  it('gives "he said ‘…’" to the one person the witness named just before, by first name', () => {
    const got = quotes(
      'Tom Reed was arrested in 1987.',
      'His neighbour Jane Doe told the paper: “I kept calling the city. One day I asked Tom about the smell. He said ‘I have not smelled anything. I have been cooking.’”',
      'Doe picks up the story: “The door opens, Tom walks out. I said ‘Tom, what is that smell?’ ‘I am cooking a roast. I fell asleep and it burnt,’ he said. And the officer left.”',
    );
    expect(got).toContainEqual(['I have not smelled anything. I have been cooking.', 'Tom Reed']);
    expect(got).toContainEqual(['I am cooking a roast. I fell asleep and it burnt,', 'Tom Reed']);
    expect(got).toContainEqual(['Tom, what is that smell?', 'Jane Doe']);
  });

  it('gives "He admits, ‘…’" to the person the narrative’s last sentence named, though a sentence before named another', () => {
    const got = quotes(
      'Police shot Jacob Blake in August.',
      'Raysean White, who filmed it, said he never saw Blake armed. Prosecutor Tom Greve said the video did not show the first attempts to arrest Blake.',
      '“Officers tried to grab his arms,” Greve said. “He admits at one point, ‘Officers were trying to handcuff me, but I was able to get up.’”',
    );
    expect(got).toContainEqual(['Officers were trying to handcuff me, but I was able to get up.', 'Jacob Blake']);
  });

  it('leaves "he said ‘…’" to nobody when the witness named two people before it', () => {
    const got = quotes(
      'Tom Reed and Sam Vale were arrested in 1987.',
      'His neighbour Jane Doe told the paper: “I asked Tom and Sam about the smell. He said ‘I have not smelled anything at all.’”',
    );
    expect(got.find(([text]) => text.startsWith('I have not smelled'))).toBeUndefined();
  });
});
