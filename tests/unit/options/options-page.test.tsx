import { beforeEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../../settings/store';
import { byText, click, mount, settle } from '../popup/render';

beforeEach(() => {
  fakeBrowser.reset();
});

async function openOptions() {
  const root = mount(<OptionsPage />);
  await settle();
  return root;
}

function checkbox(root: HTMLElement, label: string): HTMLInputElement {
  return byText(root, 'label', label).querySelector('input')!;
}

async function type(input: HTMLInputElement, text: string) {
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit(root: HTMLElement) {
  act(() => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

describe('options page', () => {
  it('shows the stored settings', async () => {
    await saveSettings({ highlightStatistics: false, colourBy: 'speaker', autoAnalyse: false });
    const root = await openOptions();
    expect(checkbox(root, 'Quotes').checked).toBe(true);
    expect(checkbox(root, 'Statistics').checked).toBe(false);
    expect(byText(root, 'label', 'One colour per speaker').querySelector('input')!.checked).toBe(true);
    expect(byText(root, 'label', 'Only when I open Counterpoint').querySelector('input')!.checked).toBe(true);
  });

  it('saves each change to storage.sync at once', async () => {
    const root = await openOptions();
    click(checkbox(root, 'Statistics'));
    await settle();
    expect((await loadSettings()).highlightStatistics).toBe(false);
    click(byText(root, 'label', 'One colour per speaker').querySelector('input'));
    click(checkbox(root, 'High-contrast palette'));
    await settle();
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, highlightStatistics: false, colourBy: 'speaker', highContrast: true });
    expect(root.querySelector('[role="status"]')!.textContent).toContain('Saved');
  });

  it('follows a change made elsewhere (the popup, another device)', async () => {
    const root = await openOptions();
    await saveSettings({ hoverCards: false, skipSites: ['example.org'] });
    await settle();
    expect(checkbox(root, 'Show a card on hover').checked).toBe(false);
    expect(root.querySelector('.cp-site-list')!.textContent).toContain('example.org');
  });
});

describe('sites to skip', () => {
  it('adds a hostname, or the hostname of a pasted URL', async () => {
    const root = await openOptions();
    const input = byText(root, 'form', 'Add a site').querySelector('input')!;
    await type(input, 'https://www.example.com/politics/1');
    await submit(root);
    await type(input, 'Other.org');
    await submit(root);
    expect((await loadSettings()).skipSites).toEqual(['example.com', 'other.org']);
    expect([...root.querySelectorAll('.cp-site')].map((s) => s.textContent)).toEqual(['example.com', 'other.org']);
    expect(input.value).toBe('');
  });

  it('refuses what is not a hostname, with a message tied to the field', async () => {
    const root = await openOptions();
    const input = byText(root, 'form', 'Add a site').querySelector('input')!;
    await type(input, 'not a site');
    await submit(root);
    const error = root.querySelector('[role="alert"]')!;
    expect(error.textContent).toContain('is not a site name');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(error.id);
    expect((await loadSettings()).skipSites).toEqual([]);
  });

  it('removes a site', async () => {
    await saveSettings({ skipSites: ['example.com', 'other.org'] });
    const root = await openOptions();
    click(root.querySelector('[aria-label="Stop skipping example.com"]'));
    await settle();
    expect((await loadSettings()).skipSites).toEqual(['other.org']);
  });
});

describe('high-contrast palette', () => {
  it('switches the extension pages live', async () => {
    const { followThemeSettings } = await import('../../../components/shared/apply-theme');
    const stop = await followThemeSettings();
    expect(document.documentElement.classList.contains('cp-high-contrast')).toBe(false);
    await saveSettings({ highContrast: true });
    await settle();
    expect(document.documentElement.classList.contains('cp-high-contrast')).toBe(true);
    stop();
  });
});
