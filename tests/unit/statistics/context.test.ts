import { describe, expect, it } from 'vitest';
import { statsOf } from './helpers';

describe('statistics: qualifiers, sources and links', () => {
  it('keeps the qualifier in approx', () => {
    const s = statsOf('Nearly 300 flights, at least 5,000 bags and about £3m were affected.');
    expect(s.map((x) => x.approx)).toEqual(['nearly', 'at least', 'about']);
  });

  it('names a poll as the source, from the sentence or its neighbour', () => {
    const s = statsOf('A YouGov survey for the Daily Bugle has found 38% back the scheme. Another 21% are undecided.');
    expect(s[0].source).toBe('YouGov survey for the Daily Bugle');
    expect(s[1].source).toBe('YouGov survey for the Daily Bugle');
  });

  it('names the source after "according to"', () => {
    expect(statsOf('Some 400 homes flooded, according to the county council.')[0].source).toBe('the county council');
  });

  it('links the two ends of a change', () => {
    const [from, to] = statsOf('The odds on a recount have shortened from 8/1 to 3/1, bookmakers said.');
    expect(from.comparison).toEqual({ kind: 'change', otherId: to.id, text: 'from 8/1 to 3/1' });
    expect(to.comparison?.otherId).toBe(from.id);
  });

  it('marks a rise written as "an X% increase"', () => {
    const [s] = statsOf('Staff were offered a 4.5% increase in pay.');
    expect(s.comparison?.kind).toBe('change');
    expect(s.measures).toBe('increase in pay');
  });

  it('links a figure to the earlier one it is compared with', () => {
    const [now, then] = statsOf('While 62% back the plan today, the figure was 48% in spring.');
    expect(then.comparison).toMatchObject({ kind: 'comparison', otherId: now.id });
  });

  it('compares nothing when "were" is a verb of its own between two counts ("24 were hurt and 300 …")', () => {
    const s = statsOf('A medic said 24 people were treated in hospital and 300 were hurt in the clashes.');
    expect(s.map((x) => x.comparison ?? null)).toEqual([null, null]);
  });
});
