import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../analysis';
import { againstRule, allegeRule, answersCriticsRule, callsToResignRule, criticisesRule, drewIreRule, lashOutRule, leadOverRule, strainedTiesRule, betweenRule, criticismRule, demandRule, rejectsRequestRule, sueRule, versusRule, withRule, hostilityRule, prosecuteRule, fightsOverRule } from '../../../analysis/sides/framing';

describe('framing rules', () => {
  it('reads both parties of "the impasse between X and Y", acronym kept', () => {
    const [f] = betweenRule('The impasse between the Government and the Nurses Guild (NG) led to the walkout.');
    expect(f.parties).toEqual(['Government', 'Nurses Guild (NG)']);
  });
  it('cuts "talks between A and B" when both names are capitalised', () => {
    expect(betweenRule('The trade war between Freedonia and Sylvania escalated on Thursday.')[0].parties).toEqual(['Freedonia', 'Sylvania']);
  });
  it('reads a court case "X v Y" but not a fixture', () => {
    expect(versusRule('The judge ruled in Harper v Lowland Water last week.')[0].parties).toEqual(['Harper', 'Lowland Water']);
    expect(versusRule('Rovers v United kicks off at three.')).toEqual([]);
  });
  it('reads the plaintiff and the accused defendant of "sued"', () => {
    const [f] = sueRule('A group of residents in Millbank has sued Carver Chemicals over the spill.');
    expect(f.parties).toEqual(['group of residents in Millbank', 'Carver Chemicals']);
    expect(f.accused).toBe(1);
  });
  it('reads "X has come under criticism from Y" with X accused', () => {
    const [f] = criticismRule('A quarry company has come under heavy criticism from three hill villages who say it cracks their walls.');
    expect(f.parties).toEqual(['hill villages', 'quarry company']);
    expect(f.accused).toBe(1);
  });
  it('reads "X responds to her critics" with X the one accused, and no answer to a plain question', () => {
    const [f] = answersCriticsRule('Mayor Lena Ortiz responds to her critics over the bridge closure');
    expect(f.parties).toEqual(['Lena Ortiz', 'critics']);
    expect(f.accused).toBe(0);
    expect(answersCriticsRule('The council hit back at its fiercest critics on Monday.')[0].parties).toEqual(['council', 'critics']);
    expect(answersCriticsRule('The mayor responded to questions from reporters.')).toEqual([]);
  });
  it('reads a headline\'s "X row with Y looks …": the name before the noun, and the name after up to its verb', () => {
    expect(withRule('Lena Ortiz row with Blue Lantern looks like it is coming to an end')[0].parties).toEqual(['Lena Ortiz', 'Blue Lantern']);
    expect(withRule('Ferry Union feud with Harbour Board deepens')[0].parties).toEqual(['Ferry Union', 'Harbour Board']);
  });
  it('reads "X lash out at Y", "X hit out at Y" with Y accused', () => {
    const [f] = lashOutRule('World leaders lash out at Freedonia over its border decision');
    expect(f.parties).toEqual(['World leaders', 'Freedonia']);
    expect(f.accused).toBe(1);
    expect(lashOutRule('The union hit out at ministers on Monday.')[0].parties).toEqual(['union', 'ministers']);
    expect(lashOutRule('She turned to her notes and read on.')).toEqual([]);
  });
  it('reads "X are alleging that Y…" with Y accused', () => {
    const [f] = allegeRule('The tenants are alleging that the landlord\'s agents cut off the heating.');
    expect(f.parties).toEqual(['tenants', 'landlord']);
    expect(f.accused).toBe(1);
  });
  it('reads one party of "dispute with", "strike against" and "calls for … from"', () => {
    expect(withRule('Drivers are in a dispute with the bus company over pay.')[0].parties).toEqual(['bus company']);
    expect(withRule("The union's dispute with the council deepened.")[0].parties).toEqual(['union', 'council']);
    expect(againstRule('Porters staged a strike against the hospital trust on Friday.')[0].parties).toEqual(['hospital trust']);
    expect(demandRule('Nurses rallied to call for better pay from the regional health board in a noisy protest.')[0].parties).toEqual(['regional health board']);
  });
  it('reads "X criticises Y", "X rips Y" with Y accused, but not a verdict on a decision or a plan', () => {
    const [f] = criticisesRule('Harbour senator rips Governor Vale over budget speech');
    expect(f.parties).toEqual(['Harbour senator', 'Governor Vale']);
    expect(f.accused).toBe(1);
    expect(criticisesRule('Defender Joe Quinn criticises Premier Cup restart plans')[0].parties).toEqual(['Joe Quinn', 'Premier Cup']);
    expect(criticisesRule('The mayor criticised the decision to close the library.')).toEqual([]);
  });
  it('reads the idioms of attack ("unloads on", "takes aim at", "rails against", "assails") with the target accused', () => {
    expect(lashOutRule('Harbour union unloads on port owners after pay talks collapse')[0].parties).toEqual(['Harbour union', 'port owners']);
    expect(lashOutRule('The mayor took aim at the water board over the outage')[0].parties).toEqual(['mayor', 'water board']);
    expect(lashOutRule('Farmers rail against the new grain levy')[0].parties).toEqual(['Farmers', 'new grain levy']);
    expect(criticisesRule('Teachers union assails schools chief over test scores')[0].parties).toEqual(['Teachers union', 'schools chief']);
    expect(lashOutRule('The tide turned late in the day')).toEqual([]);
  });
  it('reads "strained U.S.-Norland relations" as the two countries at odds', () => {
    expect(strainedTiesRule('Where do strained U.S.-Norlandic relations go after the vote?')[0].parties).toEqual(['U.S.', 'Norlandic']);
    expect(strainedTiesRule('Warm U.S.-Norlandic relations go back decades.')).toEqual([]);
  });
  it('reads "X\'s lead over Y" as two rivals, a title\'s dot inside the rival\'s name', () => {
    expect(leadOverRule("Kirk's margin over Vermont Sen. Tom Vale is striking.")[0].parties).toEqual(['Kirk', 'Tom Vale']);
    expect(leadOverRule("Labour's lead over the Conservatives has narrowed.")[0].parties).toEqual(['Labour', 'Conservatives']);
    expect(leadOverRule('It gives her a commanding advantage over her rivals.')).toEqual([]);
  });
  it('reads "X drew the ire of Y" with X accused', () => {
    expect(drewIreRule('Defender Tom Vale drew the ire of the Rovers on Sunday')[0]).toMatchObject({ parties: ['Rovers', 'Tom Vale'], accused: 1 });
    expect(drewIreRule('The film drew praise from critics')).toEqual([]);
  });
  it('names a titled person by the name alone ("GOP state Sen. Ann Kirk unloads on Vale")', () => {
    expect(lashOutRule('GOP state Sen. Ann Kirk unloads on Vale after speech')[0].parties).toEqual(['Ann Kirk', 'Vale']);
  });
  it('reads "X rejects Y\'s request" as X against Y', () => {
    const [f] = rejectsRequestRule("Energy agency rejects Governor Vale's request to name its staff");
    expect(f.parties).toEqual(['Energy agency', 'Governor Vale']);
    expect(rejectsRequestRule('The court rejected the appeal on Monday.')).toEqual([]);
  });
  it('reads "X call for Y to resign" with Y accused', () => {
    const [f] = callsToResignRule('Two council leaders call for Mayor Lena Ortiz to resign over the bridge');
    expect(f.parties).toEqual(['council leaders', 'Lena Ortiz']);
    expect(f.accused).toBe(1);
    expect(callsToResignRule('Residents called for the bridge to reopen.')).toEqual([]);
  });
  it('takes "X criticises Y" as the dispute only from the headline or the lede', () => {
    const paragraphs = [
      'Harbour senator Ana Lindqvist attacked Governor Paul Vale on Tuesday over his budget speech.',
      '"The governor has abandoned the harbour towns," Lindqvist said.',
      'Vale defended the speech. "Every town gets its fair share," the governor said.',
    ];
    const framed = analyzeArticle(paragraphs, { headline: 'Harbour senator rips Governor Vale over budget speech', published: '2026-03-02T09:00:00Z', outlet: null, authors: [], url: null, language: 'en' });
    expect(framed.sides.map((s) => s.name)).toEqual(['Harbour senator', 'Governor Vale']);
    const bySide = Object.fromEntries(framed.speakers.map((s) => [s.name, framed.sides.find((side) => side.id === s.side)?.name]));
    expect(bySide).toEqual({ 'Ana Lindqvist': 'Harbour senator', 'Paul Vale': 'Governor Vale' });
    const late = analyzeArticle(
      [
        'The harbour towns held their spring fair on Saturday.', 'Stalls sold fish and bread.', 'Hundreds came.',
        'Harbour senator Ana Lindqvist was there. "The governor has abandoned the harbour towns," Lindqvist said.',
        'Governor Paul Vale defended his budget. "Every town gets its fair share," Vale said.',
        'Later, Lindqvist criticised Vale over the budget.',
      ],
      { headline: 'Harbour towns hold spring fair', published: '2026-03-02T09:00:00Z', outlet: null, authors: [], url: null, language: 'en' },
    );
    expect(late.sides).toEqual([]);
  });
  it('finds nothing in a sentence with no dispute', () => {
    const s = 'The mayor opened the new library on Saturday with a speech about reading.';
    for (const rule of [betweenRule, versusRule, sueRule, criticismRule, withRule, againstRule, demandRule]) expect(rule(s)).toEqual([]);
  });
});

