import { describe, expect, it } from 'vitest';
import { classifySender, isAllowedFrom, isFromOwnExtension, parseMessage } from '../../../messaging/validate';
import type { Analysis } from '../../../analysis/types';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

function analysis(): Analysis {
  return {
    article: { isArticle: true, confidence: 1, headline: 'H', published: null, outlet: null, authors: [], url: null, language: 'en', wordCount: 3 },
    speakers: [{ id: 's1', name: 'A Person', aliases: [], role: null, org: null, side: 'A', kind: 'person' }],
    quotes: [{ id: 'q1', text: 'hi', speakerId: 's1', kind: 'direct', continuationOf: null, paragraph: 0, start: 1, end: 3 }],
    statistics: [],
    timeline: [],
    sides: [{ id: 'A', name: 'Side', speakerIds: ['s1'] }],
    responses: [],
  };
}

describe('parseMessage', () => {
  it('accepts each well-formed message and returns only its known fields', () => {
    expect(parseMessage({ type: 'counterpoint/get-status', tabId: 4, extra: '<img onerror=x>' })).toEqual({
      type: 'counterpoint/get-status',
      tabId: 4,
    });
    expect(parseMessage({ type: 'counterpoint/reveal', tabId: 1, itemId: 'q3' })).toEqual({
      type: 'counterpoint/reveal',
      tabId: 1,
      itemId: 'q3',
    });
    expect(parseMessage({ type: 'counterpoint/run', force: false })).toEqual({ type: 'counterpoint/run', force: false });
    expect(parseMessage({ type: 'counterpoint/step', direction: -1 })).toEqual({ type: 'counterpoint/step', direction: -1 });
    const status = { state: 'analysed', analysis: analysis() };
    expect(parseMessage({ type: 'counterpoint/status', status })).toEqual({ type: 'counterpoint/status', status });
    expect(parseMessage({ type: 'counterpoint/status', status: { state: 'skipped', hostname: 'example.com' } })).not.toBeNull();
  });

  it('drops anything that is not exactly one of ours', () => {
    const bad: unknown[] = [
      null,
      'counterpoint/run',
      [],
      { type: 'counterpoint/unknown' },
      { type: 'counterpoint/get-status', tabId: '3' },
      { type: 'counterpoint/get-status', tabId: -1 },
      { type: 'counterpoint/get-status', tabId: 1.5 },
      { type: 'counterpoint/reveal', tabId: 1 },
      { type: 'counterpoint/run', force: 'yes' },
      { type: 'counterpoint/step', direction: 2 },
      { type: 'counterpoint/status', status: { state: 'hacked' } },
      { type: 'counterpoint/status', status: { state: 'analysed', analysis: { article: {} } } },
    ];
    for (const raw of bad) expect(parseMessage(raw), JSON.stringify(raw)).toBeNull();
  });

  it('rejects an analysis whose offsets are not usable', () => {
    const a = analysis();
    a.quotes[0].start = 9; // start after end
    expect(parseMessage({ type: 'counterpoint/status', status: { state: 'analysed', analysis: a } })).toBeNull();
    const b = analysis() as unknown as { quotes: Array<Record<string, unknown>> };
    b.quotes[0].paragraph = '0';
    expect(parseMessage({ type: 'counterpoint/status', status: { state: 'analysed', analysis: b } })).toBeNull();
  });
});

describe('sender checks', () => {
  it('tells our content scripts from our pages and refuses strangers', () => {
    expect(classifySender({ id: ID, url: 'https://news.example/a', tab: { id: 7 } }, ID, ORIGIN)).toEqual({ kind: 'content', tabId: 7, frameId: 0, hostname: 'news.example' });
    expect(classifySender({ id: ID, url: `${ORIGIN}popup.html?tabId=7` }, ID, ORIGIN)).toEqual({ kind: 'extension-page' });
    // the popup opened as a tab is still an extension page, not a content script
    expect(classifySender({ id: ID, url: `${ORIGIN}popup.html?tabId=7`, tab: { id: 9 } }, ID, ORIGIN)).toEqual({ kind: 'extension-page' });
    expect(classifySender({ id: 'other-extension', url: 'https://x.example/', tab: { id: 7 } }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: ID }, ID, ORIGIN)).toBeNull();
  });

  it('lets only content scripts report status and only extension pages ask', () => {
    const status = parseMessage({ type: 'counterpoint/status', status: { state: 'loading' } })!;
    const ask = parseMessage({ type: 'counterpoint/get-status', tabId: 1 })!;
    expect(isAllowedFrom(status, { kind: 'content', tabId: 1, frameId: 0, hostname: null })).toBe(true);
    expect(isAllowedFrom(status, { kind: 'extension-page' })).toBe(false);
    expect(isAllowedFrom(ask, { kind: 'extension-page' })).toBe(true);
    expect(isAllowedFrom(ask, { kind: 'content', tabId: 1, frameId: 0, hostname: null })).toBe(false);
  });

  it('content scripts accept only this extension, not a tab', () => {
    expect(isFromOwnExtension({ id: ID, url: `${ORIGIN}background.js` }, ID)).toBe(true);
    expect(isFromOwnExtension({ id: 'someone-else' }, ID)).toBe(false);
    expect(isFromOwnExtension({ id: ID, tab: { id: 3 } }, ID)).toBe(false);
  });
});

describe('analyse requests', () => {
  const meta = { headline: 'H', published: null, outlet: null, authors: ['A'], url: 'https://x.example/', language: 'en' };

  it('accepts paragraphs and metadata, and only from a content script', () => {
    const m = parseMessage({ type: 'counterpoint/analyse', paragraphs: ['One.', 'Two.'], meta, confidence: 0.9, reason: 'JSON-LD', extra: 1 });
    expect(m).toEqual({ type: 'counterpoint/analyse', paragraphs: ['One.', 'Two.'], meta, confidence: 0.9, reason: 'JSON-LD' });
    expect(isAllowedFrom(m!, { kind: 'content', tabId: 3, frameId: 0, hostname: 'x.example' })).toBe(true);
    expect(isAllowedFrom(m!, { kind: 'extension-page' })).toBe(false);
  });

  it('refuses malformed or oversized requests', () => {
    const base = { type: 'counterpoint/analyse', paragraphs: ['One.'], meta, confidence: 1, reason: 'r' };
    expect(parseMessage({ ...base, paragraphs: 'One.' })).toBeNull();
    expect(parseMessage({ ...base, paragraphs: [1] })).toBeNull();
    expect(parseMessage({ ...base, meta: { ...meta, authors: 'A' } })).toBeNull();
    expect(parseMessage({ ...base, meta: { ...meta, headline: 3 } })).toBeNull();
    expect(parseMessage({ ...base, paragraphs: Array(5001).fill('x') })).toBeNull();
    expect(parseMessage({ ...base, paragraphs: ['x'.repeat(2_000_001)] })).toBeNull();
  });
});
