// An event's description is cut to its first words without splitting the whole text where the text allows it:
// the cut must be the split's own, whatever the spaces.
import { describe, expect, it } from 'vitest';
import { firstWords } from '../../../analysis/timeline/event';
import { seededRandom } from './seeded-random';

const PIECES = ['word', 'Hunt', 'A&E', '“quoted', 'cover,', '57%', '', ' ', ' ', '  ', '\t', '\u00a0', '\n', ' – '];

describe('event descriptions: the first words of a long text', () => {
  it('are what splitting at every run of space and joining the first pieces gives, over thousands of texts', () => {
    const next = seededRandom(2652016);
    let cut = 0;
    for (let i = 0; i < 5000; i++) {
      let s = '';
      for (let k = Math.floor(next() * 30); k > 0; k--) s += PIECES[Math.floor(next() * PIECES.length)] + (next() < 0.7 ? ' ' : '');
      for (const n of [1, 6, 14]) {
        const longWay = s.split(/\s+/).slice(0, n).join(' ');
        expect(firstWords(s, n), JSON.stringify(s)).toBe(longWay);
        if (longWay.length < s.length) cut++;
      }
    }
    expect(cut).toBeGreaterThan(1000); // the texts were long enough to be cut
  });
});
