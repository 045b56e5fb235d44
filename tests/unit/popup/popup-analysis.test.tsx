import { describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/popup/PopupApp';
import { fakeAnalysis } from './fake-analysis';
import { fakeClient } from './fake-client';
import { byText, click, key, mount, settle } from './render';
import type { Analysis } from '../../../analysis/types';

async function openPopup(analysis: Analysis = fakeAnalysis()) {
  const client = fakeClient([{ state: 'analysed', analysis }]);
  const root = mount(<PopupApp client={client} locale="en-GB" />);
  await settle();
  return { root, client };
}

function selectTab(root: HTMLElement, name: string) {
  click(byText(root, '[role="tab"]', name));
}

describe('popup header', () => {
  it('names the article, its outlet and date, counts what was found and says it can be wrong', async () => {
    const { root } = await openPopup();
    const header = root.querySelector('header')!;
    expect(header.querySelector('h1')!.textContent).toBe('Council and tenants clash over rent plan');
    expect(header.textContent).toContain('The Example Gazette');
    expect(header.textContent).toContain('14 March 2024');
    const counts = [...header.querySelectorAll('.cp-counts li')].map((li) => li.textContent);
    // Six entries, but the one running over two paragraphs is one quotation to the reader.
    expect(counts).toEqual(['5 quotes', '3 speakers', '2 statistics', '5 events']);
    expect(header.textContent).toMatch(/found automatically.*can be wrong/i);
  });

  it('counts quotations the way the speaker cards do, so the cards add up to the header', async () => {
    const { root } = await openPopup();
    const headerCount = parseInt(root.querySelector('.cp-counts li')!.textContent!, 10);
    const cardCounts = [...root.querySelectorAll('.cp-quote-count')].map((c) => parseInt(c.textContent!, 10));
    expect(cardCounts.reduce((a, b) => a + b, 0)).toBe(headerCount);
  });
});

describe('ARIA tabs', () => {
  it('exposes a tablist whose selected tab controls the visible panel', async () => {
    const { root } = await openPopup();
    const tabs = [...root.querySelectorAll('[role="tab"]')];
    expect(tabs.map((t) => t.textContent?.replace(/\s*\d+$/, ''))).toEqual(['Speakers', 'The other side', 'Timeline', 'Statistics']);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false', 'false']);
    const panel = root.querySelector('[role="tabpanel"]')!;
    expect(panel.id).toBe(tabs[0].getAttribute('aria-controls'));
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[0].id);
  });

  it('moves between tabs with the arrow keys, Home and End, keeping one tab stop', async () => {
    const { root } = await openPopup();
    const tab = (i: number) => root.querySelectorAll<HTMLElement>('[role="tab"]')[i];
    key(tab(0), 'ArrowRight');
    expect(tab(1).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab(1));
    key(tab(1), 'End');
    expect(tab(3).getAttribute('aria-selected')).toBe('true');
    key(tab(3), 'ArrowRight');
    expect(tab(0).getAttribute('aria-selected')).toBe('true');
    key(tab(0), 'ArrowLeft');
    expect(tab(3).getAttribute('aria-selected')).toBe('true');
    expect([...root.querySelectorAll('[role="tab"]')].map((t) => t.getAttribute('tabindex'))).toEqual(['-1', '-1', '-1', '0']);
    expect(root.querySelector('[role="tabpanel"]')!.textContent).toContain('households affected');
  });
});

describe('Speakers', () => {
  it('does not repeat an organisation the role already names', async () => {
    const analysis = fakeAnalysis();
    analysis.speakers[1] = { ...analysis.speakers[1], role: 'chair of the Lakeside Tenants Union' };
    const { root } = await openPopup(analysis);
    const card = byText(root, '.cp-card', 'Ivo Brandt');
    expect(card.querySelector('.cp-speaker-description')!.textContent).toBe('chair of the Lakeside Tenants Union');
    expect(card.querySelector('.cp-speaker-org')).toBeNull();
    // A role that only holds part of the name keeps the organisation: "Lakeside" is not "Lakeside Tenants Union".
    analysis.speakers[1] = { ...analysis.speakers[1], role: 'chair at Lakeside' };
    const again = await openPopup(analysis);
    expect(byText(again.root, '.cp-card', 'Ivo Brandt').querySelector('.cp-speaker-description')!.textContent).toBe('chair at Lakeside, Lakeside Tenants Union');
  });

  it('gives each speaker a card with role, organisation, side and reason, and quote count', async () => {
    const { root } = await openPopup();
    const card = byText(root, '.cp-card', 'Mara Quill');
    expect(card.querySelector('.cp-speaker-role')!.textContent).toBe('housing chief');
    expect(card.querySelector('.cp-speaker-org')!.textContent).toBe('Lakeside Council');
    expect(card.textContent).toContain('Side: Lakeside Council');
    expect(card.textContent).toContain('housing chief of Lakeside Council → Lakeside Council');
    // q3 and its continuation q4 are one quotation.
    expect(card.querySelector('.cp-quote-count')!.textContent).toBe('2 quotes');
    expect(card.classList.contains('cp-side-0')).toBe(true);
    expect(byText(root, '.cp-card', 'Ivo Brandt').classList.contains('cp-side-1')).toBe(true);
    expect(byText(root, '.cp-card', 'Dee Okafor').textContent).toContain('Takes neither side');
  });

  it('lists the most quoted speaker first', async () => {
    const { root } = await openPopup();
    const names = [...root.querySelectorAll('.cp-speaker-name')].map((n) => n.textContent);
    expect(names[0]).toBe('Mara Quill');
  });

  it('opens to the quotes, and a click on one asks the page to reveal it', async () => {
    const { root, client } = await openPopup();
    const card = byText(root, '.cp-card', 'Mara Quill');
    const toggle = card.querySelector('.cp-card-head')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(card.querySelectorAll('.cp-quote')).toHaveLength(0);
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const quotes = [...card.querySelectorAll('.cp-quote-text')].map((q) => q.textContent);
    expect(quotes).toEqual(['“The plan keeps rents fair for everyone.”', '“We have consulted for a year … and we listened.”']);
    click(byText(card, '.cp-quote', 'consulted'));
    expect(client.reveal).toHaveBeenCalledWith('q3');
  });

  it('shows reported speech without quote marks', async () => {
    const { root } = await openPopup();
    const card = byText(root, '.cp-card', 'Dee Okafor');
    click(card.querySelector('.cp-card-head'));
    expect(card.querySelector('.cp-quote')!.textContent).toContain('rents would rise modestly (reported)');
    expect(card.querySelector('.cp-quote-text')!.textContent).not.toContain('“');
  });

  it('shows hostile page text literally, never as markup', async () => {
    const { root } = await openPopup();
    const card = byText(root, '.cp-card', 'Unattributed');
    click(card.querySelector('.cp-card-head'));
    expect(card.querySelector('.cp-quote-text')!.textContent).toBe('“<img src=x onerror=alert(1)>”');
    expect(root.querySelector('img')).toBeNull();
  });

  it('shows a hostile speaker name and headline literally', async () => {
    const analysis = fakeAnalysis();
    analysis.article.headline = '<b>bold</b><script>alert(1)</script>';
    analysis.speakers[0].name = '<img src=x onerror=alert(2)>';
    const { root } = await openPopup(analysis);
    expect(root.querySelector('h1')!.textContent).toBe('<b>bold</b><script>alert(1)</script>');
    expect(root.textContent).toContain('<img src=x onerror=alert(2)>');
    expect(root.querySelector('img, script, b')).toBeNull();
  });
});

