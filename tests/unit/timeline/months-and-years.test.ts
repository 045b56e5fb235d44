import { describe, expect, it } from 'vitest';
import { datesOf, TUESDAY } from './helpers';

describe('timeline: months, years and seasons', () => {
  it('places a month without a year by tense', () => {
    expect(datesOf('The budget was approved in June.')).toEqual([['June', '2015-06']]);
    expect(datesOf('The new term starts in September.')).toEqual([['September', '2016-09']]);
    expect(datesOf('Support was lower in January.')).toEqual([['January', '2016-01']]);
  });

  it('places "last April" before the publication month and "next May" after it, in whichever year that takes', () => {
    expect(datesOf('Sales began last April and again last March.')).toEqual([['April', '2015-04'], ['March', '2016-03']]);
    expect(datesOf('The plant reopens next May, and the mine next April.')).toEqual([['May', '2016-05'], ['April', '2017-04']]);
  });

  it('reads "May" the month after a word that names it, where the parser leaves it for the modal verb', () => {
    expect(datesOf('A study published this May in the journal found it.')).toEqual([['May', '2016-05']]);
    expect(datesOf('Prices have risen since May.')).toEqual([['May', '2015-05']]);
    expect(datesOf('You May go now, and May I add one thing.')).toEqual([]);
  });

  it('places a deadline or a start by its distance from publication, not by the tense of the clause that sets it', () => {
    expect(datesOf('Ministers asked for answers no later than May 10.')).toEqual([['May 10', '2016-05-10']]);
    expect(datesOf('The firm promised to pay a fee if the deal did not close by July 18.')).toEqual([['July 18', '2016-07-18']]);
    expect(datesOf('Talks were held ahead of the May 5 election.')).toEqual([['May 5', '2016-05-05']]);
    expect(datesOf('The council approved the plan in May.')).toEqual([['May', '2015-05']]);
  });

  it('takes the year in which a written weekday falls on the written date', () => {
    expect(datesOf('The deal was signed on Friday, April 24.')).toEqual([['on Friday, April 24', '2015-04-24']]);
    expect(datesOf('The deal was signed on Wednesday, April 20.')).toEqual([['on Wednesday, April 20', '2016-04-20']]);
  });

  it('dates "this week" by the publication day, not by the Sunday before it', () => {
    const march1 = { ...TUESDAY, published: '2016-03-01T09:00:00Z' };
    expect(datesOf('Talks resumed this week.', march1)).toEqual([['this week', '2016-03-01']]);
  });

  it('reads day-month dates and full dates', () => {
    expect(datesOf('The lease ran from 3 February to 19 March.')).toEqual([
      ['3 February', '2016-02-03'], ['19 March', '2016-03-19'],
    ]);
    expect(datesOf('The vote on June 23, 2016 changed everything.')).toEqual([['June 23, 2016', '2016-06-23']]);
  });

  it('reads numeric dates day-first on a British page', () => {
    expect(datesOf('The letter was dated 05/03/2015.')).toEqual([['05/03/2015', '2015-03-05']]);
  });

  it('reads relative years and bare years', () => {
    expect(datesOf("Last year's count was low, lower than in 2009 and since 1998.")).toEqual([
      ["Last year's count", '2015'], ['2009', '2009'], ['1998', '1998'],
    ]);
  });

  it('reads the start and end of a period', () => {
    expect(datesOf('Prices rose at the start of the year and will fall by the end of 2017.')).toEqual([
      ['the start of the year', '2016-01'], ['the end of 2017', '2017-12'],
    ]);
  });

  it('reads seasons relative to the publication date', () => {
    expect(datesOf('Exams were taken last summer and resume next spring.')).toEqual([
      ['last summer', '2015'], ['next spring', '2017'],
    ]);
    expect(datesOf('Crowds grow at the start of the summer season.')).toEqual([]);
    // "until late fall" is the season, in a sentence with no other time word; "a late fall in prices" is a drop.
    expect(datesOf('The firm will not touch the new fund before late fall.')).toEqual([['late fall', '2016']]);
    expect(datesOf('Shares suffered a late fall in trading.')).toEqual([]);
  });

  it('joins a year and the month of the same clause', () => {
    expect(datesOf('Planning for the 2017 tour that opens in March began.')).toEqual([['2017 tour that opens in March', '2017-03']]);
    expect(datesOf('It was first proposed in May last year.')).toEqual([['May last year', '2015-05']]);
  });

  it('reads "ago" at the precision it gives', () => {
    expect(datesOf('The mine closed three years ago.')).toEqual([['three years ago', '2013']]);
  });

  it('resolves absolute dates but leaves relative ones unplaced without a publication date', () => {
    const undated = { ...TUESDAY, published: null };
    expect(datesOf('It opened in 2012 and shut on Monday.', undated)).toEqual([['2012', '2012'], ['on Monday', null]]);
    // Words that count from today ("next year", "last week", "ten years ago") are not placed by the reader's clock.
    const relative = datesOf(['The plant will open next year.', 'Talks failed last week.', 'The mine closed ten years ago.', 'Sales start today.'], undated);
    expect(relative.length).toBeGreaterThan(0);
    expect(relative.every(([, date]) => date === null)).toBe(true);
    expect(datesOf('The deal was signed on March 3, 2014.', undated)).toEqual([['March 3, 2014', '2014-03-03']]);
  });

  it('reads the page date as printed, not in UTC', () => {
    const lateEvening = { ...TUESDAY, published: '2019-11-19T23:34:00-05:00', language: 'en-US' };
    expect(datesOf('Teachers rallied on Tuesday.', lateEvening)).toEqual([['on Tuesday', '2019-11-19']]);
  });
});

