// Three short invented articles (a strike, a lawsuit, a trade dispute) through the whole analysis: the two sides,
// where each speaker stands, and the claims the other side answers.
import { describe, expect, it } from 'vitest';
import { analyzeArticle, type Analysis } from '../../../analysis';
import { LAWSUIT, STRIKE, TRADE } from './articles';

function analyse(a: { headline: string; paragraphs: string[] }): Analysis {
  return analyzeArticle(a.paragraphs, { headline: a.headline, published: '2026-03-02T09:00:00Z', outlet: null, authors: [], url: null, language: 'en' });
}

/** Side name of the speaker whose name contains `name` ("" when on none). */
function sideOf(r: Analysis, name: string): string {
  const sp = r.speakers.find((s) => s.name.includes(name));
  if (!sp) throw new Error(`no speaker ${name} among ${r.speakers.map((s) => s.name).join(', ')}`);
  return r.sides.find((s) => s.id === sp.side)?.name ?? '';
}

/** Whether a claim containing `claim` is answered by a quote containing `reply`. */
function paired(r: Analysis, claim: string, reply: string): boolean {
  const text = new Map(r.quotes.map((q) => [q.id, q.text]));
  return r.responses.some((p) => text.get(p.claimId)?.includes(claim) && p.responseIds.some((id) => text.get(id)?.includes(reply)));
}

function expectConsistent(r: Analysis): void {
  for (const side of r.sides) for (const id of side.speakerIds) expect(r.speakers.find((s) => s.id === id)?.side).toBe(side.id);
  for (const sp of r.speakers) {
    if (sp.side) expect(sp.sideReason).toMatch(/→|backs/);
    else expect(sp.sideReason ?? null).toBeNull();
  }
  for (const p of r.responses) expect(p.topic.length).toBeGreaterThan(0);
}

describe('a strike', () => {
  const r = analyse(STRIKE);
  it('finds the union and the employer from "talks between X and Y"', () => {
    expect(r.sides.map((s) => s.name)).toEqual(['Transit Workers Union', 'Eastbrook Coaches']);
  });
  it('places the organiser with the union, the director with the company, a councillor as an ally, a commuter on neither', () => {
    expect(sideOf(r, 'Whitfield')).toBe('Transit Workers Union');
    expect(sideOf(r, 'Renner')).toBe('Eastbrook Coaches');
    expect(sideOf(r, 'Ames')).toBe('Transit Workers Union');
    expect(sideOf(r, 'Baines')).toBe('');
    expect(r.speakers.find((s) => s.name.includes('Ames'))?.sideReason).toMatch(/attacks Eastbrook Coaches/);
    expectConsistent(r);
  });
  it('pairs the "insulted" claim with the explicit reply and the fair-wage claim with the fair-offer reply', () => {
    expect(paired(r, 'insulted', 'Nobody is insulting our drivers')).toBe(true);
    expect(paired(r, 'deserve a fair wage', 'We have made a fair offer')).toBe(true);
    expect(r.responses.some((p) => p.claimId === r.quotes.find((q) => q.text.includes('no idea how long'))?.id)).toBe(false);
  });
});

describe('a lawsuit', () => {
  const r = analyse(LAWSUIT);
  it('finds the plaintiffs and the defendant from "has sued"', () => {
    expect(r.sides).toHaveLength(2);
    expect(r.sides[0].name).toMatch(/residents in Millbank/);
    expect(r.sides[1].name).toBe('Carver Chemicals');
  });
  it('places the residents, their lawyer, the company spokesman, and leaves the inspector out', () => {
    expect(sideOf(r, 'Olsen')).toBe(r.sides[0].name);
    expect(sideOf(r, 'Rao')).toBe(r.sides[0].name);
    expect(sideOf(r, 'Hale')).toBe('Carver Chemicals');
    expect(sideOf(r, 'Ortiz')).toBe('');
    expectConsistent(r);
  });
  it('pairs the tests claim with the lawyer\'s reply, and back', () => {
    expect(paired(r, 'Independent tests have found', 'Those tests prove nothing')).toBe(true);
    expect(paired(r, 'Those tests prove nothing', 'Independent tests have found')).toBe(true);
    expect(r.responses.some((p) => r.quotes.find((q) => q.id === p.claimId)?.text.includes('publish our findings'))).toBe(false);
  });
});

describe('a trade dispute', () => {
  const r = analyse(TRADE);
  it('finds both countries from "the trade war between X and Y"', () => {
    expect(r.sides.map((s) => s.name)).toEqual(['Freedonia', 'Sylvania']);
  });
  it('places each minister with their country and the economist on neither', () => {
    expect(sideOf(r, 'Marsh')).toBe('Freedonia');
    expect(sideOf(r, 'Reyes')).toBe('Sylvania');
    expect(sideOf(r, 'Nair')).toBe('');
    expectConsistent(r);
  });
  it('pairs the subsidy claim with its denial and the shoppers claim with its rebuttal', () => {
    expect(paired(r, 'flooded our market', 'no subsidised loans')).toBe(true);
    expect(paired(r, 'hurt shoppers', 'Shoppers will not be hurt')).toBe(true);
    const subsidy = r.responses.find((p) => r.quotes.find((q) => q.id === p.claimId)?.text.includes('flooded our market'));
    expect(subsidy?.topic).toMatch(/subsidised|steel/);
  });
});

