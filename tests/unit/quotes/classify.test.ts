import { describe, expect, it } from 'vitest';
import { countWords, isScareQuote, quoteKind, type QuotePlace } from '../../../analysis/quotes/classify';

/** The place of the first "…" quotation in `text` (straight double marks, for readability). */
function place(text: string): QuotePlace {
  const openAt = text.indexOf('"');
  const closeAt = text.indexOf('"', openAt + 1);
  return { paragraphText: text, openAt, closeAt, text: text.slice(openAt + 1, closeAt), sentenceStart: 0 };
}

describe('quoteKind', () => {
  it('calls a quoted sentence direct', () => {
    expect(quoteKind(place('"We will not move," she said.'))).toBe('direct');
    expect(quoteKind(place('The mayor said: "the budget is fixed."'))).toBe('direct');
    expect(quoteKind(place('She told reporters "There is no plan B." and left.'))).toBe('direct');
  });

  it('calls words quoted inside a reported sentence partial', () => {
    expect(quoteKind(place('He said the scheme was "dead in the water" after the vote.'))).toBe('partial');
    expect(quoteKind(place('She accused them of trying to "bully" the council.'))).toBe('partial');
  });
});

describe('isScareQuote', () => {
  it('drops short quoted terms nobody is credited with', () => {
    expect(isScareQuote(place('The "reform" passed on Tuesday.'), false)).toBe(true);
  });

  it('keeps short quoted words the sentence credits to someone', () => {
    expect(isScareQuote(place('She accused them of trying to "bully" the council.'), true)).toBe(false);
    expect(isScareQuote(place('He said he would not be "pushed around".'), true)).toBe(false);
  });

  it('drops a term after "so-called" and a quoted modifier even beside a speech verb', () => {
    expect(isScareQuote(place('He said the so-called "reform" had failed.'), true)).toBe(true);
    expect(isScareQuote(place('She said they promised a "seven-day" service.'), true)).toBe(true);
    expect(isScareQuote(place('It lets the president campaign on his "tough on crime" stance, aides said.'), true)).toBe(true);
    expect(isScareQuote(place('She called it a "disgrace to the nation" and left.'), true)).toBe(false);
  });

  it('drops the name of a publication after "for"', () => {
    expect(isScareQuote(place('Das wrote for "Free Mind Today", a website, until 2015.'), true)).toBe(true);
  });

  it('keeps longer quotations whoever says them', () => {
    expect(isScareQuote(place('Members must declare "any gift that could sway their vote".'), false)).toBe(false);
  });

  it('drops a quoted title nobody says', () => {
    expect(isScareQuote(place('The band played "Walking On Sunshine Again Tonight" twice.'), false)).toBe(true);
  });

  it('keeps a short quotation introduced by a colon', () => {
    expect(isScareQuote(place('Her answer: "Never."'), false)).toBe(false);
  });
});

describe('isScareQuote on a quoted sentence', () => {
  it('keeps a short sentence quoted on its own, but not a quoted label opening a heading', () => {
    expect(isScareQuote(place('"Now we appeal."'), false)).toBe(false);
    expect(isScareQuote(place('"Payouts" for officials'), false)).toBe(true);
  });
});

describe('countWords', () => {
  it('counts words joined by an apostrophe or a hyphen once, and no dash or mark as a word', () => {
    expect(countWords('don’t stop the seven-day service')).toBe(5);
    expect(countWords('“Yes” – and no')).toBe(3);
    expect(countWords('a--b')).toBe(2);
  });
  it('stops counting past the limit a caller compares with', () => {
    expect(countWords('one two three four five six seven', 4)).toBe(5);
    expect(countWords('one two three', 4)).toBe(3);
  });
  it('counts letters outside the BMP and accented letters as letters', () => {
    expect(countWords('𝐁𝐢𝐠 plans ahead')).toBe(3);
    expect(countWords('naïve, really')).toBe(2);
  });
});
