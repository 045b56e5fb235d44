// Statistics pass: every percentage, count, amount, ratio, odds, fraction and measurement, once per mention,
// with what it measures, its qualifier, its source and its link to a related number.
import type { ArticleDocument } from '../document';
import type { Statistic } from '../types';
import { linkComparisons } from './comparison';
import { findMentions } from './find-mentions';
import { measuresOf } from './measures';
import { qualifierBefore } from './qualifiers';
import { ParagraphSources } from './source';

export function findStatistics(doc: ArticleDocument): Statistic[] {
  const out: Statistic[] = [];
  for (let paragraph = 0; paragraph < doc.paragraphs.length; paragraph++) {
    const text = doc.paragraphs[paragraph];
    const mentions = findMentions(text);
    if (!mentions.length) continue;
    const sentences = doc.sentences[paragraph] ?? [];
    const sources = new ParagraphSources(sentences);
    let next = 0; // mentions and sentences are both in text order: one sweep hands each sentence its own
    for (let si = 0; si < sentences.length; si++) {
      const sentence = sentences[si];
      const first = out.length;
      let source: string | null | undefined; // one per sentence: every number in it shares its source
      for (; next < mentions.length && mentions[next].start < sentence.end; next++) {
        const m = mentions[next];
        if (m.start < sentence.start) continue;
        if (source === undefined) source = sources.of(si);
        const stat: Statistic = {
          id: `n${out.length + 1}`,
          text: text.slice(m.start, m.end),
          value: m.value,
          unit: m.unit,
          currency: m.currency ?? null,
          approx: qualifierBefore(text, m.start),
          measures: measuresOf(sentence.text, m.start - sentence.start, m.end - sentence.start),
          source,
          comparison: null,
          paragraph,
          start: m.start,
          end: m.end,
        };
        if (m.upper != null) stat.upper = m.upper;
        if (m.vague) stat.vague = true;
        out.push(stat);
      }
      if (out.length > first) linkComparisons(sentence.text, sentence.start, out, first);
    }
  }
  return out;
}
