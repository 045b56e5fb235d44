// A "he" or "she" that speaks a quotation inside someone's quotation: the one person the narrative just named,
// other than the speaker; nobody (the inner words stay part of the outer quotation) when the reader could not
// tell who. Sentences of our own, through the whole analyzer.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../analysis';

const META = { headline: null, published: null, outlet: null, authors: [], url: null, language: 'en' };

function quotes(...paragraphs: string[]): [string, string | null][] {
  const a = analyzeArticle(paragraphs, META);
  const name = new Map(a.speakers.map((s) => [s.id, s.name] as const));
  return a.quotes.filter((q) => q.kind !== 'indirect').map((q) => [q.text, q.speakerId ? name.get(q.speakerId)! : null]);
}

const texts = (got: [string, string | null][]) => got.map(([t]) => t);

describe('a pronoun speaking inside a quotation', () => {
  it('is the person the paragraph before named, and the outer words stay the speaker’s', () => {
    const got = quotes(
      'The club said on Monday that its manager, Ivo Brandt, had met the owner, Piet Sandberg.',
      '“I asked him about the budget. He said — I was surprised — he said, ‘There is no more money.’” Brandt told the paper.',
    );
    expect(got).toContainEqual(['There is no more money.', 'Piet Sandberg']);
    expect(got).toContainEqual([expect.stringMatching(/^I asked him about the budget\. He said/), 'Ivo Brandt']);
  });

  it('is the person named in the narrative just before the quotation, a day name aside', () => {
    const got = quotes('Shares fell after chief executive Lars Moen quit. “I rang him on Friday and he said, ‘I am done,’” said analyst Ruth Kay.');
    expect(got).toContainEqual(['I am done,', 'Lars Moen']);
  });

  it('is nobody when the outer words mention a person of their own', () => {
    const referee = quotes('Striker Jon Park scored twice against Ben Ortiz’s side.', '“The referee came over and he said, ‘Keep it clean,’” Park said.');
    expect(texts(referee)).not.toContain('Keep it clean,');
    const brother = quotes('Defender Luis Vega was sent off against Tom Hale’s team.', '“My brother phoned and he said, ‘Calm down,’” Vega said.');
    expect(texts(brother)).not.toContain('Calm down,');
  });

  it('is nobody when the narrative names two people it could be, or last mentions someone unnamed', () => {
    const two = quotes('Ann Rowe met Bill Tate and Sue Marsh.', '“She said, ‘We cannot fund this,’” Rowe said.');
    expect(texts(two)).not.toContain('We cannot fund this,');
    const unnamed = quotes('Senator Ray Cole spoke after Tom Lyle.', 'Cole said his father was a miner. “He always said, ‘Work hard,’” Cole said.');
    expect(texts(unnamed)).not.toContain('Work hard,');
  });

  it('is never a person of the other gender', () => {
    const got = quotes('Judge Rosa Lind heard from Mr Karl Dorn.', '“She told me, ‘The case is closed,’” the clerk said.');
    expect(got).not.toContainEqual(['The case is closed,', 'Karl Dorn']);
  });
});