describe('more framing shapes', () => {
  it('reads the subject who waged or is locked in a fight "with" the other party', () => {
    expect(withRule('The bakers had waged a long and costly battle with Crumbco over the recipe.')[0].parties).toEqual(['bakers', 'Crumbco']);
    expect(withRule('The guild has been locked in a dispute with the city council since spring.')[0].parties).toEqual(['guild', 'city council']);
    expect(withRule('She is waging a war with her neighbours.')[0].parties).toEqual(['neighbours']);
  });
  it('reads a fissure or a schism between two parties as a dispute', () => {
    expect(betweenRule('The deepening fissure between the singer and her old label, Northway Music, drew headlines.')[0].parties).toEqual(['singer', 'Northway Music']);
    expect(betweenRule('The bishops warned of a schism between the bishops and the synod, which meets in June.')[0].parties).toEqual(['bishops', 'synod']);
  });
  it('reads "clashed with" and "at loggerheads"', async () => {
    const { withRule: w, atOddsRule } = await import('../../../analysis/sides/framing');
    expect(w('Cabin crew clashed with the airline over rosters.')[0].parties).toEqual(['airline']);
    expect(atOddsRule('The nurses and the health board remain at loggerheads over shifts.')[0].parties).toEqual(['nurses', 'health board']);
  });
});

