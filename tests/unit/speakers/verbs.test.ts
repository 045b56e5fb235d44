import { describe, expect, it } from 'vitest';
import { inflect, speechVerb } from '../../../analysis/speakers/verbs';

describe('speech verbs', () => {
  it('inflects regular, -y, -e and doubled verbs', () => {
    expect(inflect('warn')).toEqual(['warned', 'warns', 'warning']);
    expect(inflect('deny')).toEqual(['denied', 'denies', 'denying']);
    expect(inflect('argue')).toEqual(['argued', 'argues', 'arguing']);
    expect(inflect('admit')).toEqual(['admitted', 'admits', 'admitting']);
    expect(inflect('stress')).toEqual(['stressed', 'stresses', 'stressing']);
  });
  it('knows irregular forms and two-word verbs', () => {
    expect(speechVerb('told')?.base).toBe('tell');
    expect(speechVerb('Said')?.base).toBe('say');
    expect(speechVerb('wrote')?.base).toBe('write');
    expect(speechVerb('went', 'on')?.base).toBe('go on');
    expect(speechVerb('went', 'home')).toBeNull();
  });
  it('marks participles, bare forms and thinking verbs', () => {
    expect(speechVerb('adding')?.participle).toBe(true);
    expect(speechVerb('tweeted')?.participle).toBe(false);
    expect(speechVerb('argue')?.bare).toBe(true);
    expect(speechVerb('thought')?.thought).toBe(true);
    expect(speechVerb('insisted')?.reporting).toBe(true);
    expect(speechVerb('table')).toBeNull();
  });
});
