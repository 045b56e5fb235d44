// Placement rules on hand-built speakers and quotes: membership by organisation, role and government post,
// allies by what they say, neutral voices left on no side.
import { describe, expect, it } from 'vitest';
import { findSides } from '../../../analysis/sides';
import { placeByMembership } from '../../../analysis/sides/membership';
import { makeParty } from '../../../analysis/sides/party';
import { doc, quote, speaker } from './helpers';

const parties = [makeParty('Government'), makeParty('Royal Pilots Federation (RPF)')];

describe('placement by membership', () => {
  it('puts a minister on the Government with the post as the reason', () => {
    const p = placeByMembership(speaker('s1', 'Ann Cole', { role: 'Transport Secretary' }), parties);
    expect(p?.party).toBe(0);
    expect(p?.reason).toBe('Transport Secretary → Government');
  });
  it('puts a federation officer on the federation by organisation or by a role naming it', () => {
    expect(placeByMembership(speaker('s2', 'Raj Patel', { role: 'chair', org: 'Royal Pilots Federation' }), parties)?.party).toBe(1);
    expect(placeByMembership(speaker('s3', 'Lee Ward', { role: 'head of the RPF' }), parties)?.party).toBe(1);
  });
  it('does not place one who studies a party on it ("a Valdoria scholar"), but does one who works for it', () => {
    const nations = [makeParty('Valdoria'), makeParty('Norland')];
    expect(placeByMembership(speaker('s6', 'Kim Lo', { role: 'Valdoria scholar', org: 'Institute of Trade' }), nations)).toBeNull();
    expect(placeByMembership(speaker('s7', 'Bo Lind', { role: 'Norland expert at the institute' }), nations)).toBeNull();
    expect(placeByMembership(speaker('s8', 'Ida Berg', { role: 'Norland trade envoy' }), nations)?.party).toBe(1);
    const described = speaker('s9', 'Kim Lo', { role: 'Valdoria scholar', aliases: ['Lo', 'a Valdoria scholar with the Institute of Trade'] });
    expect(placeByMembership(described, nations)).toBeNull();
  });
  it('puts a lawyer or representative on the side of whom they represent', () => {
    const caseParties = [makeParty('prosecutors'), makeParty('two ferry pilots', ['Lund', 'Berg'])];
    expect(placeByMembership(speaker('s10', 'Ana Ruiz', { role: 'lawyer for Lund' }), caseParties)?.party).toBe(1);
    expect(placeByMembership(speaker('s11', 'Tom Vale', { role: 'representative of Berg' }), caseParties)?.party).toBe(1);
    expect(placeByMembership(speaker('s17', 'Una Pike', { role: 'a spokeswoman for Lund' }), caseParties)?.party).toBe(1);
    expect(placeByMembership(speaker('s12', 'Eva Dahl', { role: 'lawyer for the harbour board' }), caseParties)).toBeNull();
  });
  it('reads "the president" of a farmers\' body as its role said short, not a head of state', () => {
    const farmer = speaker('s13', 'Ada Moor', { role: 'president of the Growers League', org: 'Growers League', aliases: ['president'] });
    expect(placeByMembership(farmer, parties)).toBeNull();
    expect(placeByMembership(speaker('s14', 'Ivo Lang', { aliases: ['President'] }), parties)?.party).toBe(0);
  });
  it('puts the advisers of a named head of state on the government, not a university\'s president', () => {
    expect(placeByMembership(speaker('s15', 'advisers', { kind: 'group', role: 'advisers', org: 'President Lind' }), parties)?.party).toBe(0);
    expect(placeByMembership(speaker('s16', 'Jane Roe', { aliases: ['University President Jane Roe'] }), parties)).toBeNull();
  });
  it('leaves a union general secretary and a surgeon unplaced', () => {
    expect(placeByMembership(speaker('s4', 'Jo Finch', { role: 'general secretary', org: 'Dockers Union' }), parties)).toBeNull();
    expect(placeByMembership(speaker('s5', 'Ed Moss', { role: 'consultant surgeon' }), parties)).toBeNull();
  });
});