describe('lawsuit shapes', () => {
  it('reads "the lawsuit, filed by X against Y"', async () => {
    const { filedByRule } = await import('../../../analysis/sides/framing');
    const [f] = filedByRule('The lawsuit, filed by the Harbour Tenants Association against Quayside Homes, seeks repairs.');
    expect(f.parties).toEqual(['Harbour Tenants Association', 'Quayside Homes']);
    expect(f.accused).toBe(1);
  });
});

describe('party phrases in longer sentences', () => {
  it('takes the sentence subject over a noun inside a clause, and a name given in apposition', async () => {
    const { againstRule: a } = await import('../../../analysis/sides/framing');
    const [f] = a('The family of a boy who fell ill after eating a snack has filed a lawsuit against the maker, Crunch Foods, in the state court.');
    expect(f.parties).toEqual(['family', 'Crunch Foods']);
  });
});

describe('accusations', () => {
  it('reads "X accused Y of …" with where Y is between the accused and "of"', async () => {
    const { accuseRule } = await import('../../../analysis/sides/framing');
    const [f] = accuseRule('On Monday the Ostrian and Valdorian trade ministries accused Pellan troops in the northern valley of blocking the convoy.');
    expect(f.parties).toEqual(['Ostrian and Valdorian trade ministries', 'Pellan troops']);
    expect(f.accused).toBe(1);
    expect(accuseRule('The union accused the council on Monday of hiding the cost.')[0].parties).toEqual(['union', 'council']);
  });
  it('keeps the stop of initials in a party name', async () => {
    const { accuseRule } = await import('../../../analysis/sides/framing');
    expect(accuseRule('Ostria accused U.S. forces of shelling a village.')[0].parties).toEqual(['Ostria', 'U.S. forces']);
  });
  it('reads no accusation without its "of", "for" or "over"', async () => {
    const { accuseRule } = await import('../../../analysis/sides/framing');
    expect(accuseRule('The union criticised the council in a long statement that ran to ten pages.')).toEqual([]);
  });
});

