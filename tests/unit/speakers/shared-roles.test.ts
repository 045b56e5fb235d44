// Roles given to several people at once ("Both analysts on ESPN, A and B"), and to a person an official names
// ("identified the surfer as Jane Doe"). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a plural role set before two names', () => {
  it('gives each person the role in the singular, and where it is held', () => {
    const a = attribute([
      'Both cricket commentators on Channel Nine, Ann Vale and Tom Reed, are paid to argue.',
      '“We disagree a lot,” Vale said. “She is wrong,” Reed said.',
    ]);
    expect(a.speaker('Ann Vale')).toMatchObject({ role: 'cricket commentator', org: 'Channel Nine' });
    expect(a.speaker('Tom Reed')).toMatchObject({ role: 'cricket commentator', org: 'Channel Nine' });
  });

  it('leaves names after a plural phrase inside a clause alone ("met lawyers, Ann Vale and Tom Reed")', () => {
    const a = attribute(['The mayor met angry lawyers, Ann Vale and Tom Reed, on Monday. “It went well,” Vale said.']);
    expect(a.speaker('Ann Vale')?.role ?? null).toBeNull();
  });
});

describe('a person an official identifies', () => {
  it('takes the noun as role ("identified the surfer as 50-year-old Jane Doe"), not a bare "the man"', () => {
    const a = attribute([
      'The paper identified the surfer as 50-year-old Jane Doe of Bayport. “It hurt,” Doe said.',
      'Police identified the man as John Roe. “I ran,” Roe said.',
    ]);
    expect(a.speaker('Jane Doe')?.role).toBe('surfer');
    expect(a.speaker('John Roe')?.role ?? null).toBeNull();
  });
});
