// A name an editor puts in brackets for a pronoun of the quoted words ("[Doe] said") speaks like the name itself.
// Sentences of our own.
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a bracketed name inserted by the editor', () => {
  it('speaks as the name it stands for', () => {
    const a = attribute(['The defence lawyer, Ana Cruz, spoke last.', '“There is more to this case than anger,” [Cruz] said.']);
    expect(a.who('There is more')).toBe('Ana Cruz');
    const b = attribute(['“It is over,” he [Ray Dunn] said, according to the transcript.']);
    expect(b.who('It is over')).toBe('Ray Dunn');
  });
});