describe('timeline: the tense that places a month without its year', () => {
  it('reads a participle after a comma by the clause it hangs on ("opens on 30 April, followed by a tour in May")', () => {
    expect(datesOf('The show opens on 30 April, followed by a national tour in May.')).toEqual([['on 30 April', '2016-04-30'], ['May', '2016-05']]);
  });
  it('reads the tense of the narrative around a month, not of the words quoted beside it', () => {
    expect(datesOf('The log says the panel requested “any messages, including texts, emails or notes” in June.')).toEqual([['June', '2015-06']]);
    expect(datesOf('Tourism “will become increasingly important,” according to a forecast in March.')).toEqual([['March', '2016-03']]);
  });
  it('puts the end of a range without its year after its start ("moved from September to January")', () => {
    expect(datesOf('The gala was moved from March to August.')).toEqual([['March', '2016-03'], ['August', '2016-08']]);
  });
  it('reads a month fronted before a dash by the clauses after it ("And in June — the same month … — medics saved …")', () => {
    expect(datesOf('And in June — the same month the clinic closed — medics saved an infant.')[0]).toEqual(['June', '2015-06']);
  });
  it('reads "set to" as looking ahead ("Combined with a wage rise also set to take effect in July, she warned")', () => {
    expect(datesOf('Combined with a wage rise also set to take effect in July, the owners warned of closures.')).toEqual([['July', '2016-07']]);
  });
  it('reads a list’s "including" after a comma by the clause it hangs on ("has won 15 games, including the final in February")', () => {
    expect(datesOf('The club has won 15 of its past 16 games, including the cup final in February.')).toEqual([['February', '2016-02']]);
    expect(datesOf('The band will play 20 shows, including two in February.')).toEqual([['February', '2017-02']]);
  });
  it('takes an "-ed" word after an article or a preposition for an adjective, not a past verb ("in limited release")', () => {
    expect(datesOf('The film is out in limited release in May.')).toEqual([['May', '2016-05']]);
    expect(datesOf('The film was released in May.')).toEqual([['May', '2015-05']]);
  });
});

