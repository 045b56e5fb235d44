import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('speaker registry: names, roles, organisations', () => {
  it('merges every reference into one speaker with the fullest name and its aliases', () => {
    const a = attribute([
      'Transport Secretary Ruth Okafor announced the new timetable on Monday.',
      '“Trains will run every ten minutes,” Ms Okafor said.',
      '“It is the biggest change in a decade,” the Transport Secretary added.',
      '“We listened to passengers,” she said.',
    ]);
    expect(a.speakers).toHaveLength(1);
    const s = a.speakers[0];
    expect(s.name).toBe('Ruth Okafor');
    expect(s.role).toBe('Transport Secretary');
    expect(s.aliases).toEqual(expect.arrayContaining(['Ms Okafor', 'Transport Secretary Ruth Okafor']));
    expect(s.kind).toBe('person');
    expect(s.side).toBeNull();
  });

  it('reads role and organisation from appositions on either side of the name', () => {
    const a = attribute([
      'Hugo Brandt, a senior engineer at the Northgate Water Company, said: “The pipes are older than the houses they serve.”',
      'The head of the tenants’ union, Maya Lund, said: “Nobody told us the water was unsafe to drink.”',
      'PCU general secretary Owen Tate said: “Our members will not be made scapegoats for this.”',
    ]);
    const hugo = a.speaker('Hugo Brandt');
    expect(hugo?.role).toBe('senior engineer');
    expect(hugo?.org).toBe('Northgate Water Company');
    expect(a.speaker('Maya Lund')?.role).toBe('head of the tenants’ union');
    expect(a.speaker('Owen Tate')?.role).toBe('PCU general secretary');
  });

  it('strips titles from names and keeps a place after "of" out of the name', () => {
    const a = attribute([
      'Sen. Carla Mendes of Oregon said the vote was “a disgrace to this chamber”.',
      'Republican Gov. Lyle Dunning told reporters: “We will sign it as soon as it reaches my desk.”',
    ]);
    expect(a.who('a disgrace')).toBe('Carla Mendes');
    expect(a.who('We will sign')).toBe('Lyle Dunning');
    expect(a.speaker('Lyle Dunning')?.role).toBe('Republican Gov.');
  });

  it('only lists speakers who have a quote', () => {
    const a = attribute([
      'The Finance Minister, Pablo Serra, met Anna Vik and Lord Henley on Friday.',
      '“The talks were useful,” Mr Serra said.',
    ]);
    expect(a.speakers.map((s) => s.name)).toEqual(['Pablo Serra']);
  });
});

describe('reported speech', () => {
  it('turns a reporting verb with a clause into an indirect quote by its subject', () => {
    const a = attribute([
      'Mr Ivo Renn denied the council had been looking for a fight with the unions.',
      'The Drivers’ Union has defended the stoppage, repeating its view that the pay offer was far too low.',
    ]);
    const indirect = a.quotes.filter((q) => q.kind === 'indirect');
    expect(indirect.map((q) => q.text)).toEqual([
      'the council had been looking for a fight with the unions',
      'the pay offer was far too low',
    ]);
    const name = (id: string | null) => a.speakers.find((s) => s.id === id)?.name;
    expect(name(indirect[0].speakerId)).toBe('Ivo Renn');
    expect(name(indirect[1].speakerId)).toBe('Drivers’ Union');
  });

  it('appends indirect quotes after the marked ones, ids continuing', () => {
    const a = attribute([
      'Ola Berg said the bridge would reopen in June.',
      '“It is safe for every kind of traffic,” Ms Berg said.',
    ]);
    expect(a.quotes.map((q) => `${q.id}:${q.kind}`)).toEqual(['q1:direct', 'q2:indirect']);
  });

  it('reads the clause after an adverbial and its "that" ("said in a statement that …", "said during a briefing on Monday that …")', () => {
    const a = attribute([
      'The mayor’s office said in a statement that the harbour would stay closed until spring.',
      'Police said during a briefing on Monday morning that two lanes would reopen.',
      'Ana Ruiz wrote on the forums after drinking water that had been boiled twice for an hour.',
    ]);
    const indirect = a.quotes.filter((q) => q.kind === 'indirect');
    expect(indirect.map((q) => q.text)).toEqual(['the harbour would stay closed until spring', 'two lanes would reopen']);
    const name = (id: string | null) => a.speakers.find((s) => s.id === id)?.name;
    expect(name(indirect[0].speakerId)).toBe('mayor’s office');
    expect(name(indirect[1].speakerId)).toBe('Police');
  });

  it('does not take the sentence’s main verb after a comma as the clause of "reports" or "denies" (a thing reported)', () => {
    const a = attribute([
      'Shares of Acme, which reports earnings on May 22, have more than doubled this year.',
      'Ivo Renn, who denies any wrongdoing, now has oversight of the budget.',
      'Harbour Air’s Lea Moss reported three cancellations, none of them related to the weather.',
    ]);
    expect(a.quotes).toHaveLength(0);
  });

  it('does not report a verb that only starts an infinitive or a noun', () => {
    const a = attribute([
      'Lena Park promised to respond within a week.',
      'His claim that the books were balanced was never tested in court.',
    ]);
    expect(a.quotes).toHaveLength(0);
  });
});
