import { describe, expect, it } from 'vitest';
import { statsOf, textsOf } from './helpers';

describe('statistics: the forms a number takes', () => {
  it('reads percentages written three ways', () => {
    const s = statsOf('Turnout was 61% in the city, 48.5 per cent in the suburbs and 40 percent elsewhere.');
    expect(s.map((x) => [x.text, x.unit, x.value])).toEqual([
      ['61%', 'percent', 61], ['48.5 per cent', 'percent', 48.5], ['40 percent', 'percent', 40],
    ]);
  });

  it('reads a percentage written in words', () => {
    expect(statsOf('The agent takes a five-percent cut.').map((x) => [x.text, x.value])).toEqual([['five-percent', 5]]);
  });

  it('reads money with symbols, scales and words', () => {
    const s = statsOf('The club paid £1.2bn, the league $3 million, the fans €40m, a pint 50p and the mayor 900 pounds.');
    expect(s.map((x) => [x.text, x.value, x.currency])).toEqual([
      ['£1.2bn', 1.2e9, 'GBP'], ['$3 million', 3e6, 'USD'], ['€40m', 4e7, 'EUR'], ['50p', 0.5, 'GBP'], ['900 pounds', 900, 'GBP'],
    ]);
  });

  it('reads an amount with a space between thousands after a currency letter', () => {
    expect(statsOf('She sold the plot for R75 000 last spring.').map((x) => [x.text, x.value, x.unit])).toEqual([['R75 000', 75000, 'money']]);
  });

  it('reads a local-currency sum closed with "/-" ("4m/-", "10,000/-")', () => {
    expect(statsOf('Each pole cost 4m/-, and she now makes 10,000/- a day.').map((x) => [x.text, x.value, x.unit])).toEqual([
      ['4m/-', 4e6, 'money'], ['10,000/-', 10000, 'money'],
    ]);
  });

  it('reads counts with the thing counted', () => {
    const s = statsOf('More than 3,400 households and 12 schools lost power.');
    expect(s.map((x) => [x.text, x.value, x.measures])).toEqual([
      ['3,400', 3400, 'households'], ['12', 12, 'schools'],
    ]);
    expect(s[0].approx).toBe('more than');
  });

  it('reads number words that count something, and leaves "one of" alone', () => {
    expect(textsOf('Seven ferries and twenty-two buses were cancelled, one of the worst days.')).toEqual(['Seven', 'twenty-two']);
  });

  it('reads fractions and shares', () => {
    expect(textsOf('Two-thirds of members agreed, a quarter disagreed and almost half of them abstained.')).toEqual([
      'Two-thirds', 'a quarter', 'half',
    ]);
  });

  it('reads a share followed by a preposition', () => {
    expect(textsOf('Fares have risen by a third in two years.')).toEqual(['a third']);
  });

  it('does not take an ordinal or a half-time for a fraction', () => {
    expect(textsOf('It was a third term for the mayor, and the first half of the match was dull.')).toEqual([]);
  });

  it('reads ratios of the "one in four" kind', () => {
    const s = statsOf('One in four pupils and 3 out of 10 teachers walked out.');
    expect(s.map((x) => [x.text, x.unit, x.value])).toEqual([['One in four', 'ratio', 0.25], ['3 out of 10', 'ratio', 0.3]]);
  });

  it('reads betting odds where the sentence talks of betting', () => {
    expect(statsOf('Bookmakers have cut the odds on a snap poll to 7/2.').map((x) => [x.text, x.unit])).toEqual([['7/2', 'odds']]);
  });

  it('reads "N-to-M" and "N to M" as one ratio, or odds where the text talks of betting', () => {
    const s = statsOf('The fund ran a 30-to-1 leverage ratio, and critics outnumbered supporters 9 to 1 against.');
    expect(s.map((x) => [x.text, x.unit, x.value])).toEqual([['30-to-1', 'ratio', 30], ['9 to 1', 'ratio', 9]]);
    expect(statsOf('Bookmakers had the colt at 20 to 1 and the filly a 50-to-1 shot.').map((x) => [x.text, x.unit])).toEqual([
      ['20 to 1', 'odds'], ['50-to-1', 'odds'],
    ]);
    expect(statsOf('The council voted 7 to 2 to close the pool.').map((x) => x.text)).toEqual(['7 to 2']);
    expect(statsOf('The board voted 9 to 1 earlier this week.').map((x) => x.text)).toEqual(['9 to 1']);
  });

  it('reads a rise "from" the larger number "to" the smaller as ratios, not a range', () => {
    expect(statsOf('Leverage increased from 18 to 1, to over 25 to 1.').map((x) => [x.text, x.unit])).toEqual([
      ['18 to 1', 'ratio'], ['25 to 1', 'ratio'],
    ]);
    expect(textsOf('Sales rose from 5 to 12 a week, and output increased from 10 to 2 plants.')).toEqual(['5', '12', '10', '2']);
  });

  it('leaves a range of amounts written with "to" as its numbers', () => {
    expect(textsOf('Between 5 to 10 people came, and staff were cut from 12 to 3.')).toEqual(['5', '10', '12', '3']);
    expect(textsOf('Each class now has 30 to 4 teachers.')).not.toContain('30 to 4');
    expect(textsOf('It raises the limit from the current $154,000 to $220,000.')).toEqual(['$154,000', '$220,000']);
    expect(textsOf('Fillets sell for $24 to $28 a pound, against $10-15 last year.')).toEqual(['$24', '$28', '$10-15']);
  });

  it('counts "two other people" and reads "four or five buyers" as one count', () => {
    expect(textsOf('Two years ago two other people were hurt, and seven other active-duty officers were suspended.')).toEqual(['two', 'seven']);
    expect(textsOf('They sell to four or five buyers. One or the other will win, and he asked two or three times.')).toEqual(['four or five', 'two or three']);
  });

  it('counts an open count written in words ("nine or more servings", "ten or so tests"), not "two or more" alone', () => {
    expect(textsOf('Those who ate nine or more servings a day, and the ten or so tests he ran, say so. We need two or more.')).toEqual(['nine or more', 'ten or so']);
  });

  it('counts a share in a comparison ("a third less") and the children of "a mother of three"', () => {
    expect(textsOf('Its emissions are roughly a third less. She is a widow, mother of three and a former cook.')).toEqual(['a third', 'three']);
  });

  it('counts how many times something happened ("called nine times"), leaving a multiple to its own reading', () => {
    expect(textsOf('He called the home nine times in two months, and it was listed four or five times.')).toEqual(['nine', 'four or five']);
    expect(statsOf('Prices rose three times faster than wages.').map((x) => [x.text, x.unit])).toEqual([['three times', 'ratio']]);
  });

  it('counts a number after its verb with its noun left before it ("she had taken eight,"), not an age', () => {
    expect(textsOf('Two tablets was a lethal dose, and she had taken eight, her mother said.')).toEqual(['Two', 'eight']);
    expect(textsOf('In 2019 he turned seven.')).toEqual([]);
  });

  it('counts things a century old ("one of four century-old schooners"), while a person’s age stays out', () => {
    expect(textsOf('The boat is one of four century-old wooden schooners still fishing.')).toEqual(['four']);
    expect(textsOf('A 12 year-old boy and a four-century-old church.')).toEqual([]);
  });

  it('reads one of a scale with its currency word, a half million, and a comparative in -er after "times"', () => {
    expect(textsOf('The union valued the deal at over a billion dollars.')).toEqual(['a billion dollars']);
    expect(textsOf('It is home to a half million more people.')).toEqual(['a half million']);
    expect(statsOf('The drug is 50 times stronger than heroin.').map((x) => [x.text, x.unit])).toEqual([['50 times', 'ratio']]);
  });

  it('keeps the noun a count is written onto ("the 14-station trip"), and leaves a part of a place out ("the northern half")', () => {
    expect(textsOf('The 14-station trip runs through the northern half of the county, the 20-largest towns among them.')).toEqual(['14-station', '20']);
  });

  it('counts a share cut "by half"', () => {
    expect(textsOf('The agency committed to reducing its offices by half over a decade.')).toEqual(['half']);
  });

  it('reads a negative percentage with its minus sign, and money with a hyphenated scale', () => {
    const s = statsOf('Growth slowed to -0.4% in May, after −1.5 per cent in April; the bridge cost $600-million.');
    expect(s.map((x) => [x.text, x.value])).toEqual([['-0.4%', -0.4], ['−1.5 per cent', -1.5], ['$600-million', 6e8]]);
    expect(textsOf('It grew 2-3% a year.')).toEqual(['2-3%']);
  });

  it('reads the yield of a bomb as a measurement', () => {
    expect(statsOf('A 15-kiloton bomb and a 1.2 megaton warhead.').map((x) => [x.text, x.unit])).toEqual([
      ['15-kiloton', 'measure'], ['1.2 megaton', 'measure'],
    ]);
  });

  it('reads sea, speed, power and data units with their numbers', () => {
    expect(statsOf('Ships searched 10,000 square nautical miles; the jet flew at 353 knots.').map((x) => [x.text, x.unit])).toEqual([
      ['10,000 square nautical miles', 'measure'], ['353 knots', 'measure'],
    ]);
    expect(textsOf('Pages load in 600 milliseconds from a 5-megawatt site holding 2 terabytes.')).toEqual(['600 milliseconds', '5-megawatt', '2 terabytes']);
    expect(textsOf('The bank kept its rate at 25bp after a cut of 50 basis points.')).toEqual(['25bp', '50 basis points']);
  });

  it('reads vague amounts with their size', () => {
    const s = statsOf('Dozens of shops shut as thousands of people marched.');
    expect(s.map((x) => [x.text, x.vague])).toEqual([['Dozens', true], ['thousands', true]]);
  });

  it('reads "two dozen" as one count of 24, the thing counted after it', () => {
    const s = statsOf('More than two dozen people were treated, and three dozen eggs were broken.');
    expect(s.map((x) => [x.text, x.value, x.measures, x.vague ?? false])).toEqual([
      ['two dozen', 24, 'people', false], ['three dozen', 36, 'eggs', false],
    ]);
  });

  it('reads measurements and ranges', () => {
    const s = statsOf('The wall stands 300 metres from the road, and 10-15% of it is cracked.');
    expect(s.map((x) => [x.text, x.unit])).toEqual([['300 metres', 'measure'], ['10-15%', 'percent']]);
    expect(s[1].upper).toBe(15);
  });

  it('reads a hyphenated "N-to-M" before a unit as a measured range, not a ratio', () => {
    const s = statsOf('An 8-to-10 foot wave hit a 5-to-7 metre boat; the board voted 5-to-4.');
    expect(s.map((x) => [x.text, x.unit, x.upper ?? null])).toEqual([
      ['8-to-10 foot', 'measure', 10],
      ['5-to-7 metre', 'measure', 7],
      ['5-to-4', 'ratio', null],
    ]);
  });

  it('gives one statistic per mention, even when a value repeats', () => {
    expect(textsOf('Support was 40%. A week later it was 40% again.')).toEqual(['40%', '40%']);
  });

  it('keeps every text verbatim at its offsets', () => {
    const text = 'Nearly £2m went on 140 new beds, about 12% of the budget.';
    for (const s of statsOf(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('statistics: scales written in words', () => {
  it('reads "half a million" as one count', () => {
    expect(statsOf('Half a million people signed.').map((x) => [x.text, x.value])).toEqual([['Half a million', 500000]]);
  });

  it('reads lakh and crore amounts', () => {
    expect(statsOf('The scheme, worth Rs 40 crore, pays Rs 2 lakh each.').map((x) => [x.text, x.value, x.currency])).toEqual([
      ['Rs 40 crore', 4e8, 'INR'], ['Rs 2 lakh', 2e5, 'INR'],
    ]);
  });

  it('reads a tally written with a dash as one figure', () => {
    expect(statsOf('The council voted 31-17 to close the library.').map((x) => [x.text, x.unit])).toEqual([['31-17', 'ratio']]);
  });
});

describe('statistics: measurements with a scale or a hyphenated unit', () => {
  it('keeps the unit after a scale word ("2 million tons", "one million tonnes")', () => {
    const s = statsOf('The works used 2 million tons of gravel and one million tonnes of sand over 3 million miles of road.');
    expect(s.map((x) => [x.text, x.unit, x.value])).toEqual([
      ['2 million tons', 'measure', 2e6], ['one million tonnes', 'measure', 1e6], ['3 million miles', 'measure', 3e6],
    ]);
  });

  it('reads "a 300-pound cover" as a weight, but leaves "a 20-pound note" to money and counts', () => {
    expect(statsOf('A 300-pound cover flew into the air.').map((x) => [x.text, x.unit, x.currency])).toEqual([['300-pound', 'measure', 'lb']]);
    expect(statsOf('She paid with a 20-pound note.').map((x) => x.unit)).not.toContain('measure');
  });

  it('reads multiples that compare: "double the", "twice as", "three times the", "fourfold"; a count of tries is a count', () => {
    const s = statsOf('It sells 90 brands, double the number it sold, twice as many as its rival and 10 times the average; profit rose fourfold and costs 3-fold.');
    expect(s.filter((x) => x.unit === 'ratio').map((x) => [x.text, x.value])).toEqual([
      ['double', 2], ['twice', 2], ['10 times', 10], ['fourfold', 4], ['3-fold', 3],
    ]);
    // A repeat is a count (gold conventions: "repeats" are statistics, optional where unsure), never a multiple.
    expect(statsOf('He knocked three times. The hall will double as a museum.').map((x) => [x.text, x.unit])).toEqual([['three', 'count']]);
  });

  it('reads one unit counted by "a" where the words around it measure ("a foot of snow", "more than a mile")', () => {
    expect(statsOf('Up to a foot of snow fell, and more than a mile of road closed.').map((x) => [x.text, x.unit, x.currency])).toEqual([
      ['a foot', 'measure', 'ft'], ['a mile', 'measure', 'mi'],
    ]);
    expect(statsOf('She never put a foot wrong, and it was a mile-long queue.')).toEqual([]);
  });

  it('reads milligrams, degrees with their scale and a fraction of a percentage point with their units', () => {
    expect(statsOf('The lab heats 10 milligrams to 280 degrees Celsius.').map((x) => [x.text, x.currency])).toEqual([
      ['10 milligrams', 'mg'], ['280 degrees Celsius', '°C'],
    ]);
    expect(statsOf('The yield rose by half a percentage point.').map((x) => [x.text, x.unit, x.value])).toEqual([['half a percentage point', 'percent', 0.5]]);
  });
});

describe('statistics: two numbers sharing one sign', () => {
  it('reads "five and even six per cent" and "between 10 and 12 percent" as two percentages', () => {
    const s = statsOf('Rates rose above five and even six per cent, or between 10 and 12 percent for some.');
    expect(s.map((x) => [x.text, x.unit])).toEqual([['five', 'percent'], ['six per cent', 'percent'], ['10', 'percent'], ['12 percent', 'percent']]);
    expect(statsOf('Some 40 people or 5% of the staff left.').map((x) => [x.text, x.unit])).toEqual([['40', 'count'], ['5%', 'percent']]);
  });
});
