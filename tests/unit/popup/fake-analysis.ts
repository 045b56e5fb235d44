// A small invented analysis, built by hand for the popup tests: a dispute between a city council and a
// tenants' union. No fixture text.
import type { Analysis } from '../../../analysis/types';

export function fakeAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    article: {
      isArticle: true,
      confidence: 0.95,
      headline: 'Council and tenants clash over rent plan',
      published: '2024-03-14T09:30:00Z',
      outlet: 'The Example Gazette',
      authors: ['Pat Writer'],
      url: 'https://news.example.com/rent-plan',
      language: 'en',
      wordCount: 640,
      reason: 'JSON-LD NewsArticle',
    },
    speakers: [
      { id: 's1', name: 'Mara Quill', aliases: ['Ms Quill'], role: 'housing chief', org: 'Lakeside Council', side: 'A', sideReason: 'housing chief of Lakeside Council → Lakeside Council', kind: 'person' },
      { id: 's2', name: 'Ivo Brandt', aliases: ['Mr Brandt'], role: 'chair', org: 'Lakeside Tenants Union', side: 'B', sideReason: 'chair of Lakeside Tenants Union', kind: 'person' },
      { id: 's3', name: 'Dee Okafor', aliases: [], role: 'economist', org: null, side: null, kind: 'person' },
    ],
    quotes: [
      { id: 'q1', text: 'The plan keeps rents fair for everyone.', speakerId: 's1', kind: 'direct', continuationOf: null, paragraph: 1, start: 1, end: 40 },
      { id: 'q2', text: 'It will price families out of the city.', speakerId: 's2', kind: 'direct', continuationOf: null, paragraph: 2, start: 1, end: 40 },
      { id: 'q3', text: 'We have consulted for a year', speakerId: 's1', kind: 'direct', continuationOf: null, paragraph: 3, start: 1, end: 29 },
      { id: 'q4', text: 'and we listened.', speakerId: 's1', kind: 'direct', continuationOf: 'q3', paragraph: 4, start: 1, end: 17 },
      { id: 'q5', text: 'rents would rise modestly', speakerId: 's3', kind: 'indirect', continuationOf: null, paragraph: 5, start: 10, end: 35 },
      { id: 'q6', text: '<img src=x onerror=alert(1)>', speakerId: null, kind: 'direct', continuationOf: null, paragraph: 6, start: 1, end: 29 },
    ],
    statistics: [
      { id: 'n1', text: '12%', value: 12, unit: 'percent', approx: null, measures: 'rise in average rent', source: 'council figures', comparison: { kind: 'comparison', otherId: null, text: '4% last year' }, paragraph: 2, start: 50, end: 53 },
      { id: 'n2', text: '3,000 households', value: 3000, unit: 'count', approx: 'about', measures: 'households affected', source: null, paragraph: 3, start: 40, end: 56 },
    ],
    timeline: [
      { id: 't1', date: '2024-04-01', kind: 'point', precision: 'day', text: 'on 1 April', event: 'New rents take effect', paragraph: 1 },
      { id: 't2', date: '2019', kind: 'point', precision: 'year', text: 'in 2019', event: 'Last rent review', paragraph: 2 },
      { id: 't3', date: '2023-11', kind: 'point', precision: 'month', text: 'last November', event: 'Consultation opened', paragraph: 3 },
      { id: 't4', date: '2024-04-01T18:00', kind: 'point', precision: 'time', text: 'at 6pm on 1 April', event: 'Tenants march to the town hall', paragraph: 4 },
      { id: 't5', date: null, kind: 'point', precision: null, text: 'one day', event: 'A vote is promised', paragraph: 5 },
    ],
    sides: [
      { id: 'A', name: 'Lakeside Council', speakerIds: ['s1'] },
      { id: 'B', name: 'Lakeside Tenants Union', speakerIds: ['s2'] },
    ],
    responses: [{ claimId: 'q1', responseIds: ['q2'], topic: 'fair rents' }],
    ...overrides,
  };
}
