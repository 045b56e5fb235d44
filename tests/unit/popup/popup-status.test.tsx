import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { PopupApp, POLL_INTERVAL_MS } from '../../../components/popup/PopupApp';
import type { TabStatus } from '../../../messaging/protocol';
import { fakeAnalysis } from './fake-analysis';
import { fakeClient } from './fake-client';
import { byText, click, mount, settle } from './render';

async function openPopup(statuses: TabStatus[], hostname?: string | null) {
  const client = fakeClient(statuses, hostname);
  const root = mount(<PopupApp client={client} locale="en-GB" />);
  await settle();
  return { root, client };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('popup states', () => {
  it('offers "Analyse anyway" on a page that is not an article, then shows the analysis', async () => {
    const { root, client } = await openPopup([
      { state: 'not-article', reason: 'no article signals' },
      { state: 'analysed', analysis: fakeAnalysis() },
    ]);
    expect(root.querySelector('h1')!.textContent).toBe("This page doesn't look like a news article");
    click(byText(root, 'button', 'Analyse anyway'));
    await settle();
    expect(client.analyseAnyway).toHaveBeenCalledOnce();
    expect(root.querySelector('h1')!.textContent).toBe('Council and tenants clash over rent plan');
  });

  it.each([
    ['browser-page', /chrome:\/\/, edge:\/\/ or about:/],
    ['store-page', /Chrome Web Store.*Firefox Add-ons/],
    ['no-access', /own pages \(chrome:\/\/, edge:\/\/, about:\), on extension stores, and on local files/],
  ] as const)('explains why extensions cannot run on a %s', async (reason, text) => {
    const { root } = await openPopup([{ state: 'unsupported', reason }], null);
    expect(root.querySelector('h1')!.textContent).toMatch(/^(Extensions cannot run on this page|Counterpoint cannot read this page)$/);
    expect(root.textContent).toMatch(text);
    expect(() => byText(root, 'button', 'Skip this site')).toThrow();
  });

  it('shows a loading page as loading and asks again until the analysis is there', async () => {
    vi.useFakeTimers();
    const client = fakeClient([{ state: 'loading' }, { state: 'loading' }, { state: 'analysed', analysis: fakeAnalysis() }]);
    const root = mount(<PopupApp client={client} locale="en-GB" />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(root.querySelector('.cp-status')!.getAttribute('aria-busy')).toBe('true');
    expect(root.textContent).toContain('Reading the page');
    for (let i = 0; i < 2; i++) {
      await act(async () => {
        await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
      });
    }
    expect(client.getStatus).toHaveBeenCalledTimes(3);
    expect(root.querySelector('h1')!.textContent).toBe('Council and tenants clash over rent plan');
  });

  it('says a skipped site is skipped and stops skipping it on request', async () => {
    const { root, client } = await openPopup([
      { state: 'skipped', hostname: 'news.example.com' },
      { state: 'analysed', analysis: fakeAnalysis() },
    ]);
    expect(root.textContent).toContain('Counterpoint leaves pages on news.example.com alone');
    expect(() => byText(root, 'button', 'Skip this site')).toThrow();
    click(byText(root, 'button', 'Stop skipping'));
    await settle();
    expect(client.unskipSite).toHaveBeenCalledWith('news.example.com');
    expect(root.querySelector('h1')!.textContent).toBe('Council and tenants clash over rent plan');
  });

  it('waits for the page to re-run when the background still says "skipped" just after "Stop skipping"', async () => {
    vi.useFakeTimers();
    const client = fakeClient([
      { state: 'skipped', hostname: 'news.example.com' },
      { state: 'skipped', hostname: 'news.example.com' },
      { state: 'analysed', analysis: fakeAnalysis() },
    ]);
    const root = mount(<PopupApp client={client} locale="en-GB" />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    click(byText(root, 'button', 'Stop skipping'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(root.textContent).toContain('Reading the page');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
    });
    expect(root.querySelector('h1')!.textContent).toBe('Council and tenants clash over rent plan');
  });

  it('skips the site of the tab from the popup', async () => {
    const { root, client } = await openPopup([{ state: 'analysed', analysis: fakeAnalysis() }]);
    click(byText(root, 'button', 'Skip this site'));
    await settle();
    expect(client.skipSite).toHaveBeenCalledWith('news.example.com');
    expect(root.querySelector('h1')!.textContent).toBe('You skip this site');
  });

  it('names the language of an article in another language and still offers to analyse it', async () => {
    const { root } = await openPopup([{ state: 'other-language', language: 'fr' }]);
    expect(root.textContent).toContain('It seems to be in French');
    expect(byText(root, 'button', 'Analyse anyway')).toBeTruthy();
  });

  it('shows an error when the background cannot be reached, and tries again', async () => {
    const client = fakeClient([{ state: 'analysed', analysis: fakeAnalysis() }]);
    client.getStatus.mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    const root = mount(<PopupApp client={client} locale="en-GB" />);
    await settle();
    expect(root.querySelector('h1')!.textContent).toBe('Something went wrong');
    expect(root.textContent).toContain('Receiving end does not exist.');
    click(byText(root, 'button', 'Try again'));
    await settle();
    expect(root.querySelector('h1')!.textContent).toBe('Council and tenants clash over rent plan');
  });

  it('opens the options page', async () => {
    const { root, client } = await openPopup([{ state: 'analysed', analysis: fakeAnalysis() }]);
    click(byText(root, 'button', 'Options'));
    expect(client.openOptions).toHaveBeenCalledOnce();
  });
});