describe('timeline: holidays', () => {
  it('dates fixed and moving holidays by tense', () => {
    expect(datesOf('Shops shut on Christmas Day and reopen after Easter Monday.')).toEqual([
      ['Christmas Day', '2015-12-25'], ['Easter Monday', '2016-03-28'],
    ]);
    expect(datesOf('A deal is expected by Easter 2017.')).toEqual([['Easter 2017', '2017-04-16']]);
  });

  it('takes the year named right after the holiday ("Thanksgiving weekend last year", "Easter next year")', () => {
    expect(datesOf('Nine drivers died during Thanksgiving weekend last year.')).toEqual([['Thanksgiving weekend last year', '2015-11-26']]);
    expect(datesOf('The vote falls on Easter next year.')).toEqual([['Easter next year', '2017-04-16']]);
  });

  it('counts "the day after" from the holiday or date written after it', () => {
    expect(datesOf('The day after Easter, the crew sailed north.')).toEqual([['The day after Easter', '2016-03-28']]);
    expect(datesOf('Two weeks before 3 April, the talks collapsed.')).toEqual([['Two weeks before 3 April', '2016-03-20']]);
  });

  it('reads no date in a holiday that names a kind of thing ("a lighted Christmas tree", "their Easter eggs")', () => {
    expect(datesOf('The march ended by the lake, a lighted Christmas tree shining on the water.')).toEqual([]);
    expect(datesOf('The children hid their Easter eggs in the garden.')).toEqual([]);
    expect(datesOf('The office shut for the Christmas holiday.')).toEqual([['Christmas', '2015-12-25']]);
  });
});

describe('timeline: the publication date', () => {
  it('reads a publication date printed in words', () => {
    expect(datesOf('The mayor resigned on Monday.', { ...TUESDAY, published: 'April 26, 2016 2:55pm' })).toEqual([['on Monday', '2016-04-25']]);
  });

  it.each([['20160426'], ['2016/04/26 14:55:00'], ['Tue, 26 Apr 2016 14:55:00 EST'], ['Tue Apr 26 14:55:00 EDT 2016']])('reads the compact, slashed and mail-style forms older sites use: %s', (published) => {
    expect(datesOf('The mayor resigned on Monday.', { ...TUESDAY, published })).toEqual([['on Monday', '2016-04-25']]);
  });
});

describe('timeline: the tense that places a month or a weekday (published Tuesday 26 April 2016)', () => {
  it('reads the clause of what was said apart from the saying ("said on Monday that … will")', () => {
    expect(datesOf('The firm said on Monday that the plant will close.')).toEqual([['on Monday', '2016-04-25']]);
    expect(datesOf('The firm said that the plant will close in June.')).toEqual([['June', '2016-06']]);
    expect(datesOf('The firm will sell the lander that it unveiled in February.')).toEqual([['February', '2016-02']]);
  });

  it('takes the main clause’s tense for a month set off at the front ("In November, the team published …")', () => {
    expect(datesOf('In November, the team published its study.')).toEqual([['November', '2015-11']]);
    expect(datesOf('In November, the team will publish its study.')).toEqual([['November', '2016-11']]);
    // A name and its apposition stand between the month and the verb.
    expect(datesOf('But in June, Ana Ruiz, the head of the team, published its study.')).toEqual([['June', '2015-06']]);
  });

  it('lets the verb nearer the month decide a clause with both a past and a future word', () => {
    expect(datesOf('The shop owner who in November won a grant plans to open a second store.')).toEqual([['November', '2015-11']]);
    expect(datesOf('The council, which approved the budget, will vote again in November.')).toEqual([['November', '2016-11']]);
    expect(datesOf('Fuel shipped by rail will be loaded into the plant in June.')).toEqual([['June', '2016-06']]); // "loaded" after "be"
    expect(datesOf('Fuel that will power the plant was shipped in June.')).toEqual([['June', '2015-06']]);
  });

  it('keeps the nearer date for a month inside a sentence whose next clause has its own tense', () => {
    expect(datesOf('The films will be on sale around the world on May 10, the studio announced.')).toEqual([['May 10', '2016-05-10']]);
  });

  it('keeps a story told in a past year in that year: a month or day without a year after one printed with it', () => {
    expect(datesOf('The plan began in September 2009, after the minister resigned in May.')).toEqual([
      ['September 2009', '2009-09'], ['May', '2009-05'],
    ]);
    expect(datesOf('She raised her doubts in the spring of 2011. However on March 6 he wrote back.')).toEqual([
      ['in the spring of 2011', '2011'], ['March 6', '2011-03-06'],
    ]);
  });

  it('leaves a month to the publication date when the printed year is a yardstick, recent, in another paragraph or ahead', () => {
    expect(datesOf('Sales in August were the highest since January 2006.')).toEqual([['August', '2015-08'], ['January 2006', '2006-01']]);
    expect(datesOf('Sales rose in May, the best since January 2006.')).toEqual([['May', '2015-05'], ['January 2006', '2006-01']]);
    expect(datesOf('The law passed in March 2015. In January, lawmakers met again.')).toEqual([['March 2015', '2015-03'], ['January', '2016-01']]);
    expect(datesOf(['The firm was founded in March 1998.', 'In January, it reported a loss.'])).toEqual([['March 1998', '1998-03'], ['January', '2016-01']]);
    expect(datesOf('The firm was founded in March 1998 and plans to list its shares in September.')).toEqual([
      ['March 1998', '1998-03'], ['September', '2016-09'],
    ]);
  });
});

