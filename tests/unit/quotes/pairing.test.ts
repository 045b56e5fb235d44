import { describe, expect, it } from 'vitest';
import { scanMarks } from '../../../analysis/quotes/marks';
import { pairMarks, type PairedQuote } from '../../../analysis/quotes/pairing';

/** Outermost quotations of one paragraph, as printed between their marks. */
function paired(text: string, unclosed: 'run-to-end' | 'drop' = 'drop'): string[] {
  const quotes: PairedQuote[] = pairMarks(scanMarks(text), () => unclosed);
  return quotes.map((q) => text.slice(q.openAt + 1, q.closeAt ?? text.length));
}

describe('pairMarks', () => {
  it('pairs each quotation of a paragraph', () => {
    expect(paired('He said "yes" and she said "no".')).toEqual(['yes', 'no']);
  });

  it('keeps a nested quotation inside its outer one, in both British and American order', () => {
    expect(paired('‘I told him “never” again,’ she said.')).toEqual(['I told him “never” again,']);
    expect(paired('“I told him ‘never’ again,” she said.')).toEqual(['I told him ‘never’ again,']);
  });

  it('ends a single-quoted quotation on a plural possessive only when no closer follows', () => {
    expect(paired('‘We back the nurses’ she said.')).toEqual(['We back the nurses']);
    expect(paired('‘The nurses’ pay must rise,’ she said.')).toEqual(['The nurses’ pay must rise,']);
  });

  it('opens a quotation on a word-initial right single mark only when a closer follows', () => {
    expect(paired('’Mamello, 70, said the well was dry.')).toEqual([]);
    expect(paired('’Mamello said: ‘The well is dry.’')).toEqual(['The well is dry.']);
    expect(paired('’We lost the field,’ she said.')).toEqual(['We lost the field,']);
  });

  it('drops a quotation a new opener shows was never closed', () => {
    expect(paired('He said “we will win. Then “we go home.”')).toEqual(['we go home.']);
  });

  it('ignores a stray closer and an inch mark', () => {
    expect(paired('A 5" screen. He said "fine".')).toEqual(['fine']);
  });

  it('runs an unclosed quotation to the paragraph end only when told to', () => {
    expect(paired('She said: "We will be back.')).toEqual([]);
    expect(paired('She said: "We will be back.', 'run-to-end')).toEqual(['We will be back.']);
  });

  it('brings out the quotations inside a dropped opener', () => {
    expect(paired('He wrote ‘that the “rules” are clear')).toEqual(['rules']);
  });
});
