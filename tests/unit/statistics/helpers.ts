import { buildDocument } from '../../../analysis/document';
import { findStatistics } from '../../../analysis/statistics';
import type { ArticleMeta, Statistic } from '../../../analysis/types';

export const META: ArticleMeta = { headline: null, published: '2016-04-26T14:55:00+01:00', outlet: null, authors: [], url: null, language: 'en-GB' };

/** The statistics of a one-paragraph article. */
export function statsOf(...paragraphs: string[]): Statistic[] {
  return findStatistics(buildDocument(paragraphs, META));
}

export const textsOf = (...paragraphs: string[]) => statsOf(...paragraphs).map((s) => s.text);