describe('a dispute that breaks out', () => {
  it('reads "clashes erupted between X and Y" and "a row broke out between X and Y"', async () => {
    const { betweenRule: b } = await import('../../../analysis/sides/framing');
    expect(b('Clashes erupted between the rebel leader\u2019s supporters and security forces on Friday.')[0].parties).toEqual(['rebel leader\u2019s supporters', 'security forces']);
    expect(b('A row broke out between the farmers and the water board.')[0].parties).toEqual(['farmers', 'water board']);
  });
  it('reads nothing when the verb between is not a dispute breaking out', async () => {
    const { betweenRule: b } = await import('../../../analysis/sides/framing');
    expect(b('The war ended between two harvests.')).toEqual([]);
  });
});

describe('a deal two parties bargain over', () => {
  it('reads "a trade deal between X and Y" as its own kind of framing', async () => {
    const { betweenRule: b } = await import('../../../analysis/sides/framing');
    const [f] = b('A trade deal between Ostria and Pellany was meant to be signed in spring.');
    expect(f.parties).toEqual(['Ostria', 'Pellany']);
    expect(f.rule).toBe('deal between');
  });
});

describe('a commentator is no party', () => {
  it('takes the other party of "the dispute with Norland" from those who take part, not from a think-tank fellow quoted most', () => {
    const a = analyzeArticle([
      'The dispute with Norland over the border has dragged on for a year, and residents fear the talks will fail.',
      '“The talks are fragile and the next move matters a great deal,” said Jane Doe, senior fellow at the Institute for Border Studies.',
      '“Nobody can predict what comes next in these talks,” Doe added.',
      '“It is a very hard time for all of us,” Doe said.',
      '“Norland has broken every promise it made to us,” said Tom Vale, a spokesman for the Valdorian Front.',
    ], { headline: null, published: null, outlet: null, authors: [], url: null, language: 'en' });
    expect(a.sides.map((s) => s.name)).toEqual(['Valdorian Front', 'Norland']);
    expect(a.speakers.find((s) => s.name === 'Jane Doe')?.side).toBeNull();
  });
});

describe('a request one party makes and the other rejects, sentences apart', () => {
  const meta = { headline: 'Crunch talks on a new loan', published: '2026-03-02T09:00:00Z', outlet: null, authors: [], url: null, language: 'en' };
  const paragraphs = [
    'Finance ministers are holding talks ahead of a meeting of lenders on Friday.',
    'The talks are aimed at a deal on the request made on Thursday by Valdoria for a new six-month loan.',
    'Merovany rejected the request despite support from the bank.',
    "Merovany's Tal Umer and Valdoria's Ana Kosta are meeting in the capital.",
    '“We have gone the extra mile,” Ms Kosta said.',
    '“The request is still not sufficient,” said Merovan Chancellor Ida Brand.',
  ];
  it('sets the one who rejects against the one who asked, and places each side’s people by their country', () => {
    const a = analyzeArticle(paragraphs, meta);
    expect(a.sides.map((s) => s.name)).toEqual(['Merovany', 'Valdoria']);
    const sideOf = (name: string) => a.speakers.find((s) => s.name === name)?.side;
    expect(sideOf('Ana Kosta')).toBe('B');
    expect(sideOf('Ida Brand')).toBe('A');
  });
  it('reads no dispute from a rejection whose request nobody is said to have made', () => {
    const a = analyzeArticle(['Merovany rejected the request despite support from the bank.', '“It is not sufficient,” said Chancellor Ida Brand.'], meta);
    expect(a.sides).toEqual([]);
  });
});