describe('no dispute', () => {
  it('gives a profile no sides and every speaker no side', () => {
    const r = analyse({
      headline: 'The baker who feeds a village',
      paragraphs: [
        'Every morning at four, Hannah Lowe lights the oven of the little bakery she opened in Ashcombe ten years ago.',
        '"I love the quiet before anyone is awake," she said. "The bread tells me when it is ready."',
        'Her neighbour, Colin Reed, said: "The whole street smells wonderful by six. We are lucky to have her."',
      ],
    });
    expect(r.sides).toEqual([]);
    expect(r.responses).toEqual([]);
    for (const sp of r.speakers) expect(sp.side).toBeNull();
  });
  it('gives a match report no sides even when both managers are quoted about the other club', () => {
    const r = analyse({
      headline: 'Rovers edge United in a tight derby',
      paragraphs: [
        'Rovers beat United 2-1 in the derby clash between Rovers and United at a packed stadium on Saturday.',
        'The striker scored twice before half-time, and United pulled a goal back from the penalty spot in the final minute.',
        'Rovers manager Alan Hart said: "United made it hard for us, but the goals came and the win is what matters."',
        'United coach Mark Dale said: "We lost to Rovers on two mistakes. The referee had a good game and the fans were great."',
        'The win lifts Rovers to third in the league, with the cup match next week.',
      ],
    });
    expect(r.sides).toEqual([]);
    for (const sp of r.speakers) expect(sp.side).toBeNull();
  });
});

describe('a row off the scoreboard in a match report ("X drew the ire of Y")', () => {
  it('is a dispute between the angered club and the player who angered it', () => {
    const r = analyse({
      headline: 'Rovers edge United in a tight derby',
      paragraphs: [
        'Defender Tom Vale drew the ire of Rovers on Saturday after he stepped on their striker during United’s 2-1 loss in the derby.',
        'The striker scored twice before half-time, and United pulled a goal back from the penalty spot in the final minute.',
        'Rovers manager Alan Hart said: "He knew what he was doing. It was a dirty play and the league has to look at it."',
        'Vale said: "I lost my footing. I would never try to hurt anybody on the pitch."',
        'The win lifts Rovers to third in the league, with the cup match next week.',
      ],
    });
    expect(r.sides.map((s) => s.name)).toEqual(['Rovers', 'Tom Vale']);
    expect(sideOf(r, 'Hart')).toBe('Rovers');
    expect(sideOf(r, 'Vale')).toBe('Tom Vale');
  });
});

describe('a post someone held before ("a former U.S. ambassador to Denmark")', () => {
  it('places them with neither party', () => {
    const r = analyse({
      headline: 'Strained U.S.-Danish relations face a new test',
      paragraphs: [
        'President Ann Kirk said on Monday that the United States would "not be lectured" over the trade pact.',
        'Danish Prime Minister Tom Vale said: "Washington has broken its word and we will answer."',
        '“Both capitals have broken a lot of crockery,” said Ivo Lind, head of the Dunmore Institute and a former U.S. ambassador to Denmark.',
      ],
    });
    expect(r.sides.map((x) => x.name)).toEqual(['U.S.', 'Danish']);
    expect(sideOf(r, 'Vale')).toBe('Danish');
    expect(sideOf(r, 'Lind')).toBe('');
  });
});

describe('election coverage, full of words of winning ("race", "win", "victory", "points")', () => {
  it('is no sports report: its rivals are its parties', () => {
    const r = analyse({
      headline: 'Kirk takes an early lead in the race',
      paragraphs: [
        "Ann Kirk has won the backing of half the party's insiders, and Kirk's margin over Sen. Tom Vale is striking in a race that is far from over.",
        'Her win in the early polls gave her a victory lap, and the points she made at home and away were a win for her team.',
        'The final vote is months away, and the race could still turn, but a win now matters, said analysts who count the points.',
        'Kirk campaign spokesman Ivo Lind said: "Ann Kirk is winning because she has the experience to win the race."',
        'Vale adviser Mia Sorel said: "Tom Vale will win this race when the voters have their say, not the insiders."',
      ],
    });
    expect(r.sides.map((x) => x.name)).toEqual(['Kirk', 'Tom Vale']);
    expect(sideOf(r, 'Lind')).toBe('Kirk');
  });
});

