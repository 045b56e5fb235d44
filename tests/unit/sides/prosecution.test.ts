// A criminal case is the prosecution's dispute with the defendant, when both are heard.
import { describe, expect, it } from 'vitest';
import { findSides } from '../../../analysis/sides';
import { doc, quote, speaker } from './helpers';

const lede = 'A Millford woman was charged on Friday with setting fire to a neighbour\'s barn, prosecutors said.';
const named = 'Dana K. Voss, 38, of Millford, pleaded not guilty to arson and to making false statements, the district attorney\'s office said.';
const prosecutor = 'District Attorney Lena Ortiz said: "Fire puts every family on the street at risk."';
const lawyer = 'Her attorney, Sam Keel, said: "Ms Voss was at home that night and will be cleared."';

function run(paragraphs: string[], withLawyer = true, headline: string | null = null) {
  const d = doc(paragraphs, headline);
  const speakers = [
    speaker('s1', 'Lena Ortiz', { role: 'District Attorney' }),
    speaker('s2', 'Sam Keel', { role: 'attorney', org: 'Voss' }),
  ];
  const quotes = [quote(d, 'q1', 's1', paragraphs.indexOf(prosecutor), 'Fire puts every family on the street at risk.')];
  if (withLawyer) quotes.push(quote(d, 'q2', 's2', paragraphs.indexOf(lawyer), 'Ms Voss was at home that night and will be cleared.'));
  return { ...findSides(d, { quotes, speakers }), speakers };
}

describe('a criminal case', () => {
  it('sets the prosecutors against the defendant, each one\'s speaker on their side', () => {
    const { sides, speakers } = run([lede, named, prosecutor, lawyer]);
    expect(sides.map((s) => s.name)).toEqual(['prosecutors', 'Millford woman']);
    expect(sides[1].aliases).toContain('Voss');
    expect(speakers.map((s) => s.side)).toEqual(['A', 'B']);
  });
  it('is no dispute when the defendant pleaded guilty: the lawyer asking for mercy contests nothing', () => {
    const guilty = 'Dana K. Voss, 38, of Millford, pleaded guilty to arson on Friday, the district attorney\'s office said.';
    const { sides, speakers } = run([guilty, prosecutor, lawyer]);
    expect(sides).toEqual([]);
    expect(speakers.map((s) => s.side)).toEqual([null, null]);
  });
  it('is no dispute when only the prosecution speaks', () => {
    const { sides, speakers } = run([lede, named, prosecutor, 'The court will sentence her in May.'], false);
    expect(sides).toEqual([]);
    expect(speakers.map((s) => s.side)).toEqual([null, null]);
  });
  it('is no dispute when the charge is not the news but a later aside', () => {
    const { sides } = run([
      'The barn on Elm Road has been rebuilt by volunteers from three villages.',
      'The owners thanked the builders at a party on Saturday.',
      'The fire was the talk of the county for a summer.',
      named, prosecutor, lawyer,
    ]);
    expect(sides).toEqual([]);
  });
  it('reads a headline\'s capitalised words as no surname', () => {
    const { sides } = run(['The woman was charged on Friday, prosecutors said.', named, prosecutor, lawyer], true, 'Millford Woman Pleads Not Guilty To Barn Fire');
    expect(sides[1].name).toBe('Millford Woman');
    expect(sides[1].aliases).not.toContain('Woman');
  });
});

describe('who was charged', () => {
  it('is not the outlet that reports the charge', () => {
    const reporter = 'The Ledger said: "Our reporter was in court for the verdict."';
    const paragraphs = ['The Ledger reports the man who set the fire, Jon Reyes, was sentenced to ten years.', prosecutor, reporter];
    const d = doc(paragraphs);
    const speakers = [speaker('s1', 'Lena Ortiz', { role: 'District Attorney' }), speaker('s2', 'The Ledger', { kind: 'organisation', org: 'The Ledger' })];
    const quotes = [
      quote(d, 'q1', 's1', 1, 'Fire puts every family on the street at risk.'),
      quote(d, 'q2', 's2', 2, 'Our reporter was in court for the verdict.'),
    ];
    expect(findSides(d, { quotes, speakers }).sides).toEqual([]);
  });
});
describe('a former prosecutor', () => {
  it('asked to comment is no voice of the prosecution', () => {
    const analyst = 'Mia Holt, a former federal prosecutor, said: "Juries rarely forgive a second fire."';
    const paragraphs = [lede, named, analyst, lawyer];
    const d = doc(paragraphs);
    const speakers = [speaker('s1', 'Mia Holt', { role: 'former federal prosecutor' }), speaker('s2', 'Sam Keel', { role: 'attorney', org: 'Voss' })];
    const quotes = [
      quote(d, 'q1', 's1', 2, 'Juries rarely forgive a second fire.'),
      quote(d, 'q2', 's2', 3, 'Ms Voss was at home that night and will be cleared.'),
    ];
    expect(findSides(d, { quotes, speakers }).sides).toEqual([]);
    expect(speakers[0].side).toBeNull();
  });
});