describe('hostility borne against a party', () => {
  it('reads "X holds a grudge against Y" and "Police violence against protesters", accusing neither', () => {
    expect(hostilityRule('Lind holds a longtime grudge against Kirk over the 2011 vote.')[0]).toMatchObject({ parties: ['Lind', 'Kirk'], accused: null });
    expect(hostilityRule('Police violence against Harbour Road protesters has risen.')[0].parties).toEqual(['Police', 'Harbour Road protesters']);
    expect(hostilityRule('Violence broke out in the square.')).toEqual([]);
  });
});

describe('a prosecution announced', () => {
  it('reads "X said they will prosecute Y" with the one reporting it as the prosecutor and the named person accused', () => {
    expect(prosecuteRule('Valdorian authorities said Thursday they will prosecute Harbour patient Ana Kosta when she returns.')[0])
      .toMatchObject({ parties: ['Valdorian authorities', 'Ana Kosta'], accused: 1 });
    expect(prosecuteRule('The state plans to prosecute the landlord over the fire.')[0].parties).toEqual(['state', 'landlord']);
    expect(prosecuteRule('A professor said it is unusual to prosecute someone for this.')).toEqual([]);
  });
});

describe('criticism with an adverb before it or a day after it', () => {
  it('reads "X sharply criticized Friday Y\'s policy" as X against Y', () => {
    expect(criticisesRule("A top regional bank official sharply criticized Friday the Board's ongoing policy of low rates.")[0].parties)
      .toEqual(['top regional bank official', 'Board']);
    expect(criticisesRule('The union fiercely criticised the plan.')).toEqual([]);
  });
});

describe('a party named by a pronoun', () => {
  it('reads "her" as the one full name the sentence gave before it, not a name that only owns something', () => {
    expect(hostilityRule("Ana Kosta has an explanation for Ivo Brand's alleged role: the rival leader has a longtime grudge against her.")[0].parties)
      .toEqual(['rival leader', 'Ana Kosta']);
    expect(hostilityRule('Ana Kosta and Ida Lind met; the rival leader has a grudge against her.')).toEqual([]);
  });
});

describe('two parties fighting over something', () => {
  it('reads "X is fighting Y over Z" and "X takes on Y over Z", but not "fighting cancer over the summer"', () => {
    expect(fightsOverRule('Residents are fighting the developer over the new tower.')[0].parties).toEqual(['Residents', 'developer']);
    expect(fightsOverRule('Greenpeace takes on Shell over Arctic drilling.')[0].parties).toEqual(['Greenpeace', 'Shell']);
    expect(fightsOverRule('She is fighting cancer over the summer.')).toEqual([]);
  });
});

describe('a strike whose strikers speak through their union', () => {
  const meta = { headline: 'Dock workers strike over pay', published: '2026-03-02T09:00:00Z', outlet: null, authors: [], url: null, language: 'en' };
  it('sets the employer against the strikers, the union leader on the strikers’ side', () => {
    const a = analyzeArticle([
      'Hundreds of dock workers walked out on Monday in a row over pay.',
      '“This is the worst deal in a decade,” said union leader Jo Park.',
      'The employer, Harbour Logistics, rejected the claim.',
      '“Our offer is fair and generous,” its chief executive, Lee Grant, said.',
    ], meta);
    expect(a.sides.map((s) => s.name)).toEqual(['Harbour Logistics', 'dock workers']);
    const sideOf = (name: string) => a.speakers.find((s) => s.name === name)?.side;
    expect(sideOf('Jo Park')).toBe('B');
    expect(sideOf('Lee Grant')).toBe('A');
  });
});
