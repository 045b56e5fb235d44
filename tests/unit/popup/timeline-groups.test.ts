import { describe, expect, it } from 'vitest';
import { groupTimeline } from '../../../components/popup/timeline-groups';
import type { TimelineEvent } from '../../../analysis/types';

const event = (id: string, date: string | null, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  date,
  kind: 'point',
  precision: null,
  text: id,
  event: id,
  paragraph: 0,
  ...extra,
});

describe('groupTimeline', () => {
  it('sorts by date with coarser dates before the finer dates they contain, and groups by day', () => {
    const groups = groupTimeline([
      event('d', '2016-04-27'),
      event('a', '2016-04-26T08:00'),
      event('y', '2015'),
      event('b', '2016-04-26'),
      event('m', '2016-04'),
    ]);
    expect(groups.map((g) => g.key)).toEqual(['2015', '2016-04', '2016-04-26', '2016-04-27']);
    expect(groups[2].events.map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('keeps text order for events on the same date', () => {
    const groups = groupTimeline([event('first', '2020-01-02'), event('second', '2020-01-02')]);
    expect(groups[0].events.map((e) => e.id)).toEqual(['first', 'second']);
  });

  it('places a duration by its start and puts undated events last', () => {
    const groups = groupTimeline([
      event('undated', null),
      event('span', null, { kind: 'duration', spanStart: '2010', spanEnd: '2013' }),
      event('later', '2012-05-01'),
    ]);
    expect(groups.map((g) => g.key)).toEqual(['2010', '2012-05-01', null]);
    expect(groups[2].events.map((e) => e.id)).toEqual(['undated']);
  });
});
