import { describe, expect, it } from 'vitest';
import { analyzeArticle, type ArticleMeta } from '../../analysis';
import { buildDocument, splitSentences } from '../../analysis/document';

describe('splitSentences', () => {
  it('splits on full stops before a capital and keeps offsets', () => {
    const text = 'The council met on Friday. Ms. Okafor said the plan was late. It was.';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['The council met on Friday.', 'Ms. Okafor said the plan was late.', 'It was.']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
  it('keeps a closing quote with its sentence', () => {
    const s = splitSentences('"We will not move." The union agreed.');
    expect(s.map((x) => x.text)).toEqual(['"We will not move."', 'The union agreed.']);
  });
  it('does not split after initials or U.S.', () => {
    expect(splitSentences('J. R. Hartley met U.S. officials in Leeds.').length).toBe(1);
  });
});

const META: ArticleMeta = { headline: null, published: null, outlet: null, authors: [], url: null, language: 'en' };

describe('the document model', () => {
  it('collapses every kind of white space to one space, and leaves a clean paragraph as printed', () => {
    const doc = buildDocument(['  The\tcouncil\u00a0met \n on  Friday. ', 'It was late.'], META);
    expect(doc.paragraphs).toEqual(['The council met on Friday.', 'It was late.']);
    expect(doc.sentences[0].map((s) => s.text)).toEqual(['The council met on Friday.']);
  });
  it('counts the words the reader sees, however the page spaced them', () => {
    const analysis = analyzeArticle(['Two\u2003words', ' three  short\twords ', ''], META);
    expect(analysis.article.wordCount).toBe(5);
  });
});
