// Speed in Node, on happy-dom documents parsed beforehand: our analysis against Readability's parse() of the
// same article (on a fresh clone each round, cloned outside the timing) and against compromise's quotations()
// and people() on the same text, at 1×, 10× and 100× the article's length.
import { Readability } from '@mozilla/readability';
import nlp from 'compromise';
import { analyzeArticle } from '../analysis';
import { readArticle } from '../page/read-article';
import { countWords, repeatedDocument, repeatParagraphs, type BenchArticle } from './corpus';
import { median, round3, samplePaired, summarise, type Contender, type SampleOptions, type Summary } from './measure';
import { quoteRecall, type Recall } from './quote-recall';

export interface ScaleResult {
  article: string;
  times: number;
  words: number;
  analysis: Summary;
  /** readArticle + analyzeArticle on the document: what the extension does on a page (1× only). */
  readAndAnalyse: Summary | null;
  readability: Summary;
  compromise: Summary | null;
  analysisMsPer1000Words: number;
  /** median(analysis) / median(Readability parse) from the same rounds. */
  analysisToReadability: number;
  readAndAnalyseToReadability: number | null;
  compromiseToAnalysis: number | null;
  /**
   * Above 1×: ms per 1,000 words at this length ÷ ms per 1,000 words of the 1× article analysed in the same rounds
   * (BASELINE_REPEATS times per round), so a burst of load cannot fake or hide growth.
   */
  perWordVs1x: number | null;
}

export interface RecallRow {
  article: string;
  ours: Recall;
  compromise: Recall;
}

const BASELINE_REPEATS = 10;

const SAMPLING: Record<number, SampleOptions> = {
  1: { warmup: 2, minRounds: 9, budgetMs: 4000 },
  10: { warmup: 1, minRounds: 5, budgetMs: 4000 },
  100: { warmup: 0, minRounds: 3, maxRounds: 3 },
};

export function measureScale(article: BenchArticle, times: number, withCompromise: boolean): ScaleResult {
  const paragraphs = repeatParagraphs(article.paragraphs, times);
  const text = paragraphs.join('\n\n');
  const doc = repeatedDocument(article, times);
  const contenders: Contender[] = [
    () => () => analyzeArticle(paragraphs, article.meta),
    () => {
      const clone = doc.cloneNode(true) as Document;
      return () => new Readability(clone).parse();
    },
  ];
  if (times === 1) contenders.push(() => () => {
    const reading = readArticle(doc);
    return analyzeArticle(reading.paragraphs, reading.meta);
  });
  const baselineAt = times > 1 ? contenders.length : -1;
  if (times > 1) contenders.push(() => () => {
    for (let i = 0; i < BASELINE_REPEATS; i++) analyzeArticle(article.paragraphs, article.meta);
  });
  const compromiseAt = withCompromise ? contenders.length : -1;
  if (withCompromise) contenders.push(() => () => compromisePeer(text));

  const samples = samplePaired(contenders, SAMPLING[times] ?? SAMPLING[10]);
  const [ours, readability] = samples;
  const full = times === 1 ? samples[2] : null;
  const peer = compromiseAt >= 0 ? samples[compromiseAt] : null;
  const words = countWords(paragraphs);
  const baseline = baselineAt >= 0 ? median(samples[baselineAt]) / BASELINE_REPEATS : null;
  return {
    article: article.name,
    times,
    words,
    analysis: summarise(ours),
    readAndAnalyse: full ? summarise(full) : null,
    readability: summarise(readability),
    compromise: peer ? summarise(peer) : null,
    analysisMsPer1000Words: round3((median(ours) / words) * 1000),
    analysisToReadability: round3(median(ours) / median(readability)),
    readAndAnalyseToReadability: full ? round3(median(full) / median(readability)) : null,
    compromiseToAnalysis: peer ? round3(median(peer) / median(ours)) : null,
    perWordVs1x: baseline ? round3(median(ours) / words / (baseline / article.words)) : null,
  };
}

/** compromise as a peer: the two things it offers that overlap with ours, on the whole text. */
function compromisePeer(text: string): { quotes: string[]; people: string[] } {
  const doc = nlp(text);
  return { quotes: doc.quotations().out('array') as string[], people: doc.people().out('array') as string[] };
}

export function measureRecall(article: BenchArticle): RecallRow | null {
  if (!article.goldQuotes) return null;
  const ours = analyzeArticle(article.paragraphs, article.meta).quotes.filter((q) => q.kind !== 'indirect').map((q) => q.text);
  const theirs = compromisePeer(article.paragraphs.join('\n\n')).quotes;
  return { article: article.name, ours: quoteRecall(article.goldQuotes, ours), compromise: quoteRecall(article.goldQuotes, theirs) };
}
