import type { ArticleDocument } from '../document';
import type { Quote, Response, Side, Speaker } from '../types';

/** The dispute's two parties, every speaker placed (mutates speaker.side/sideReason), and claim ↔ response pairs. */
export function findSides(_doc: ArticleDocument, _found: { quotes: Quote[]; speakers: Speaker[] }): { sides: Side[]; responses: Response[] } {
  return { sides: [], responses: [] }; // TODO(sides helper)
}
