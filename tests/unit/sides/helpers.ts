// Builds Speaker and Quote objects by hand, so the sides rules can be tested apart from attribution.
import { buildDocument, type ArticleDocument } from '../../../analysis/document';
import type { Quote, Speaker } from '../../../analysis/types';

export function doc(paragraphs: string[], headline: string | null = null): ArticleDocument {
  return buildDocument(paragraphs, { headline, published: null, outlet: null, authors: [], url: null, language: 'en' });
}

export function speaker(id: string, name: string, fields: Partial<Speaker> = {}): Speaker {
  return { id, name, aliases: [], role: null, org: null, side: null, kind: 'person', ...fields };
}

/** A quote of `text` found in paragraph `paragraph` of `d`. */
export function quote(d: ArticleDocument, id: string, speakerId: string | null, paragraph: number, text: string, kind: Quote['kind'] = 'direct'): Quote {
  const start = d.paragraphs[paragraph].indexOf(text);
  if (start < 0) throw new Error(`quote not in paragraph ${paragraph}: ${text}`);
  return { id, text, speakerId, kind, continuationOf: null, paragraph, start, end: start + text.length };
}
