// The attribution pass skips work it can prove useless (a paragraph that cannot spell a surname is not read for
// full names). Each shortcut must find exactly what the long way finds, on odd spellings and every page the tests
// can read.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFullNames, fullNameFinder } from '../../../analysis/speakers/full-names';
import { OWN_PAGES, readPage, SAMPLES, SHARED_FIXTURES, sharedFixturePages } from '../page/support/pages';

/** Every page the tests can read, as paragraphs. */
function pageTexts(): string[][] {
  const own = [OWN_PAGES, SAMPLES].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => join(dir, f)));
  const shared = (sharedFixturePages() ?? []).map((f) => join(SHARED_FIXTURES, f));
  return [...own, ...shared].map((path) => readPage(path).paragraphs);
}

/** Invented names in the spellings that test the paragraph screen: case, the Kelvin sign, marks, non-ASCII letters. */
const ODD_SPELLINGS = [
  'Jonas Pirrie and Teodor Vasquez completed the doubles win. Later Ana Vasquez joined them.',
  'Mira \u212Aolbe spoke first.',
  'Lena Kolbe spoke later. KOLBE is not a name word.',
  'Dara O’Neill and Sean O’Neill met Žofia Dvořák and Petra Dvořák at the Oyster Bay Authority.',
  'Tomas Brandvold-Lee arrived. The Minister of Health Ruth Okafor spoke to Okafor’s team.',
  'Secretary of State Jane Doe met John Roe and Mr Jim Roe.',
];

describe('full names looked up one surname at a time', () => {
  it('find what the whole table finds, for every surname it holds and for names it does not', () => {
    for (const paragraphs of [...pageTexts(), ODD_SPELLINGS]) {
      const table = findFullNames(paragraphs);
      // Each surname asked on its own (a fresh finder each time) and all in a row (past the one-at-a-time limit).
      const asked = [...table.keys(), 'vasquez', 'kolbe', 'o’neill', "o'neill", 'dvořák', 'roe', 'doe', 'nobody', 'k'];
      const inRow = fullNameFinder(paragraphs);
      for (const last of asked) {
        expect(fullNameFinder(paragraphs)(last), last).toEqual(table.get(last));
        expect(inRow(last), last).toEqual(table.get(last));
      }
    }
  });
});
