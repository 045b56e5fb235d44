// No dispute, no sides: an explainer where experts describe a problem has no two parties. A party is people or a
// body that acts or speaks, never a thing ("flooding"), and an attack word that is the party's own name
// ("pollution" for "river pollution") is no attack on it.
import { describe, expect, it } from 'vitest';
import { findSides } from '../../../analysis/sides';
import { namesAnAgent } from '../../../analysis/sides/agent';
import { doc, quote, speaker } from './helpers';

describe('a party is people or a body', () => {
  it('reads bodies, people and proper names as parties', () => {
    for (const name of ['the water company', 'residents', 'Harbour Pilots Guild', 'the council', 'nurses', 'the staff']) {
      expect(namesAnAgent(name), name).toBe(true);
    }
  });
  it('does not read a problem or a thing as a party', () => {
    for (const name of ['river pollution', 'flooding', 'rising prices', 'the heatwave']) expect(namesAnAgent(name), name).toBe(false);
  });
});

describe('an explainer about a problem', () => {
  const d = doc([
    'Many valley towns struggle with river pollution, and the worst months are still ahead.',
    'The Environment Agency said in a report that river pollution in the valley had reached dangerous levels for fish.',
    'Professor Mara Quint, a hydrologist, said: "River pollution here is a plumbing problem. The pollution builds up when the water runs slow."',
    'Another researcher, Tom Berrow, said: "It is not hopeless. Cleaner farms would cut the pollution within a decade."',
  ]);
  const speakers = [
    speaker('s1', 'Environment Agency', { kind: 'organisation', org: 'Environment Agency' }),
    speaker('s2', 'Mara Quint', { role: 'hydrologist' }),
    speaker('s3', 'Tom Berrow', { role: 'researcher' }),
  ];
  const quotes = [
    quote(d, 'q1', 's1', 1, 'river pollution in the valley had reached dangerous levels for fish', 'indirect'),
    quote(d, 'q2', 's2', 2, 'River pollution here is a plumbing problem. The pollution builds up when the water runs slow.'),
    quote(d, 'q3', 's3', 3, 'It is not hopeless. Cleaner farms would cut the pollution within a decade.'),
  ];
  const { sides, responses } = findSides(d, { quotes, speakers });

  it('finds no sides and leaves every expert on none', () => {
    expect(sides).toEqual([]);
    expect(responses).toEqual([]);
    expect(speakers.map((s) => s.side)).toEqual([null, null, null]);
  });
});

describe('a dispute with a silent party that is a body', () => {
  const d = doc([
    'Anglers in the valley are in a row with the water company over sewage in the river.',
    'Dee Hart, chair of the Valley Anglers Club, said: "The water company has failed us for years and its pollution is shameful."',
    'Another member, Sam Oyelaran, said: "We will keep fishing and keep counting the dead fish."',
  ]);
  const speakers = [
    speaker('s1', 'Dee Hart', { role: 'chair', org: 'Valley Anglers Club' }),
    speaker('s2', 'Sam Oyelaran', { role: 'member', org: 'Valley Anglers Club' }),
  ];
  const quotes = [
    quote(d, 'q1', 's1', 1, 'The water company has failed us for years and its pollution is shameful.'),
    quote(d, 'q2', 's2', 2, 'We will keep fishing and keep counting the dead fish.'),
  ];
  const { sides } = findSides(d, { quotes, speakers });

  it('still finds the anglers against the company they attack', () => {
    expect(sides.map((s) => s.name)).toContain('water company');
    expect(speakers.map((s) => s.side)).toEqual(['A', 'A']);
  });
});

describe('a dispute the article opens with, where only a bystander speaks', () => {
  const opening = 'Two people died on Sunday after clashes erupted between striking dockers and riot police at the port gates.';
  const medic = 'A nurse at the field clinic said: "We treated eleven people before noon, most of them for cuts."';
  const nurse = () => [speaker('s1', 'nurse', { role: 'nurse at the field clinic' })];
  const run = (paragraphs: string[], medicAt: number, headline = 'Two dockers die at port gates') => {
    const d = doc(paragraphs, headline);
    const speakers = nurse();
    const quotes = [quote(d, 'q1', 's1', medicAt, 'We treated eleven people before noon, most of them for cuts.')];
    return { ...findSides(d, { quotes, speakers }), speakers };
  };

  it('names the two parties of the opening sentence and leaves the nurse on none', () => {
    const { sides, speakers } = run([opening, 'The port has been closed since Friday.', medic], 2);
    expect(sides.map((s) => s.name)).toEqual(['striking dockers', 'riot police']);
    expect(speakers[0].side).toBeNull();
  });
  it('finds no sides when the clash opens a story the headline says is about something else', () => {
    const { sides } = run([opening, 'The port has been closed since Friday.', medic], 2, 'Field clinic runs out of bandages');
    expect(sides).toEqual([]);
  });
  it('finds no sides when the clash is an old one mentioned deep in a profile nobody in it speaks to', () => {
    const { sides } = run([
      'Mira Toft has run the field clinic by the port for twenty years.',
      'She trained in the capital and came back to the coast in her thirties.',
      medic,
      'Long ago, clashes erupted between striking dockers and riot police at the port gates.',
    ], 2);
    expect(sides).toEqual([]);
  });
});

describe('a one-party framing outside the opening', () => {
  // A report on a fire: "a campaign against landlords" comes up once, late and in passing. The most quoted body is
  // no party to it, so the article has no sides.
  const d = doc([
    'A fire tore through a warehouse on the river front on Tuesday night, and crews fought it until dawn.',
    'Nadia Forde, director of the Harbour Safety Trust, said: "Nobody was hurt, and that is a small miracle."',
    'Fire chief Owen Pell said the blaze was under control by four in the morning.',
    'Crews stayed on the site through the day to cool the walls.',
    '"People were frightened, and the smoke reached the old town," Forde said.',
    'Forde said she did not expect a wider campaign against landlords after the fire.',
    'Local landlords said they had done nothing wrong.',
  ]);
  const speakers = [
    speaker('s1', 'Nadia Forde', { role: 'director', org: 'Harbour Safety Trust' }),
    speaker('s2', 'Owen Pell', { role: 'Fire chief' }),
    speaker('s3', 'Local landlords', { kind: 'group' }),
  ];
  const quotes = [
    quote(d, 'q1', 's1', 1, 'Nobody was hurt, and that is a small miracle.'),
    quote(d, 'q2', 's2', 2, 'the blaze was under control by four in the morning', 'indirect'),
    quote(d, 'q3', 's1', 4, 'People were frightened, and the smoke reached the old town,'),
    quote(d, 'q4', 's1', 5, 'she did not expect a wider campaign against landlords after the fire', 'indirect'),
    quote(d, 'q5', 's3', 6, 'they had done nothing wrong', 'indirect'),
  ];
  const { sides } = findSides(d, { quotes, speakers });

  it('finds no sides', () => {
    expect(sides).toEqual([]);
    expect(speakers.map((s) => s.side)).toEqual([null, null, null]);
  });
});
