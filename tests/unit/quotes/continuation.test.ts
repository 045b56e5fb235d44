import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers';

const links = (...paragraphs: string[]) => quotesOf(...paragraphs).map((q) => [q.paragraph, q.continuationOf, q.continuationReason ?? null]);

describe('continuation', () => {
  it('links each paragraph of a quotation that runs over paragraphs to the one before', () => {
    const quotes = quotesOf('The mayor said: "We start today.', '"We finish next year.', '"And we stay on budget."', 'Critics were unconvinced.');
    expect(quotes.map((q) => q.text)).toEqual(['We start today.', 'We finish next year.', 'And we stay on budget.']);
    expect(quotes.map((q) => q.continuationOf)).toEqual([null, 0, 1]);
    expect(quotes.map((q) => q.closed)).toEqual([false, false, true]);
  });

  it('links the segments of a quotation split by an attribution', () => {
    expect(links('"The rules," he said, "are clear."')).toEqual([[0, null, null], [0, 0, 'attribution']]);
    expect(links('"We are ready," the coach said. "The players are fit."')).toEqual([[0, null, null], [0, 0, 'attribution']]);
    expect(quotesOf('"The rules," he said, "are clear."')[1].kind).toBe('direct');
  });

  it('links the segments across an attribution that ends on a quoted title', () => {
    const quotes = quotesOf('"We tried hard," the founder wrote in "Lean Years." "It was not enough."');
    expect(quotes.map((q) => q.text)).toEqual(['We tried hard,', 'It was not enough.']);
    expect(quotes[1].continuationOf).toBe(0);
  });

  it('links a bare quotation paragraph to the attributed quotation just before it', () => {
    expect(links('"We lost the field," the farmer said.', '"Now the well is dry too."')).toEqual([[0, null, null], [1, 0, 'follow-on']]);
  });

  it('does not link quotations with narrative between them', () => {
    expect(links('"We lost," she said.', 'The council met on Friday.', '"Now we appeal."')).toEqual([[0, null, null], [2, null, null]]);
    expect(links('He called it "a grave mistake" and "a betrayal of every voter".')).toEqual([[0, null, null], [0, null, null]]);
  });

  it('does not link the quotations of two speakers in one paragraph', () => {
    expect(links("'Yes,' she said. 'No,' he replied.")).toEqual([[0, null, null], [0, null, null]]);
    expect(links('"It works," she said, while critics called it "a costly gimmick that nobody asked for."')).toEqual([[0, null, null], [0, null, null]]);
  });

  it('does not link a partial quotation to the new quotation after it', () => {
    expect(links('She said he should "step aside now", adding: "We need fresh leadership."')).toEqual([[0, null, null], [0, null, null]]);
  });

  it('does not run a mid-sentence fragment on into the next paragraph', () => {
    const quotes = quotesOf('He said "we will win and then', '"This is new," she said.');
    expect(quotes.map((q) => [q.paragraph, q.text, q.continuationOf])).toEqual([[1, 'This is new,', null]]);
  });
});

describe('a quotation printed as a bulleted list', () => {
  it('runs on through items that open with a bullet before the mark', () => {
    const quotes = quotesOf('The memo sets out three messages:', '• "Rents have doubled in ten years.', '• "Wages have not kept up."', 'Landlords disagree.');
    expect(quotes.map((q) => q.text)).toEqual(['Rents have doubled in ten years.', 'Wages have not kept up.']);
    expect(quotes.map((q) => q.continuationOf)).toEqual([null, 0]);
  });

  it('runs on through items printed with no mark of their own, up to the item that closes it', () => {
    const quotes = quotesOf(
      'The memo sets out the messages:',
      '• "Rents have doubled in ten years.',
      '• Wages have not kept up with them at all.',
      '• The council must act before the winter."',
      'Landlords disagree.',
    );
    expect(quotes.map((q) => q.text)).toEqual(['Rents have doubled in ten years.', 'Wages have not kept up with them at all.', 'The council must act before the winter.']);
    expect(quotes.map((q) => q.continuationOf)).toEqual([null, 0, 1]);
    expect(quotes.every((q) => q.kind === 'direct')).toBe(true);
  });

  it('takes no unmarked item into a quotation that the list never closes', () => {
    const quotes = quotesOf('The memo says:', '• "Rents have doubled in ten years.', '• Wages have not kept up with them at all.', '• The council must act before the winter.');
    expect(quotes.map((q) => q.text)).toEqual(['Rents have doubled in ten years.']);
  });
});