describe('findSides', () => {
  const d = doc([
    'Flights were grounded after the stand-off between the Government and the Royal Pilots Federation (RPF) deepened.',
    'The Transport Secretary, Ann Cole, said: "The RPF is holding passengers to ransom over a pay rise the country cannot afford."',
    'The RPF chair, Raj Patel, said: "We asked for talks for a year. The pay rise is affordable and fair."',
    'Dockers leader Jo Finch said: "The Government is bullying pilots, and the RPF deserves every worker\'s support."',
    'An airport spokesman said: "Passengers should check their flight before travelling."',
  ]);
  const speakers = [
    speaker('s1', 'Ann Cole', { role: 'Transport Secretary' }),
    speaker('s2', 'Raj Patel', { role: 'chair', org: 'RPF' }),
    speaker('s3', 'Jo Finch', { role: 'Dockers leader' }),
    speaker('s4', 'airport spokesman', { role: 'spokesman', org: 'airport' }),
  ];
  const quotes = [
    quote(d, 'q1', 's1', 1, 'The RPF is holding passengers to ransom over a pay rise the country cannot afford.'),
    quote(d, 'q2', 's2', 2, 'We asked for talks for a year. The pay rise is affordable and fair.'),
    quote(d, 'q3', 's3', 3, "The Government is bullying pilots, and the RPF deserves every worker's support."),
    quote(d, 'q4', 's4', 4, 'Passengers should check their flight before travelling.'),
  ];
  const { sides, responses } = findSides(d, { quotes, speakers });

  it('finds both parties and keeps speakerIds and speaker.side in step', () => {
    expect(sides.map((s) => s.name)).toEqual(['Government', 'Royal Pilots Federation']);
    expect(sides[0].speakerIds).toEqual(['s1']);
    expect(sides[1].speakerIds).toEqual(['s2', 's3']);
    expect(speakers.map((s) => s.side)).toEqual(['A', 'B', 'B', null]);
  });
  it('gives the ally a reason from what they said, and the airport none', () => {
    expect(speakers[2].sideReason).toMatch(/Royal Pilots Federation/);
    expect(speakers[3].sideReason).toBeNull();
  });
  it('pairs the pay-rise claim with the reply on the pay rise, and nothing with the airport notice', () => {
    expect(responses.find((r) => r.claimId === 'q1')?.responseIds).toContain('q2');
    expect(responses.find((r) => r.claimId === 'q1')?.topic).toMatch(/pay|rise|afford/);
    expect(responses.some((r) => r.claimId === 'q4' || r.responseIds.includes('q4'))).toBe(false);
  });
});

describe('an ally reported as condemning a party', () => {
  it('is placed on the other party; one who names it without feeling is not', () => {
    const d = doc([
      'The stand-off between the Government and the Royal Pilots Federation (RPF) deepened on Monday.',
      'The Dockers Union condemned the Government, with its leader Jo Finch warning of "a long winter".',
      'An airport spokesman said the Government would "keep passengers informed".',
    ]);
    const speakers = [speaker('s1', 'Jo Finch', { role: 'leader' }), speaker('s2', 'airport spokesman', { role: 'spokesman', org: 'airport' })];
    const quotes = [quote(d, 'q1', 's1', 1, 'a long winter'), quote(d, 'q2', 's2', 2, 'keep passengers informed')];
    findSides(d, { quotes, speakers });
    expect(speakers.map((s) => s.side)).toEqual(['B', null]);
  });
});

describe('placement of one who speaks for another', () => {
  it('puts "a source close to Kosta" with Kosta, as a spokeswoman for her would be', () => {
    const two = [makeParty('Valdorian authorities'), makeParty('Ana Kosta')];
    expect(placeByMembership(speaker('s1', 'source close to Kosta', { role: 'source close to Kosta' }), two)?.party).toBe(1);
    expect(placeByMembership(speaker('s2', 'Ida Brand', { role: 'friend of the family' }), two)).toBeNull();
  });
});
