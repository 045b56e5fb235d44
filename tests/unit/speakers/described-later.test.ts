// A plain occupation with "the" that refers back to the one person just named: "Jane Doe ... The shop owner said".
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a description that refers back to the person just named', () => {
  it('gives that person the role', () => {
    const a = attribute(['Ada Kline grew up above a bakery in the old town. The pastry chef said: “I never wanted another job.”']);
    expect(a.who('I never wanted')).toBe('Ada Kline');
    expect(a.speaker('Ada Kline')?.role).toBe('pastry chef');
  });
  it('does not choose when two people without a role were named', () => {
    const a = attribute(['Ada Kline and Rui Soto grew up above a bakery. The pastry chef said: “I never wanted another job.”']);
    expect(a.who('I never wanted')).not.toBe('Ada Kline');
    expect(a.who('I never wanted')).not.toBe('Rui Soto');
    expect(a.speaker('Ada Kline')?.role ?? null).toBeNull();
  });
  it('takes the name set beside the description instead', () => {
    const a = attribute(['Ada Kline grew up above a bakery. The head baker, Rui Soto, said: “She was always there.”']);
    expect(a.who('She was always')).toBe('Rui Soto');
    expect(a.speaker('Ada Kline')?.role ?? null).toBeNull();
  });
  it('leaves a role that says whose it is to someone else', () => {
    const a = attribute(['Ada Kline was fined on Monday. The lawyer for the council said: “The rules are clear.”']);
    expect(a.who('The rules are clear')).not.toBe('Ada Kline');
  });
});
