import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Card } from '../../../components/card/Card';
import { announcementOf, cardModelOf } from '../../../page/cards/card-model';
import { planHighlights } from '../../../page/highlights';
import { DEFAULT_SETTINGS } from '../../../settings/schema';
import type { Analysis } from '../../../analysis/types';

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

function analysis(): Analysis {
  const q = (id: string, speakerId: string | null, text: string, continuationOf: string | null = null) =>
    ({ id, text, speakerId, kind: 'direct' as const, continuationOf, paragraph: Number(id.slice(1)), start: 0, end: text.length });
  return {
    article: { isArticle: true, confidence: 1, headline: null, published: null, outlet: null, authors: [], url: null, language: 'en', wordCount: 50 },
    speakers: [
      { id: 's1', name: 'Dana Official', aliases: [], role: 'Transport Secretary', org: 'Government', side: 'A', sideReason: 'Transport Secretary → Government', kind: 'person' },
      { id: 's2', name: `Union ${HOSTILE}`, aliases: [], role: 'general secretary', org: 'Drivers Union', side: 'B', kind: 'person' },
      { id: 's3', name: 'A bystander', aliases: [], role: null, org: null, side: null, kind: 'person' },
    ],
    quotes: [
      q('q0', 's1', 'The offer is final.'),
      q('q1', 's1', 'And it is generous.', 'q0'),
      q('q2', 's2', `It is an insult ${HOSTILE}`),
      q('q3', 's1', 'We will meet them tomorrow.'),
      q('q4', 's3', 'I just want my bus.'),
    ],
    statistics: [
      { id: 'n1', text: '4%', value: 4, unit: 'percent', approx: 'about', measures: 'the pay offer', source: 'the council', comparison: { kind: 'change', otherId: null, text: 'up from 2%' }, paragraph: 5, start: 0, end: 2 },
    ],
    timeline: [],
    sides: [
      { id: 'A', name: 'Government', speakerIds: ['s1'] },
      { id: 'B', name: 'Drivers Union', speakerIds: ['s2'] },
    ],
    responses: [{ claimId: 'q0', responseIds: ['q2'], topic: 'the offer' }],
  };
}

const cardFor = (id: string) => {
  const a = analysis();
  const item = planHighlights(a, DEFAULT_SETTINGS).find((i) => i.id === id)!;
  return cardModelOf(item, a);
};

function renderCard(id: string): HTMLElement {
  const root = document.createElement('div');
  render(<Card card={cardFor(id)} onClose={() => {}} />, root);
  return root;
}

describe('hover card', () => {
  it('names the speaker, role, organisation and side with its reason, and the other side’s response', () => {
    const text = renderCard('q0').textContent!;
    expect(text).toContain('Dana Official');
    expect(text).toContain('Transport Secretary, Government');
    expect(text).toContain('Side: Government (Transport Secretary → Government)');
    expect(text).toContain('Response from Drivers Union');
    expect(text).toContain('It is an insult');
    expect(text).toMatch(/automatic analysis: it can be wrong/i);
  });

  it('does not repeat an organisation the role already names', () => {
    const a = analysis();
    a.speakers[1] = { ...a.speakers[1], role: 'general secretary of the Drivers Union' };
    const item = planHighlights(a, DEFAULT_SETTINGS).find((i) => i.id === 'q2')!;
    const root = document.createElement('div');
    render(<Card card={cardModelOf(item, a)} onClose={() => {}} />, root);
    expect(root.querySelector('.role')!.textContent).toBe('general secretary of the Drivers Union');
  });

  it('finds the response for any segment of a quotation that runs on', () => {
    expect(renderCard('q1').textContent).toContain('Response from Drivers Union');
  });

  it('says when the other side does not respond, and shows what a response replies to', () => {
    expect(renderCard('q3').textContent).toContain('No response from Drivers Union in this article.');
    expect(renderCard('q2').textContent).toContain('Replying to');
    expect(renderCard('q2').textContent).toContain('The offer is final.');
  });

  it('has no other-side line for a speaker on no side', () => {
    const text = renderCard('q4').textContent!;
    expect(text).toContain('A bystander');
    expect(text).not.toMatch(/response/i);
  });

  it('renders page text as text: markup in names and quotes never becomes elements', () => {
    const root = renderCard('q0');
    const other = renderCard('q2');
    expect(root.querySelector('img')).toBeNull();
    expect(other.querySelector('img')).toBeNull();
    expect(other.textContent).toContain(HOSTILE);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('explains a statistic: what it measures, source, comparison', () => {
    const text = renderCard('n1').textContent!;
    expect(text).toContain('about 4%');
    expect(text).toContain('the pay offer');
    expect(text).toContain('the council');
    expect(text).toContain('up from 2%');
  });

  it('announces a step in words', () => {
    expect(announcementOf(cardFor('q0'), 1, 6)).toBe('Quote 1 of 6, Dana Official, Transport Secretary: The offer is final.');
    expect(announcementOf(cardFor('n1'), 6, 6)).toBe('Statistic 6 of 6: 4%, the pay offer.');
  });
});
