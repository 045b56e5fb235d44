import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBrowserClient } from '../../../components/popup/browser-client';
import { loadSettings } from '../../../settings/store';
import { fakeAnalysis } from './fake-analysis';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the popup talking to the background', () => {
  it('asks for the tab given by ?tabId=N and reads the hostname the background names', async () => {
    const asked: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      asked.push(message);
      return Promise.resolve({ status: { state: 'analysed', analysis: fakeAnalysis() }, hostname: 'news.example.com' });
    });
    const client = await createBrowserClient('?tabId=12');
    expect(client.tabId).toBe(12);
    const status = await client.getStatus();
    expect(status.state).toBe('analysed');
    expect(asked).toEqual([{ type: 'counterpoint/get-status', tabId: 12 }]);
    expect(client.hostname).toBe('news.example.com');
    await client.reveal('q1');
    expect(asked[1]).toEqual({ type: 'counterpoint/reveal', tabId: 12, itemId: 'q1' });
  });

  it('acts for the active tab without ?tabId, and reads its hostname', async () => {
    // The fake browser has no notion of the focused window's active tab: answer the popup's query as Chromium does.
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.example.org/story' });
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ ...tab, active: true }]);
    const client = await createBrowserClient('');
    expect(client.tabId).toBe(tab.id);
    expect(client.hostname).toBe('www.example.org');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('skips and unskips a site in the stored settings', async () => {
    const client = await createBrowserClient('?tabId=1');
    await client.skipSite('news.example.com');
    expect((await loadSettings()).skipSites).toEqual(['news.example.com']);
    await client.unskipSite('news.example.com');
    expect((await loadSettings()).skipSites).toEqual([]);
  });

  it('turns a reply it cannot read into an error state', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ status: { state: 'analysed', analysis: null } }));
    const client = await createBrowserClient('?tabId=3');
    expect((await client.getStatus()).state).toBe('error');
  });
});
