import type { ArticleDocument } from '../document';
import type { Statistic } from '../types';

export function findStatistics(_doc: ArticleDocument): Statistic[] {
  return []; // TODO(statistics helper)
}
