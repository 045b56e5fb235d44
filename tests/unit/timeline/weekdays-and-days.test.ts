import { describe, expect, it } from 'vitest';
import { datesOf, timelineOf } from './helpers';

describe('timeline: days around the publication date', () => {
  it('places weekdays on the nearest day of the publication week', () => {
    expect(datesOf('The talks broke down on Monday and resume on Wednesday.')).toEqual([
      ['on Monday', '2016-04-25'], ['on Wednesday', '2016-04-27'],
    ]);
  });

  it('reads a fronted weekday by the first verb of the main clause, not by a "would" in what was said', () => {
    // Published on a Tuesday: "On Saturday, …, said the vote would go ahead" is last Saturday.
    expect(datesOf('On Saturday, the army’s chief spokesman, Col. Ari Pell, said the vote would not stop the raids.')).toEqual([['On Saturday', '2016-04-23']]);
  });

  it('turns the day next to publication day by its own clause’s verb only', () => {
    // Published on a Tuesday: Wednesday is tomorrow unless its own clause looks back.
    expect(datesOf('On Wednesday, troops struck an ambulance convoy.')).toEqual([['On Wednesday', '2016-04-20']]);
    expect(datesOf('That number rose from Wednesday by a few hundred.')).toEqual([['Wednesday', '2016-04-20']]);
    expect(datesOf('Talks broke down on Monday and resume on Wednesday.')).toEqual([['on Monday', '2016-04-25'], ['on Wednesday', '2016-04-27']]);
  });

  it('places a date after "ahead of a" by its distance from publication, whatever the tense ("asked … ahead of a Nov. 29 meeting")', () => {
    expect(datesOf('Members asked for the papers well ahead of a June 9 meeting.')).toEqual([['June 9', '2016-06-09']]);
    expect(datesOf('The rule, in force since 1 June, stays.')).toEqual([['1 June', '2015-06-01']]);
    // A famous date told in the past tense is last year's, however near this year's is ("the Oct. 7 attack").
    expect(datesOf('Troops were deployed after the June 9 attack.')).toEqual([['June 9', '2015-06-09']]);
  });

  it('reads the publication weekday as the publication day', () => {
    expect(datesOf('Drivers walked out on Tuesday.')).toEqual([['on Tuesday', '2016-04-26']]);
  });

  it('lets the tense choose a weekday further off', () => {
    expect(datesOf('Police said on Friday that the road was shut.')).toEqual([['on Friday', '2016-04-22']]);
    expect(datesOf('The board will vote on Friday.')).toEqual([['on Friday', '2016-04-29']]);
    expect(datesOf('He said the firm would publish its accounts on Friday.')).toEqual([['on Friday', '2016-04-29']]);
  });

  it('keeps the hours of a day', () => {
    const [e] = timelineOf('Clinics close from 9am to 4pm on Tuesday.');
    expect(e.date).toBe('2016-04-26T09:00');
    expect(e.precision).toBe('time');
  });

  it('reads today, yesterday and last week', () => {
    expect(datesOf('Nurses marched yesterday. Another march is planned today. Only last week the union agreed.')).toEqual([
      ['yesterday', '2016-04-25'], ['today', '2016-04-26'], ['last week', '2016-04-19'],
    ]);
  });

  it('dates the event told by "It came a day after…" from the day just mentioned', () => {
    expect(datesOf(['The minister resigned on Monday.', 'It came a day after the report was leaked.'])).toEqual([
      ['on Monday', '2016-04-25'], ['a day after', '2016-04-24'],
    ]);
  });

  it('ignores weekdays and day words that name no day', () => {
    expect(datesOf('The row over Sunday trading and work on a Saturday was aired on the Today programme.')).toEqual([]);
    expect(datesOf('He wants better weekend services and night cover now.')).toEqual([]);
  });
});

describe('timeline: words that only look like dates', () => {
  it('reads a month name inside a person\'s name as a name', () => {
    expect(datesOf('Home Secretary Anna May said the rules, first drafted in May, stand.')).toEqual([['May', '2015-05']]);
  });

  it('takes no bare number for a clock time', () => {
    expect(datesOf('The motion passed 310 to 250, capping rents at 5% for 10 years.')).toEqual([]);
  });

  it('reads no hour in the second number of a score before a weekday ("won 28-18 on Sunday")', () => {
    expect(datesOf('The Rovers beat the Owls 28-18 on Sunday.')).toEqual([['on Sunday', '2016-04-24']]);
    expect(datesOf('The motion passed 51-19 Monday.')).toEqual([['Monday', '2016-04-25']]);
  });

  it('leaves the story\'s own "next day" unplaced when no day was told of before it', () => {
    const e = datesOf('He was arrested the next day and charged the following week.');
    expect(e).toEqual([['the next day', null], ['the following week', null]]);
  });

  it('reads the date inside "the night of" and stops before a count', () => {
    expect(datesOf('The storm hit on the night of 3 October. By Thursday morning 14,000 homes were dark.')).toEqual([
      ['3 October', '2015-10-03'], ['Thursday morning', '2016-04-21'], // "were dark": the Thursday before
    ]);
  });

  it('reads "Black Friday" and "the March for…" as names, and a percentage as no time', () => {
    expect(datesOf('Sales on Black Friday rose, as the March for Peace set off.')).toEqual([]);
    expect(datesOf('Rates were held at 5.25% again.')).toEqual([]);
  });

  it('puts a date after "since" in the past', () => {
    expect(datesOf('The rule, in force since 1 June, stays.')).toEqual([['1 June', '2015-06-01']]);
  });
});

