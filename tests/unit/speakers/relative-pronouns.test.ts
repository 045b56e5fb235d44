import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('"which" after a name ("Orla Widgets, which maintains ...")', () => {
  it('never makes that name a person a later "he" or "she" can stand for', () => {
    const a = attribute([
      '“Buyers trust us,” said Tom Hale, vice president of sales for Dan Widgets, which maintains about 9,000 miles of cable.',
      '“Nobody else does it the same way,” he added.',
    ]);
    expect(a.who('Nobody else')).toBe('Tom Hale');
    expect(a.speaker('Dan Widgets')).toBeUndefined();
  });

  it('stands for the body a described person works at, not for that person', () => {
    const a = attribute([
      '“Prices will fall,” said Lena Hart, an analyst at Brook Capital, which says it expects cuts.',
      '“Watch the data,” she added.',
    ]);
    expect(a.who('Watch the data')).toBe('Lena Hart');
    expect(a.speakers.map((s) => s.name)).toEqual(['Lena Hart']);
  });
});

describe('"who" after a named person\'s apposition ("Jane Doe, a Texas Democrat who warned ...")', () => {
  it('is the named person, and the description gives no speaker of its own', () => {
    const a = attribute([
      'Rep. Carl Dunn, a Texas Democrat who warned of the cost in the past, nevertheless voted for the bill.',
      '“I think it is a risk worth taking for the families of my district,” he said.',
      'Judge Alan Frost, a veteran jurist who warned against delays, set a trial date.',
      '“Justice delayed is justice denied,” he said.',
    ]);
    expect(a.who('I think it is a risk')).toBe('Carl Dunn');
    expect(a.who('Justice delayed')).toBe('Alan Frost');
    expect(a.speakers.map((s) => s.name).sort()).toEqual(['Alan Frost', 'Carl Dunn']);
  });

  it('gives the person the described role when they had none', () => {
    const a = attribute([
      'Police spoke to Ben Ortiz, a witness who described the car.',
      '“It was red and it was going very fast,” he said.',
    ]);
    expect(a.who('It was red')).toBe('Ben Ortiz');
    expect(a.speaker('Ben Ortiz')?.role).toBe('witness');
  });
});

describe('"which" after a body and where it is', () => {
  it('stands for the body ("the Dialogue Group in Ruritania, which says …"), not the place', () => {
    const a = attribute([
      'Jane Doe is the head of the Palestinian Dialogue Group in Ruritania, which says on its site that it aims to “protect the historical rights of the people.”',
    ]);
    expect(a.who('protect the historical rights')).toBe('Palestinian Dialogue Group');
  });
});
