// A crowd's protest against a body is the protesters' dispute with it, even when only the body's people are quoted.
import { describe, expect, it } from 'vitest';
import { findSides } from '../../../analysis/sides';
import { againstRule } from '../../../analysis/sides/framing';
import { doc, quote, speaker } from './helpers';

describe('a protest against a body', () => {
  it('is framed as a protest when no doer is named', () => {
    expect(againstRule('Weeks of demonstrations against the island council have closed the harbour.')[0].rule).toBe('protest against');
    expect(againstRule('The firm faces a lawsuit against its board.')[0].rule).toBe('against');
  });

  const opening = 'Weeks of demonstrations against the island council have closed the harbour road.';
  const official = 'Maren Holt, leader of the island council, said: "We will reopen the road on Monday, whatever the crowd does."';
  const run = (paragraphs: string[]) => {
    const d = doc(paragraphs);
    const at = paragraphs.indexOf(official);
    const speakers = [speaker('s1', 'Maren Holt', { role: 'leader of the island council' })];
    const quotes = [quote(d, 'q1', 's1', at, 'We will reopen the road on Monday, whatever the crowd does.')];
    return { ...findSides(d, { quotes, speakers }), speakers };
  };

  it('sets the protesters, as the article calls them, against the body, its leader on the body', () => {
    const { sides, speakers } = run([opening, 'Protesters say the new fees will empty the village.', official, 'Many protesters have camped by the quay since May.']);
    expect(sides.map((s) => s.name)).toEqual(['protesters', 'island council']);
    expect(speakers[0].side).toBe('B');
  });
  it('knows the protesters by the article\'s other words for them', () => {
    const { sides } = run([opening, 'Protesters say the new fees will empty the village.', official, 'Many protesters and a few rioters camp by the quay.']);
    expect(sides[0].aliases).toEqual(['rioters']);
  });
  it('places one who calls the rioters criminals against them, on the body\'s side', () => {
    const paragraphs = [opening, 'Protesters say the new fees will empty the village.', official, 'Many protesters and a few rioters camp by the quay.',
      'Harbourmaster Piet Lund said: "Those rioters are criminals, every one of them."'];
    const d = doc(paragraphs);
    const speakers = [speaker('s1', 'Maren Holt', { role: 'leader of the island council' }), speaker('s2', 'Piet Lund', { role: 'Harbourmaster' })];
    const quotes = [
      quote(d, 'q1', 's1', 2, 'We will reopen the road on Monday, whatever the crowd does.'),
      quote(d, 'q2', 's2', 4, 'Those rioters are criminals, every one of them.'),
    ];
    findSides(d, { quotes, speakers });
    expect(speakers.map((s) => s.side)).toEqual(['B', 'B']);
  });
  it('names no protesters the article never calls so', () => {
    const { sides } = run([opening, 'Fishing crews say the new fees will empty the village.', official]);
    expect(sides.map((s) => s.name)).not.toContain('protesters');
  });
});

describe('a protest whose organisers speak', () => {
  it('keeps the organisers\u2019 group as the party when they attack whom they protest', () => {
    const d = doc([
      'Weeks of protests against the island council have closed the harbour road.',
      'Protesters say the fees will empty the village, and many protesters camp by the quay.',
      'Ida Ree, of the Harbour Action Group, said: "The council is greedy and has ignored us for years."',
    ]);
    const speakers = [speaker('s1', 'Ida Ree', { org: 'Harbour Action Group' })];
    const quotes = [quote(d, 'q1', 's1', 2, 'The council is greedy and has ignored us for years.')];
    const { sides } = findSides(d, { quotes, speakers });
    expect(sides.map((s) => s.name)).toEqual(['Harbour Action Group', 'island council']);
    expect(speakers[0].side).toBe('A');
  });
});
