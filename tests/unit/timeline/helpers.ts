import { buildDocument } from '../../../analysis/document';
import { buildTimeline } from '../../../analysis/timeline';
import type { ArticleMeta, TimelineEvent } from '../../../analysis/types';

/** Published on Tuesday 26 April 2016, in the afternoon, by a British page. */
export const TUESDAY: ArticleMeta = { headline: null, published: '2016-04-26T14:55:00+01:00', outlet: null, authors: [], url: null, language: 'en-GB' };

export function timelineOf(text: string | string[], meta: ArticleMeta = TUESDAY): TimelineEvent[] {
  return buildTimeline(buildDocument(Array.isArray(text) ? text : [text], meta), { quotes: [], speakers: [] });
}

/** [text, date] of the placed points, the pairs a reader sees on the timeline. */
export const datesOf = (text: string | string[], meta: ArticleMeta = TUESDAY) =>
  timelineOf(text, meta).filter((e) => e.kind === 'point').map((e) => [e.text, e.date]);
