import { describe, expect, it } from 'vitest';
import { readTabStatus } from '../../../components/popup/read-tab-status';
import { tabIdFromSearch } from '../../../components/popup/browser-client';
import { fakeAnalysis } from './fake-analysis';

describe('readTabStatus', () => {
  it('unwraps a well-formed status reply', () => {
    const status = { state: 'analysed', analysis: fakeAnalysis() };
    expect(readTabStatus({ status })).toBe(status);
    expect(readTabStatus({ status: { state: 'skipped', hostname: 'example.com' } })).toEqual({ state: 'skipped', hostname: 'example.com' });
  });

  it.each([
    undefined,
    null,
    'analysed',
    { state: 'loading' },
    { status: { state: 'bogus' } },
    { status: { state: 'analysed', analysis: { article: {} } } },
  ])(
    'turns %j into an error state',
    (answer) => {
      expect(readTabStatus(answer).state).toBe('error');
    },
  );
});

describe('tabIdFromSearch', () => {
  it('reads ?tabId=N and ignores anything else', () => {
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('?x=1&tabId=7')).toBe(7);
    expect(tabIdFromSearch('')).toBeNull();
    expect(tabIdFromSearch('?tabId=-1')).toBeNull();
    expect(tabIdFromSearch('?tabId=abc')).toBeNull();
  });
});
