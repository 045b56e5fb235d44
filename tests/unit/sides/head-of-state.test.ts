// "President" heads a state only alone, with a country ("Ruritanian President") or a state body; a company's or a
// university's president ("Cropco President Jane Doe") is no member of the government in a dispute with it.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../analysis';
import { governmentPost } from '../../../analysis/sides/government-role';

describe('a president as a government post', () => {
  it.each([['President'], ['the President'], ['US President'], ['Ruritanian President'], ['Vice President'], ['President Lind']])(
    'is one for a head of state: %s', (role) => expect(governmentPost(role)).toBe(role),
  );

  it.each([['Cropco President'], ['University President'], ['Club President'], ['the Acme President'], ['Acme Vice President']])(
    'is none for the head of a firm or a body that is no state: %s', (role) => expect(governmentPost(role)).toBeNull(),
  );
});

describe('a company president in a dispute with the government', () => {
  it('is not placed on the government side', () => {
    const r = analyzeArticle([
      'Farmers are in a dispute with the government over water rights.',
      '“Without water we lose everything,” said farmer Tom Hill.',
      'The government says the rules protect rivers. “We must save the rivers,” Environment Minister Ann Lee said.',
      '“The farmers are right about this,” said Cropco President Jane Doe.',
    ], { headline: 'Farmers fight water rules', published: '2026-03-02T09:00:00Z', outlet: null, authors: [], url: null, language: 'en' });
    const side = (name: string) => r.sides.find((s) => s.id === r.speakers.find((x) => x.name === name)?.side)?.name ?? null;
    expect(side('Ann Lee')).toMatch(/government/i);
    expect(side('Jane Doe') ?? '').not.toMatch(/government/i);
  });
});