describe('a political row framed by an accusation', () => {
  const r = analyse({
    headline: 'Row over rail costs',
    paragraphs: [
      'The Reform Alliance has accused the Civic Party of hiding the true cost of the new rail line, as the row over the project grew.',
      'Alliance leader Lisa Hart said: "The Civic Party misled the public about the cost. It is a scandal."',
      'A Civic Party spokesman said: "The Alliance is scaremongering. The budget is published in full and on track."',
      'Rail minister Ken Ball said the line would open on time. "The Alliance\'s claims about the cost are false, and they know it," he said.',
    ],
  });
  it('reads the accuser and the accused, and places the minister by what he says', () => {
    expect(r.sides.map((s) => s.name)).toEqual(['Reform Alliance', 'Civic Party']);
    expect(sideOf(r, 'Hart')).toBe('Reform Alliance');
    expect(sideOf(r, 'Ball')).toBe('Civic Party');
    expectConsistent(r);
  });
});

describe('a walkout named by its strikers and their employer', () => {
  const r = analyse({
    headline: 'Nurses strike at city hospital',
    paragraphs: [
      "Hundreds of nurses at Mercy General Hospital walked off the job on Tuesday, the first strike in the hospital's 90-year history.",
      'The nurses, represented by the State Nurses Association, say chronic understaffing is putting patients at risk.',
      '"We are exhausted, and our patients are paying the price," said Jane Roe, an intensive care nurse.',
      'Hospital spokeswoman Kim Lee said the hospital had offered raises of 12% over three years. "We are disappointed the union chose to strike rather than keep talking," she said.',
      'Association president Carla Diaz rejected that account. "The hospital has refused to discuss staffing ratios for a year," she said.',
      'Patient Bill Howe, 71, said his surgery had been postponed. "I understand both sides, but I just want my operation," he said.',
    ],
  });
  it('finds the nurses and the hospital, places each voice, leaves the patient out', () => {
    expect(r.sides.map((s) => s.name)).toEqual(['nurses', 'Mercy General Hospital']);
    expect(sideOf(r, 'Roe')).toBe('nurses');
    expect(sideOf(r, 'Lee')).toBe('Mercy General Hospital');
    expect(sideOf(r, 'Diaz')).toBe('nurses');
    expect(sideOf(r, 'Howe')).toBe('');
    expectConsistent(r);
  });
  it('pairs the hospital statement with the reply that "rejected that account"', () => {
    expect(paired(r, 'disappointed the union', 'refused to discuss staffing')).toBe(true);
  });
});

describe('talks that are no dispute', () => {
  it('gives a friendly summit no sides', () => {
    const r = analyse({
      headline: 'Leaders meet for summit',
      paragraphs: [
        'Talks between the Freedonian Prime Minister and the Sylvanian President opened on Monday in a spirit of friendship.',
        'The Prime Minister said: "Our two countries share a long history and a bright future."',
        'The President said: "We look forward to working together on trade and culture."',
      ],
    });
    expect(r.sides).toEqual([]);
    for (const sp of r.speakers) expect(sp.side).toBeNull();
  });
});

describe('fighting between two peoples, a state body named after one of them', () => {
  const r = analyse({
    headline: 'Envoy visits Valdoria as violence grows',
    paragraphs: [
      'The envoy arrived in the capital on Tuesday to ease tensions that have produced a spate of killings and retaliations between Valdorians and Ostrians.',
      'Valdorian Prime Minister Tal Umer said Valdorians had been "run down and stabbed" in recent weeks.',
      'The Valdoria Defense Forces arrested a preacher on Tuesday.',
      'The VDF accused him of "publicly encouraging and praising attacks against Valdorians."',
      '"We will act swiftly to contain the hateful incitement," VDF spokesman Lt. Col. Ari Pell said in a statement.',
      'Since the start of the month, 45 Ostrians have been killed, according to the Ostrian Health Ministry.',
      '"The attacks against Valdorians have to stop, and soon," said Mina Roe, a local teacher.',
    ],
  });
  it('reads harm done to a people as no attack on them by the one who names it', () => {
    expect(sideOf(r, 'Mina Roe')).not.toBe('Ostrians');
  });
  it('reads the two peoples as the sides and puts the forces, their spokesman and the minister on their own people’s side', () => {
    expect(r.sides.map((s) => s.name)).toEqual(['Valdorians', 'Ostrians']);
    expect(sideOf(r, 'Valdoria Defense Forces')).toBe('Valdorians');
    expect(sideOf(r, 'Ari Pell')).toBe('Valdorians');
    expect(sideOf(r, 'Tal Umer')).toBe('Valdorians');
    expect(sideOf(r, 'Ostrian Health Ministry')).toBe('Ostrians');
    expect(r.speakers.find((s) => s.name.includes('Ari Pell'))?.org).toBe('Valdoria Defense Forces');
    expectConsistent(r);
  });
});
