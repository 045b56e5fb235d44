import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../analysis/document';

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
