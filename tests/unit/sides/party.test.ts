import { describe, expect, it } from 'vitest';
import { labelMatch, makeParty, mentionsParty } from '../../../analysis/sides/party';
import { governmentPost } from '../../../analysis/sides/government-role';

describe('party matching', () => {
  it('knows an organisation by its name, its acronym and its initials', () => {
    const p = makeParty('Nurses Guild of Westland (NGW)');
    expect(p.acronym).toBe('NGW');
    expect(labelMatch(p, 'the Nurses Guild of Westland')).toBeGreaterThan(0);
    expect(labelMatch(p, 'head of the NGW')).toBeGreaterThan(0);
    expect(labelMatch(makeParty('Royal Pilots Federation'), 'RPF')).toBeGreaterThan(0);
  });
  it('knows a party named only by capitals that spell a word ("US") as an acronym', () => {
    expect(labelMatch(makeParty('US'), 'US Secretary of State')).toBeGreaterThan(0);
    expect(labelMatch(makeParty('US'), 'a friend of us all')).toBe(0);
  });
  it('meets a role noun and a plural party ("maths teacher" → teachers), not an unrelated body', () => {
    expect(labelMatch(makeParty('teachers'), 'secondary school maths teacher')).toBeGreaterThan(0);
    expect(labelMatch(makeParty('teachers'), 'Westland Teachers Association')).toBeGreaterThan(0);
    expect(labelMatch(makeParty('Royal Pilots Federation'), 'Royal Opera House')).toBe(0);
  });
  it('reads a party word in an unnamed description: a Tory source is a Conservative', () => {
    expect(labelMatch(makeParty('Conservatives'), 'a Tory source')).toBeGreaterThan(0);
  });
  it('finds a lone common noun of the party in a quote ("the mine" for a mining company)', () => {
    const p = makeParty('Chinese-owned quarry mining company');
    expect(mentionsParty(p, 'The dust from the mine is everywhere.')).toBe(true);
    expect(mentionsParty(p, 'The dust is everywhere.')).toBe(false);
  });
  it('knows government posts from union posts', () => {
    expect(governmentPost('Health Secretary')).toBe('Health Secretary');
    expect(governmentPost("the Prime Minister's official spokeswoman")).toBe('Prime Minister');
    expect(governmentPost('State House Speaker')).toBe('State House Speaker');
    expect(governmentPost('Shadow Health Secretary')).toBeNull();
    expect(governmentPost('general secretary')).toBeNull();
    expect(governmentPost('Westland Teachers Association President')).toBeNull();
    expect(governmentPost('consultant surgeon')).toBeNull();
  });
  it('reads a country\'s ambassador or envoy as a government post, not a brand ambassador', () => {
    expect(governmentPost('ambassador to Pellany')).toBe('ambassador to Pellany');
    expect(governmentPost('special envoy to the peace talks')).not.toBeNull();
    expect(governmentPost('former envoy to Pellany')).toBeNull();
    expect(governmentPost('brand ambassador for a sportswear firm')).toBeNull();
  });
});

describe('a label against a party', () => {
  it('does not make "an anti-police violence activist" one of the police, while "police chief" is', () => {
    const police = makeParty('Police');
    expect(labelMatch(police, 'an anti-police violence activist')).toBe(0);
    expect(labelMatch(police, 'police chief')).toBeGreaterThan(0);
  });
});

describe('a person party and the people who work for them', () => {
  it('counts "Kosta campaign chairman" and "a Kosta adviser" as working for Ana Kosta, not "a Kosta critic"', () => {
    const kosta = makeParty('Ana Kosta');
    expect(labelMatch(kosta, 'Kosta campaign chairman')).toBeGreaterThan(0);
    expect(labelMatch(kosta, 'a Kosta adviser')).toBeGreaterThan(0);
    expect(labelMatch(kosta, 'a Kosta critic')).toBe(0);
  });
});

describe('short labels for a party', () => {
  it('matches "the residents" to "group of residents in Millbank" and "the firm" to a named business', () => {
    expect(labelMatch(makeParty('group of residents in Millbank'), 'the residents')).toBeGreaterThan(0);
    expect(labelMatch(makeParty('group of residents in Millbank'), 'Resident')).toBeGreaterThan(0);
    expect(labelMatch(makeParty('Carver Chemicals'), 'the firm')).toBeGreaterThan(0);
    expect(labelMatch(makeParty('group of residents in Millbank'), 'the firm')).toBe(0);
    expect(labelMatch(makeParty('Carver Chemicals'), 'the council')).toBe(0);
  });
});
