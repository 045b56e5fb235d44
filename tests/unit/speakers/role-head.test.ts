import { describe, expect, it } from 'vitest';
import { roleHead } from '../../../analysis/speakers/role-head';

describe('roleHead: what the person is, without where or whose', () => {
  it('takes the last word of a plain role', () => {
    expect(roleHead('Deputy Health Secretary')).toBe('secretary');
  });
  it('stops before the phrase that says where or whose', () => {
    expect(roleHead('head of the river authority')).toBe('head');
    expect(roleHead('a lake expert at the institute')).toBe('expert');
    expect(roleHead('nurse with the county clinic')).toBe('nurse');
  });
  it('spells out an abbreviated title', () => {
    expect(roleHead('Republican Gov.')).toBe('governor');
  });
});
