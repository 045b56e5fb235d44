// Statistics pass: every percentage, count, amount, ratio, odds, fraction and measurement, once per mention,
// with what it measures, its qualifier, its source and its link to a related number.
import type { ArticleDocument } from '../document';
import type { Statistic } from '../types';
import { linkComparisons } from './comparison';
import { findMentions } from './find-mentions';
import { measuresOf } from './measures';
import { qualifierBefore } from './qualifiers';
import { sourcesOf } from './source';

export function findStatistics(doc: ArticleDocument): Statistic[] {
  const out: Statistic[] = [];
  doc.paragraphs.forEach((text, paragraph) => {
    const mentions = findMentions(text);
    if (!mentions.length) return;
    const sentences = doc.sentences[paragraph] ?? [];
    const sourceOf = sourcesOf(sentences.map((s) => s.text));
    let next = 0; // mentions and sentences are both in text order: one sweep hands each sentence its own
    sentences.forEach((sentence, si) => {
      const inSentence: typeof mentions = [];
      while (next < mentions.length && mentions[next].start < sentence.end) {
        if (mentions[next].start >= sentence.start) inSentence.push(mentions[next]);
        next++;
      }
      if (!inSentence.length) return;
      const source = sourceOf(si); // one per sentence: every number in it shares its source
      const stats = inSentence.map((m, k): Statistic => {
        const local = { start: m.start - sentence.start, end: m.end - sentence.start };
        return {
          id: `n${out.length + 1 + k}`,
          text: text.slice(m.start, m.end),
          value: m.value,
          unit: m.unit,
          currency: m.currency ?? null,
          approx: qualifierBefore(text, m.start),
          measures: measuresOf(sentence.text, local.start, local.end),
          source,
          comparison: null,
          paragraph,
          start: m.start,
          end: m.end,
          ...(m.upper != null ? { upper: m.upper } : {}),
          ...(m.vague ? { vague: true } : {}),
        };
      });
      linkComparisons(sentence.text, sentence.start, stats);
      out.push(...stats);
    });
  });
  return out;
}
