// Ministers of different countries serve different governments: "Valdorian Prime Minister" and "Ostrian Foreign
// Minister" are never one "Government" party, while posts with no country named (the usual national story) are.
import { describe, expect, it } from 'vitest';
import { buildClusters } from '../../../analysis/sides/clusters';
import { nationOf } from '../../../analysis/sides/government-role';
import { makeParty } from '../../../analysis/sides/party';
import { byGovernmentPost } from '../../../analysis/sides/membership';
import type { SpeakerContext } from '../../../analysis/sides/speaker-context';
import { doc, quote, speaker } from './helpers';

const umer = () => speaker('s1', 'Tal Umer', { role: 'Valdorian Prime Minister' });
const brel = () => speaker('s2', 'Ana Brel', { role: 'Ostrian Foreign Minister' });

describe('the nationality of a post', () => {
  it('reads a demonym or a country abbreviation opening a role, a body or a party', () => {
    expect(nationOf('Valdorian Prime Minister')).toBe('Valdorian');
    expect(nationOf('the Ostrian Foreign Office')).toBe('Ostrian');
    expect(nationOf('U.S. Secretary of State')).toBe('US');
    expect(nationOf('Health Secretary')).toBeNull();
    expect(nationOf('Foreign Minister')).toBeNull();
  });

  it('keeps a government party to its own country', () => {
    const party = makeParty('Ostrian government');
    expect(party.government).toBe(true);
    expect(byGovernmentPost(brel(), party)).not.toBeNull();
    expect(byGovernmentPost(umer(), party)).toBeNull();
    expect(byGovernmentPost(speaker('s3', 'Lia Fenn', { role: 'Transport Minister' }), party)).not.toBeNull();
  });
});

describe('a minister speaks for their country', () => {
  it('places a country\'s minister on the party that is the country, and nobody else by nationality alone', () => {
    const valdoria = makeParty('Valdoria');
    expect(byGovernmentPost(umer(), valdoria)).not.toBeNull();
    expect(byGovernmentPost(brel(), valdoria)).toBeNull();
    expect(byGovernmentPost(speaker('s3', 'Kit Moro', { role: 'Valdorian journalist' }), valdoria)).toBeNull();
  });
});

describe('an article quoting the ministers of two countries', () => {
  const d = doc([
    'Valdoria and Ostria traded accusations on Tuesday over the new dam on the river they share.',
    'Valdorian Prime Minister Tal Umer said: "Ostria has stolen our water and we will not accept it."',
    'Ostrian Foreign Minister Ana Brel rejected the claim, saying: "Valdoria is spreading lies about a dam that harms nobody."',
    'Valdoria\'s Energy Minister Rui Sato added: "The dam must stop filling until the talks end."',
  ]);
  const speakers = [umer(), brel(), speaker('s3', 'Rui Sato', { role: 'Energy Minister' })];
  const quotes = [
    quote(d, 'q1', 's1', 1, 'Ostria has stolen our water and we will not accept it.'),
    quote(d, 'q2', 's2', 2, 'Valdoria is spreading lies about a dam that harms nobody.'),
    quote(d, 'q3', 's3', 3, 'The dam must stop filling until the talks end.'),
  ];

  it('groups the ministers by country, each government named by it', () => {
    const contexts = new Map<string, SpeakerContext>(
      speakers.map((sp) => [sp.id, { speaker: sp, quotes: quotes.filter((q) => q.speakerId === sp.id), sentences: [], passages: [] }]),
    );
    const clusters = buildClusters(contexts);
    const byName = Object.fromEntries(clusters.map((c) => [c.name, c.speakers.map((s) => s.name)]));
    expect(byName).toEqual({ 'Valdorian government': ['Tal Umer', 'Rui Sato'], 'Ostrian government': ['Ana Brel'] });
  });
});