describe('timeline: a weekday that owns something is one day', () => {
  it('dates "in the aftermath of Friday’s vote", and still leaves "the issue of Saturday pay"', () => {
    expect(datesOf('In the aftermath of Friday’s vote, tensions rose.')).toEqual([['Friday’s vote', '2016-04-22']]);
    expect(datesOf('The issue of Saturday pay was raised again.')).toEqual([]);
  });

  it('dates a weekday that a part of the day is "of" ("In the early hours of Sunday, …")', () => {
    expect(datesOf('In the early hours of Sunday, the river burst its banks.')).toEqual([['Sunday', '2016-04-24']]);
    expect(datesOf('Staff work a mix of Saturday shifts and early starts.')).toEqual([]);
  });
});

describe('timeline: a time of day on the day the story tells of', () => {
  it('puts a bare time on the day a paragraph shortly before told of, and one in the small hours after a night on the next day', () => {
    expect(datesOf([
      'The bombs went off on Saturday, police said.',
      'At 9:30 a.m., a pipe bomb blew apart a bin.',
      'Detectives worked through Sunday night.',
      'Around 12:30 a.m., officers stopped a car.',
    ])).toEqual([['on Saturday', '2016-04-23'], ['At 9:30 a.m', '2016-04-23T09:30'], ['Sunday night', '2016-04-24'], ['12:30 a.m', '2016-04-25T00:30']]);
  });
  it('takes the day an earlier date of the same sentence gives, and keeps the time as printed in its zone', () => {
    expect(datesOf('A decision will be made Thursday morning before the parade’s 9 a.m. ET start.')).toEqual([
      ['Thursday morning', '2016-04-28'], ['9 a.m. ET', '2016-04-28T09:00'],
    ]);
  });
  it('leaves a bare time on the publication day when no day was told of lately', () => {
    expect(datesOf(['The vote was on Saturday.', 'Turnout was low.', 'Few came.', 'Rain fell.', 'Nobody stayed.', 'Polls close at 10 p.m.'])).toEqual([
      ['on Saturday', '2016-04-23'], ['at 10 p.m', '2016-04-26T22:00'],
    ]);
  });
});

describe('timeline: holidays inside names', () => {
  it('reads no date in "Macy’s Thanksgiving Day Parade", "the Easter Rising" or "Christmas-tree lights", but keeps "On Thanksgiving Day President …"', () => {
    expect(datesOf(['The balloons of Macy’s Thanksgiving Day Parade may not fly.', 'Historians remember the Easter Rising.', 'They used Christmas-tree lights.'])).toEqual([]);
    expect(datesOf('On Christmas Day President Lind spoke.')).toEqual([['Christmas Day', '2015-12-25']]);
  });
});

describe('timeline: a weekday after a name', () => {
  it('dates "wrote in the Washington Post Thursday", while "Black Friday" stays a name', () => {
    expect(datesOf('She wrote an op-ed in the Harbour Daily Post Thursday with a sharp headline.')).toEqual([['Thursday', '2016-04-21']]);
    expect(datesOf('Shops opened early on Black Friday.')).toEqual([]);
  });
  it('dates a weekday after a one-word place or outlet ("arrived in Leeds Tuesday", "told Reuters Tuesday")', () => {
    expect(datesOf('The envoy arrived in Leeds Tuesday to calm tensions.')).toEqual([['Tuesday', '2016-04-26']]);
    expect(datesOf('She told Reuters Monday that she would stay.')).toEqual([['Monday', '2016-04-25']]);
    expect(datesOf('Voters went to the polls on Super Tuesday.')).toEqual([]);
  });
});

describe('timeline: the story\'s own clock, from the day in view', () => {
  it('counts "the following year" from a year told just before, and no "next day" from a year alone', () => {
    expect(datesOf(['In 2012, the agency promised to halve its offices.', 'The following year, an audit found it had not.'])).toEqual([['2012', '2012'], ['The following year', '2013']]);
    expect(datesOf(['In 2012, the agency promised to halve its offices.', 'The next day, an audit found it had not.'])).toEqual([['2012', '2012'], ['The next day', null]]);
  });

  it('places "the next day" and "the following year" after a day the story told of, and leaves them alone without one', () => {
    expect(datesOf(['He entered the church on the evening of June 17, 2015.', 'Witnesses hid.', 'He was arrested the next day, and tried the following year.'])).toEqual([
      ['June 17, 2015', '2015-06-17'], ['the next day', '2015-06-18'], ['the following year', '2016'],
    ]);
    expect(timelineOf('He was arrested the next day.').map((e) => e.date)).toEqual([null]);
  });
});
