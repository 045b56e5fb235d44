import type { ArticleDocument } from '../document';
import type { Quote, Speaker, TimelineEvent } from '../types';

export function buildTimeline(_doc: ArticleDocument, _found: { quotes: Quote[]; speakers: Speaker[] }): TimelineEvent[] {
  return []; // TODO(timeline helper)
}
