// An authority investigating a body is their dispute when the investigated body answers.
import { describe, expect, it } from 'vitest';
import { findSides } from '../../../analysis/sides';
import { investigationRule } from '../../../analysis/sides/framing';
import { doc, quote, speaker } from './helpers';

describe('investigation shapes', () => {
  it('reads the investigator and the investigated, the latter accused', () => {
    const [f] = investigationRule('The Harbour Safety Board (HSB) is investigating Northline Ferries, two people familiar with the matter said.');
    expect(f.parties).toEqual(['Harbour Safety Board (HSB)', 'Northline Ferries']);
    expect(f.accused).toBe(1);
    expect(investigationRule('The regulator opened a formal probe into Northline Ferries last week.')[0].parties).toEqual(['regulator', 'Northline Ferries']);
    expect(investigationRule('Northline Ferries is under investigation by the Harbour Safety Board.')[0].parties).toEqual(['Harbour Safety Board', 'Northline Ferries']);
  });
});

describe('an investigation in the news', () => {
  const opening = 'The Harbour Safety Board is investigating Northline Ferries, according to two people familiar with the matter.';
  const answer = '"We received a letter from the board and are cooperating fully," a Northline Ferries spokesperson said.';
  const run = (paragraphs: string[]) => {
    const d = doc(paragraphs);
    const speakers = [speaker('s1', 'Northline Ferries spokesperson', { role: 'Northline Ferries spokesperson' })];
    const quotes = [quote(d, 'q1', 's1', 1, 'We received a letter from the board and are cooperating fully,')];
    return { ...findSides(d, { quotes, speakers }), speakers };
  };
  it('sets the board against the firm when the firm answers, its spokesperson on the firm', () => {
    const { sides, speakers } = run([opening, answer]);
    expect(sides.map((s) => s.name)).toEqual(['Harbour Safety Board', 'Northline Ferries']);
    expect(speakers[0].side).toBe('B');
  });
  it('is no dispute when only the investigator is heard', () => {
    const paragraphs = [opening, '"We look at every operator on the strait," a Harbour Safety Board spokesperson said.'];
    const d = doc(paragraphs);
    const speakers = [speaker('s1', 'Harbour Safety Board spokesperson', { role: 'Harbour Safety Board spokesperson' })];
    const quotes = [quote(d, 'q1', 's1', 1, 'We look at every operator on the strait,')];
    expect(findSides(d, { quotes, speakers }).sides).toEqual([]);
  });
});
