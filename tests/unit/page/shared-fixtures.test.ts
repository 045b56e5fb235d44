// Detection and body extraction on every shared fixture, read at run time (never copied into the project).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGold, readPage, SHARED_FIXTURES, sharedFixturePages, words, type GoldItem } from './support/pages';
import { blockElement } from '../../../page/read-article';

const pages = sharedFixturePages();

describe.skipIf(!pages)('shared fixtures', () => {
  for (const file of pages ?? []) {
    const path = join(SHARED_FIXTURES, file);
    describe(file, () => {
      const gold = readGold(path);
      const reading = readPage(path);

      it('gets the verdict right', () => {
        expect(reading.isArticle).toBe(gold.isArticle ?? true);
      });

      if (gold.isArticle === false) return;

      it('reads the headline, outlet and publication date', () => {
        if (gold.headline) expect(reading.meta.headline).toBe(gold.headline);
        // The gold's outlet may add the agency ("… (Associated Press)"): the page's own name must be in it.
        if (gold.outlet) expect(gold.outlet).toContain(reading.meta.outlet);
        if (gold.published) expect(reading.meta.published?.startsWith(gold.published)).toBe(true);
      });

      const items: GoldItem[] = [...(gold.quotes ?? []), ...(gold.statistics ?? []), ...(gold.events ?? [])];

      it('loses no body paragraph: every annotated quote, statistic and dated phrase is in the body', () => {
        const body = new Set(words(reading.paragraphs.join(' ')));
        const lost = items.filter((item) => item.paragraph !== 'headline' && !words(item.text).every((w) => body.has(w)));
        expect(lost.map((item) => item.text)).toEqual([]);
      });

      it('numbers paragraphs as the gold does (block elements after the headline and byline)', () => {
        // Optional items are the annotator's asides (a "not a statistic" note); the required ones pin the numbering.
        const misplaced = items
          .filter((item) => typeof item.paragraph === 'number' && !item.optional)
          .filter((item) => {
            const paragraph = new Set(words(reading.paragraphs[item.paragraph as number] ?? ''));
            return !words(item.text).every((w) => paragraph.has(w));
          })
          .map((item) => `${item.paragraph}: ${item.text.slice(0, 40)}`);
        expect(misplaced).toEqual([]);
      });

      it('leaves the headline, byline and page chrome out of the body', () => {
        const body = reading.paragraphs.join('\n');
        if (gold.headline) expect(reading.paragraphs).not.toContain(gold.headline);
        expect(body).not.toMatch(/^By [A-Z][^.]*$/m);
        for (const block of reading.blocks) expect(blockElement(block).closest('nav, aside, footer, header, figure')).toBeNull();
      });
    });
  }
});
