// A mediator is not a party: a speaker who urges "both sides" to talk, offers to broker a deal or calls for calm
// stays on no side, unless the article names them as one party's (their organisation, name or role).
import { describe, expect, it } from 'vitest';
import { findSides } from '../../../analysis/sides';
import { isMediator } from '../../../analysis/sides/mediator';
import type { SpeakerContext } from '../../../analysis/sides/speaker-context';
import { doc, quote, speaker } from './helpers';

function saying(sentence: string, fields: Parameters<typeof speaker>[2] = {}): SpeakerContext {
  return { speaker: speaker('s1', 'Pat Kerr', fields), quotes: [], sentences: [sentence], passages: [] };
}

describe('who stands between the parties', () => {
  it('reads addressing both sides, offering to mediate and calling for calm', () => {
    for (const s of [
      'The regional mayor urged both sides to get back around the table.',
      '"I want the two sides in the same room by Friday," she said.',
      'The bishop said he had offered to mediate between the growers and the packers.',
      'The league commissioner called for calm on all sides.',
      'He said both parties must compromise before the harvest.',
      'She is ready to help broker a settlement.',
    ]) expect(isMediator(saying(s)), s).toBe(true);
  });
  it('reads a mediator by role', () => {
    expect(isMediator(saying('He declined to comment.', { role: 'independent mediator' }))).toBe(true);
  });
  it('does not read a party attacking the other, or one side of a story', () => {
    for (const s of [
      'The growers said the packers had walked away from the table.',
      'The packers accused the growers of holding the town to ransom.',
      'She said there were two sides to every story in this town.',
    ]) expect(isMediator(saying(s)), s).toBe(false);
  });
});

describe('findSides with a minister between the parties', () => {
  const d = doc([
    'Fruit pickers will strike next week after talks between the pickers\u2019 union and the growers\u2019 council collapsed.',
    'Rosa Lind, the union\u2019s president, said: "The council has insulted every picker in the valley with this offer."',
    'Council chair Ben Hale said: "The offer is fair and the union knows it."',
    'The Agriculture Minister, Ivo Stanek, urged both sides to resume talks. "Nobody wins if the fruit rots," he said.',
    'Union steward Kim Oduya, who chairs the branch, said: "The minister should call the council in, not us."',
  ]);
  const speakers = [
    speaker('s1', 'Rosa Lind', { role: 'president', org: 'union' }),
    speaker('s2', 'Ben Hale', { role: 'Council chair' }),
    speaker('s3', 'Ivo Stanek', { role: 'Agriculture Minister' }),
    speaker('s4', 'Kim Oduya', { role: 'Union steward' }),
  ];
  const quotes = [
    quote(d, 'q1', 's1', 1, 'The council has insulted every picker in the valley with this offer.'),
    quote(d, 'q2', 's2', 2, 'The offer is fair and the union knows it.'),
    quote(d, 'q3', 's3', 3, 'both sides to resume talks', 'indirect'),
    quote(d, 'q4', 's3', 3, 'Nobody wins if the fruit rots,'),
    quote(d, 'q5', 's4', 4, 'The minister should call the council in, not us.'),
  ];
  const { sides } = findSides(d, { quotes, speakers });

  it('keeps the two parties and leaves the minister on neither, with no reason', () => {
    expect(sides).toHaveLength(2);
    expect(speakers[2].side).toBeNull();
    expect(speakers[2].sideReason).toBeNull();
  });
  it('still places the union president and the council chair on opposite sides', () => {
    expect(speakers[0].side).not.toBeNull();
    expect(speakers[1].side).not.toBeNull();
    expect(speakers[0].side).not.toBe(speakers[1].side);
    expect(speakers[3].side).toBe(speakers[0].side);
  });
});

describe('a party member who calls for calm stays on their party', () => {
  const d = doc([
    'The stand-off between the Riverside Tenants Association and the housing trust entered its third week.',
    'Lena Brooks, chair of the Riverside Tenants Association, called for calm after the trust changed the locks. "We will win this in court," she said.',
    'A spokesman for the housing trust said: "The tenants association has refused every offer we made."',
  ]);
  const speakers = [
    speaker('s1', 'Lena Brooks', { role: 'chair', org: 'Riverside Tenants Association' }),
    speaker('s2', 'housing trust spokesman', { role: 'spokesman', org: 'housing trust' }),
  ];
  const quotes = [
    quote(d, 'q1', 's1', 1, 'We will win this in court,'),
    quote(d, 'q2', 's2', 2, 'The tenants association has refused every offer we made.'),
  ];
  findSides(d, { quotes, speakers });

  it('places her by her organisation', () => {
    expect(speakers[0].side).not.toBeNull();
    expect(speakers[0].side).not.toBe(speakers[1].side);
  });
});
