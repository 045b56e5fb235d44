// Quotations inside a quotation: a witness quoting someone's words is a quote of its own; a word the speaker
// holds at arm's length inside their own quotation is not. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers';

/** The inner quotations found, as [text, text of the quotation they sit inside]. */
function innerOf(...paragraphs: string[]): [string, string][] {
  const quotes = quotesOf(...paragraphs);
  return quotes.filter((q) => q.insideOf != null).map((q) => [q.text, quotes[q.insideOf!].text]);
}

describe('quotations inside a quotation', () => {
  it('finds the words a witness quotes after a speech verb, a colon or the marker "quote"', () => {
    const paragraph = '“The mayor replied that ‘the bridge is safe,’ and then told us: ‘Go home.’ Later he asked, quote, ‘Who leaked it?’” the clerk said.';
    const outer = 'The mayor replied that ‘the bridge is safe,’ and then told us: ‘Go home.’ Later he asked, quote, ‘Who leaked it?’';
    expect(innerOf(paragraph)).toEqual([['the bridge is safe,', outer], ['Go home.', outer], ['Who leaked it?', outer]]);
  });

  it('keeps the outer quotation whole, inner marks included, with offsets into the paragraph', () => {
    const paragraph = '“She answered, ‘Not this year,’ and left,” he said.';
    const quotes = quotesOf(paragraph);
    expect(quotes.map((q) => q.text)).toEqual(['She answered, ‘Not this year,’ and left,', 'Not this year,']);
    for (const q of quotes) expect(paragraph.slice(q.start, q.end)).toBe(q.text);
  });

  it('takes no scare quote, named term or title inside a quotation for a quote', () => {
    expect(innerOf('“We do not ‘run’ the port and never did,” the minister said.')).toEqual([]);
    expect(innerOf('“He said the so-called ‘reform’ was dead,” she said.')).toEqual([]);
    expect(innerOf('“The word ‘sorry’ never came up,” she said.')).toEqual([]);
  });

  it('needs the cue in the inner quotation\'s own sentence, not an earlier one', () => {
    expect(innerOf('“He said little. The ‘plan’ was a mess,” she said.')).toEqual([]);
  });

  it('links a quotation that continues to the outer segment before it, not to the inner one', () => {
    const quotes = quotesOf('“Then she asked: ‘Why now?’” he said, “and nobody answered.”');
    const last = quotes[quotes.length - 1];
    expect(last.text).toBe('and nobody answered.');
    expect(quotes[last.continuationOf!].text).toBe('Then she asked: ‘Why now?’');
  });

  it('finds the words a report quotes with its "X said" after them, but no term the speaker merely names', () => {
    const report = '“‘We will appeal the ruling,’ the club’s lawyer, Ana Cruz, said after the hearing.”';
    expect(innerOf(report)).toEqual([['We will appeal the ruling,', report.slice(1, -1)]]);
    expect(innerOf('“The fans sang ‘Glory, glory,’ and the players joined in,” the coach said.')).toEqual([]);
    expect(innerOf('“It was a so-called ‘rescue’ experts said would fail,” the professor said.')).toEqual([]);
  });
});

describe('an inner quotation left unclosed inside a quoted passage', () => {
  it('ends at its sentence when the next inner quotation opens, so both are found', () => {
    const paragraph = '“The judge said: ‘It is over. We lost. ... ‘We will appeal,’ she said.”';
    expect(innerOf(paragraph).map(([inner]) => inner)).toEqual(['It is over. We lost. ...', 'We will appeal,']);
  });

  it('still drops an inner mark whose words end mid-sentence before the next opener', () => {
    const paragraph = '“The judge said: ‘It is over and ‘We will appeal,’ she said.”';
    expect(innerOf(paragraph).map(([inner]) => inner)).toEqual(['We will appeal,']);
  });

  it('leaves marks outside any quotation to the usual rule, apostrophes as apostrophes', () => {
    expect(quotesOf("He said 'wait. Then she said: 'Go home now.' The players' coach agreed.").map((q) => q.text))
      .toEqual(['Go home now.']);
    expect(innerOf("“The nurses' pay is low. It's wrong,” she said.")).toEqual([]);
  });

  it('never swallows the rest of the paragraph on a run of odd marks', () => {
    const quotes = quotesOf('“A ‘b. ‘c. ‘d. ‘e,” she said. Then the vote came. “Fine,” he said.');
    expect(quotes.filter((q) => q.insideOf == null).map((q) => q.text)).toEqual(['A ‘b. ‘c. ‘d. ‘e,', 'Fine,']);
  });
});
