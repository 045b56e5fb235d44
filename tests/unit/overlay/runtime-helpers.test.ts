import { describe, expect, it } from 'vitest';
import { nonEnglishLanguage } from '../../../content/language';
import { badgeTextOf } from '../../../entrypoints/background/badge';
import { unsupportedReason } from '../../../entrypoints/background/inject';
import type { Analysis } from '../../../analysis/types';

describe('which pages are analysed', () => {
  const english = ['The council said on Monday that it was ready to talk, and the union said it would wait for the offer in writing before it made up its mind.'.repeat(3)];
  const german = ['Der Stadtrat teilte am Montag mit, man sei zu Gesprächen bereit; die Gewerkschaft will zunächst ein schriftliches Angebot abwarten, bevor sie entscheidet.'.repeat(3)];

  it('goes by the declared language first', () => {
    expect(nonEnglishLanguage('en-GB', german)).toBeNull();
    expect(nonEnglishLanguage('EN', english)).toBeNull();
    expect(nonEnglishLanguage('de', english)).toBe('de');
    expect(nonEnglishLanguage('fr-CA', english)).toBe('fr-ca');
  });

  it('looks at the words when nothing is declared', () => {
    expect(nonEnglishLanguage(null, english)).toBeNull();
    expect(nonEnglishLanguage(null, german)).toBe('unknown');
    expect(nonEnglishLanguage(null, ['Too short to tell.'])).toBeNull();
  });
});

describe('background helpers', () => {
  const status = (kinds: Array<'direct' | 'partial' | 'indirect'>) => ({
    state: 'analysed' as const,
    analysis: {
      quotes: kinds.map((kind, i) => ({ id: `q${i}`, kind })),
    } as unknown as Analysis,
  });

  it('badges the number of quotes on article pages and nothing elsewhere', () => {
    expect(badgeTextOf(status(['direct', 'partial', 'indirect', 'direct']))).toBe('3');
    expect(badgeTextOf(status([]))).toBe('');
    expect(badgeTextOf({ state: 'not-article', reason: 'listing' })).toBe('');
    expect(badgeTextOf(null)).toBe('');
  });

  it('knows which tabs can never have a content script', () => {
    expect(unsupportedReason('chrome://extensions/')).toBe('browser-page');
    expect(unsupportedReason('about:addons')).toBe('browser-page');
    expect(unsupportedReason('https://chromewebstore.google.com/detail/x')).toBe('store-page');
    expect(unsupportedReason('https://addons.mozilla.org/en-GB/firefox/')).toBe('store-page');
    expect(unsupportedReason('https://news.example/story')).toBeNull();
    expect(unsupportedReason(undefined)).toBeNull();
  });
});