describe('The other side', () => {
  it('sets the two parties side by side with each claim and its response, or says there is none', async () => {
    const { root, client } = await openPopup();
    selectTab(root, 'The other side');
    const columns = [...root.querySelectorAll('.cp-side')];
    expect(columns.map((c) => c.querySelector('h2')!.textContent)).toEqual(['Lakeside Council', 'Lakeside Tenants Union']);
    const council = columns[0];
    const answered = byText(council, '.cp-claim', 'fair for everyone');
    expect(answered.querySelector('.cp-responses')!.textContent).toContain('Ivo Brandt: “It will price families out of the city.”');
    const unanswered = byText(council, '.cp-claim', 'consulted');
    expect(unanswered.textContent).toContain('No response from Lakeside Tenants Union in this article.');
    expect(byText(columns[1], '.cp-claim', 'price families').textContent).toContain('No response from Lakeside Council in this article.');
    click(answered.querySelector('.cp-responses .cp-quote'));
    expect(client.reveal).toHaveBeenCalledWith('q2');
  });

  it('says so when the article has fewer than two sides', async () => {
    const { root } = await openPopup(fakeAnalysis({ sides: [{ id: 'A', name: 'Lakeside Council', speakerIds: ['s1'] }], responses: [] }));
    selectTab(root, 'The other side');
    expect(root.querySelector('[role="tabpanel"]')!.textContent).toBe('Only one side was found in this article: Lakeside Council.');
  });
});

describe('Timeline', () => {
  it('lists events in date order under headings at the precision the text gives', async () => {
    const { root } = await openPopup();
    selectTab(root, 'Timeline');
    const headings = [...root.querySelectorAll('.cp-timeline-date')].map((h) => h.textContent);
    expect(headings).toEqual(['2019', 'November 2023', '1 April 2024', 'Not placed in time']);
    const sameDay = root.querySelectorAll('.cp-timeline-group')[2];
    const events = [...sameDay.querySelectorAll('.cp-event-text')].map((e) => e.textContent);
    expect(events).toEqual(['New rents take effect', 'Tenants march to the town hall']);
    expect(sameDay.textContent).toContain('18:00');
  });

  it('asks the page to reveal the sentence of a clicked event', async () => {
    const { root, client } = await openPopup();
    selectTab(root, 'Timeline');
    click(byText(root, '.cp-event', 'Last rent review'));
    expect(client.reveal).toHaveBeenCalledWith('t2');
  });
});

describe('Statistics', () => {
  it('shows value, what it measures, source and comparison, and reveals on click', async () => {
    const { root, client } = await openPopup();
    selectTab(root, 'Statistics');
    const rent = byText(root, '.cp-statistic', '12%');
    expect(rent.querySelector('.cp-statistic-measures')!.textContent).toBe('rise in average rent');
    expect(rent.querySelector('.cp-statistic-source')!.textContent).toBe('Source: council figures');
    expect(rent.querySelector('.cp-statistic-comparison')!.textContent).toBe('Compared with: 4% last year');
    expect(byText(root, '.cp-statistic', 'households').querySelector('.cp-statistic-value')!.textContent).toBe('about 3,000 households');
    click(rent);
    expect(client.reveal).toHaveBeenCalledWith('n1');
  });

  it('says so when there are none', async () => {
    const { root } = await openPopup(fakeAnalysis({ statistics: [] }));
    selectTab(root, 'Statistics');
    expect(root.querySelector('[role="tabpanel"]')!.textContent).toBe('The article gives no statistics.');
  });
});
