// "A deal between X and Y" is a dispute when the article shows one (tariffs, a strike, a lawsuit); a deal between
// two firms in product news is a partnership, with no sides.
import { describe, expect, it } from 'vitest';
import { findSides } from '../../../analysis/sides';
import { doc, quote, speaker } from './helpers';

function sidesOf(paragraphs: string[], quoted: { name: string; role: string; paragraph: number; text: string }[]) {
  const d = doc(paragraphs);
  const speakers = quoted.map((q, i) => speaker(`s${i}`, q.name, { role: q.role }));
  const quotes = quoted.map((q, i) => quote(d, `q${i}`, `s${i}`, q.paragraph, q.text));
  return { ...findSides(d, { quotes, speakers }), speakers };
}

describe('a deal between two parties', () => {
  it('is a dispute beside tariffs: the two countries, each speaker on their own', () => {
    const { sides, speakers } = sidesOf([
      'A trade deal between Ostria and Pellany was meant to end the year of rising tariffs on each other\u2019s grain.',
      'Ostria\u2019s trade minister, Lena Vark, said: "Pellany must buy more of our wheat before we lift anything."',
      'Pellany\u2019s farm minister, Juri Posk, said: "The tariffs have to go first. That is our condition."',
    ], [
      { name: 'Lena Vark', role: 'Ostria\u2019s trade minister', paragraph: 1, text: 'Pellany must buy more of our wheat before we lift anything.' },
      { name: 'Juri Posk', role: 'Pellany\u2019s farm minister', paragraph: 2, text: 'The tariffs have to go first. That is our condition.' },
    ]);
    expect(sides.map((s) => s.name)).toEqual(['Ostria', 'Pellany']);
    expect(speakers.map((s) => s.side)).toEqual(['A', 'B']);
  });
  it('is no dispute in product news: a partnership between two firms', () => {
    const { sides, speakers } = sidesOf([
      'A deal between Brightline Audio and Corvo Cars will put new speakers in every model from next year.',
      'Dana Lutz, Brightline\u2019s chief executive, said: "Drivers will hear the difference on the first day."',
    ], [
      { name: 'Dana Lutz', role: 'Brightline\u2019s chief executive', paragraph: 1, text: 'Drivers will hear the difference on the first day.' },
    ]);
    expect(sides).toEqual([]);
    expect(speakers[0].side).toBeNull();
  });
});

describe('a merger that shareholders sue over', () => {
  it('is no dispute between the two merging firms', () => {
    const { sides } = sidesOf([
      'A deal between Brightline Audio and Corvo Cars faces a lawsuit from a group of small shareholders.',
      'Dana Lutz, Brightline\u2019s chief executive, said: "The merger is good for both companies."',
    ], [
      { name: 'Dana Lutz', role: 'Brightline\u2019s chief executive', paragraph: 1, text: 'The merger is good for both companies.' },
    ]);
    expect(sides.map((s) => s.name)).not.toEqual(['Brightline Audio', 'Corvo Cars']);
  });
});

describe('a deal in the news amid tariffs', () => {
  it('is no dispute when only one of its parties speaks', () => {
    const { sides } = sidesOf([
      'A supply deal between Brightline Audio and Corvo Cars comes as tariffs on imported parts rise.',
      'Dana Lutz, Brightline\u2019s chief executive, said: "Drivers will hear the difference on the first day."',
    ], [
      { name: 'Dana Lutz', role: 'Brightline Audio chief executive', paragraph: 1, text: 'Drivers will hear the difference on the first day.' },
    ]);
    expect(sides).toEqual([]);
  });
});
