// Bad input is a graceful no-op: no speakers, odd marks, hostile text, a very long page.
import { describe, expect, it } from 'vitest';
import { findSides } from '../../../analysis/sides';
import { doc, quote, speaker } from './helpers';

describe('findSides on bad input', () => {
  it('gives no sides for an empty article and for a framed dispute nobody speaks in', () => {
    expect(findSides(doc([]), { quotes: [], speakers: [] })).toEqual({ sides: [], responses: [] });
    const d = doc(['The dispute between the Ferry Union and Harbour Lines dragged on for a third week.']);
    expect(findSides(d, { quotes: [], speakers: [] }).sides).toEqual([]);
  });
  it('treats markup inside quotes as text and does not throw on regex characters', () => {
    const d = doc([
      'The row between the Gamers (Guild) and Pixel+ Ltd [UK] grew.',
      'Guild chair Bo Lind said: "<img src=x onerror=alert(1)> Pixel+ Ltd [UK] lied (again) *** ?"',
    ]);
    const sp = [speaker('s1', 'Bo Lind', { role: 'Guild chair', org: 'Gamers (Guild)' })];
    const q = [quote(d, 'q1', 's1', 1, '<img src=x onerror=alert(1)> Pixel+ Ltd [UK] lied (again) *** ?')];
    expect(() => findSides(d, { quotes: q, speakers: sp })).not.toThrow();
  });
  it('handles a very long page with many quotes', () => {
    const paragraphs = ['The stand-off between the Dock Workers Union and Portside Holdings continued.'];
    const speakers = [speaker('s1', 'Ann Kay', { org: 'Dock Workers Union' }), speaker('s2', 'Tim Roe', { org: 'Portside Holdings' })];
    for (let i = 0; i < 1500; i++) paragraphs.push(`"We will not accept cut number ${i} to the pay of crane drivers," said a speaker.`);
    const d = doc(paragraphs);
    const quotes = paragraphs.slice(1).map((p, i) => quote(d, `q${i}`, i % 2 ? 's1' : 's2', i + 1, p.slice(1, p.indexOf('," said'))));
    const { sides, responses } = findSides(d, { quotes, speakers });
    expect(sides).toHaveLength(2);
    expect(responses.length).toBeLessThanOrEqual(120);
  });
});