describe('timeline: a month set against a year', () => {
  it('keeps "in 2017 instead of the two foreseen as of September" two dates', () => {
    const dates = datesOf('The bank sees three rises in 2017 instead of the two foreseen as of September.');
    expect(dates.map(([text]) => text)).toEqual(['2017', 'September']);
    expect(dates[1][1]).not.toMatch(/^2017/);
  });
});

describe('timeline: spans of years and older years', () => {
  it('dates "the recessions of 1990-91" and "the 2019–2020 season" from their first year', () => {
    expect(datesOf('He spoke of the recessions of 1990-91 and 2001, and of the 2019–2020 season.')).toEqual([
      ['1990-91', '1990'], ['2001', '2001'], ['2019–2020', '2019'],
    ]);
  });
  it('reads a year before 1800 after a word that dates it, not a count of things', () => {
    expect(datesOf('The corps was established by the Continental Congress in 1775.')).toEqual([['1775', '1775']]);
    expect(datesOf('Floods hit in 1500 homes.')).toEqual([]);
  });
});

describe('timeline: quarters of a year', () => {
  it('dates a quarter by the month it starts (or ends, after "the end of"), and a game\'s quarter not at all', () => {
    const spring = { ...TUESDAY, published: '2024-05-10T10:00:00Z' };
    expect(datesOf(['The deal is due to close by the end of the third quarter.', 'Sales fell in the fourth quarter of 2023.', 'Profit rose 5% in the first quarter.'], spring)).toEqual([
      ['the end of the third quarter', '2024-09'], ['the fourth quarter of 2023', '2023-10'], ['the first quarter', '2024-01'],
    ]);
    expect(datesOf('The Lakers led by 10 points in the third quarter.', spring)).toEqual([]);
  });
});

describe('timeline: a span counted from the date just given', () => {
  it('dates "from 4.1% a year earlier" after "in April" and "two months later" after a day, to the month', () => {
    const spring = { ...TUESDAY, published: '2024-05-10T10:00:00Z' };
    expect(datesOf(['Unemployment fell to 3.9% in April from 4.1% a year earlier.', 'The plant opened on March 3, 2020; two months later it closed.'], spring)).toEqual([
      ['April', '2024-04'], ['a year earlier', '2023-04'], ['March 3, 2020', '2020-03-03'], ['two months later', '2020-05'],
    ]);
  });
  it('leaves it unplaced after a date told from now ("today - almost 30 years later") or with no date before it', () => {
    const dates = datesOf(['Her fears chime with views held today - almost 30 years later.', 'A year later, nothing had changed.']);
    expect(dates.filter(([text]) => /later/.test(text ?? '')).map(([, date]) => date)).toEqual([null, null]);
  });
});
