import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

describe('statistics: numbers that are not statistics', () => {
  it('leaves out years, dates and clock times', () => {
    expect(textsOf('The plan, first drafted in 2019, was signed on 14 March 2021 at 10.30am and again on June 3.')).toEqual([]);
  });

  it('leaves out ordinals in idioms and names built on numbers', () => {
    expect(textsOf('Talks at the 11th hour failed to save the seven-day service promised on BBC Radio 4.')).toEqual([]);
  });

  it('leaves out addresses', () => {
    expect(textsOf('Aides at No 10 met visitors at 22 Harbour Street.')).toEqual([]);
    expect(textsOf('Shots were reported in the 4500 block of Elm Road.')).toEqual([]);
  });

  it('leaves out phone numbers and list numbering', () => {
    expect(textsOf('Call 0800 555 0199 for help.', '2. Bring your own bag.')).toEqual([]);
    // Numbered points run into one paragraph; a count closing a sentence stays one.
    expect(textsOf('1. The board met. 2. The board voted. 3. Members went home.')).toEqual([]);
    expect(textsOf('The side lost 3. Fans left early.')).toEqual(['3']);
  });

  it('leaves out durations and ages', () => {
    expect(textsOf('The 64-year-old builder, aged 64, waited three weeks for a 10-year licence.')).toEqual([]);
    expect(textsOf('A minute or two later the lights went out, a year and a half after the last cut.')).toEqual([]);
  });

  it('leaves out links, hashtags and product codes', () => {
    expect(textsOf('See example.org/page2 and #Vote2024 on your 5G phone.')).toEqual([]);
  });

  it('still reads money that looks like a year', () => {
    expect(textsOf('The fine was £2019 in total.')).toEqual(['£2019']);
  });

  it('leaves out clock times written in words', () => {
    expect(textsOf('The doors open at seven o’clock.')).toEqual([]);
  });

  it('leaves out an age set off by commas', () => {
    expect(textsOf('The minister, 58, faces a vote.')).toEqual([]);
  });

  it('leaves out a number that is called, and keeps a count of people called', () => {
    expect(textsOf('A neighbour saw the van and called 911.')).toEqual([]);
    expect(textsOf('Operators took 999 calls overnight.')).toEqual([]);
    expect(textsOf('Volunteers called 500 voters.')).toEqual(['500']);
  });

  it('leaves out a twenty-four-hour clock time', () => {
    expect(textsOf('The match ended at 0100 GMT after 1,200 fans had left.')).toEqual(['1,200']);
  });

  it('leaves out the years and dates of a paragraph holding very many numbers, and keeps its counts', () => {
    // A table flattened into one paragraph: far more numbers than a sentence of prose holds.
    const rows = Array.from({ length: 40 }, (_, i) => ({ year: 1980 + i, schools: 3 + 2 * i, day: 1 + (i % 28) }));
    const paragraph = rows.map((r) => `in ${r.year} there were ${r.schools} schools on May ${r.day}`).join('; ');
    expect(textsOf(paragraph)).toEqual(rows.map((r) => String(r.schools)));
  });
});

describe('statistics: set phrases and numbered streets', () => {
  it('leaves out "net zero", "zero tolerance" and a house number on a numbered street ("2800 40th St.")', () => {
    expect(textsOf('The firm vowed to be net zero carbon by 2040 and showed zero tolerance.')).toEqual([]);
    expect(textsOf('Police were called to 2800 40th St. where 12 people had gathered.')).toEqual(['12']);
  });
});

describe('statistics: numbers inside names and year abbreviations', () => {
  it('leaves out a number word capitalised inside a sentence ("the Big Ten", "THE NINE NETWORK")', () => {
    expect(textsOf('Fans say the Big Ten will send a team, and she works for the Nine Network.')).toEqual([]);
    expect(textsOf('ROSA LIND IS THE NINE NETWORK ARTS EDITOR')).toEqual([]);
  });

  it('still counts a capitalised number word opening a sentence', () => {
    expect(textsOf('Two trucks crashed on the bridge.')).toEqual(['Two']);
  });

  it('leaves out a year written with an apostrophe ("in ’91", "in \'92")', () => {
    expect(textsOf('It went wrong for him in ’91 and again in \'92.')).toEqual([]);
  });
});

describe('statistics: how old someone is or looks, and a number that is called', () => {
  it('leaves out "who was 21 at the time", "who looked about 30" and "a tip to 911", but keeps counts beside them', () => {
    expect(textsOf('Roof, who was 21 at the time, was arrested. A woman who looked about 30 left.')).toEqual([]);
    expect(textsOf('A tip to 911 led the police to a second device.')).toEqual([]);
    expect(textsOf('He was 21 points ahead, and 30 units were sold.')).toEqual(['21', '30']);
  });
});

describe('statistics: which one of a sequence', () => {
  it('leaves out "on day two", "in phase 3", "round two", but keeps counts after a time noun ("Each year 300 people")', () => {
    expect(textsOf('Stuffing is better on day two. The plan is in phase 3, and round two starts soon.')).toEqual([]);
    expect(textsOf('Each year 300 people visit, and on the day 40 people left.')).toEqual(['300', '40']);
  });
});
