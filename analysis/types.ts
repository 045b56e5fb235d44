// The domain types shared by the analysis core, the page layer, the extension UI and the CLI.
// Field names follow ../shared/docs/analysis-format.md (the scorer reads them); extra fields are ours.

/** What the page layer hands the core about the article. */
export interface ArticleMeta {
  headline: string | null;
  /** ISO 8601 publication date/time as the page gives it, or null. */
  published: string | null;
  outlet: string | null;
  authors: string[];
  url: string | null;
  /** BCP 47 language tag from the page (`<html lang>`, JSON-LD, og:locale), or null. */
  language: string | null;
}

export interface ArticleInfo extends ArticleMeta {
  isArticle: boolean;
  /** 0..1: how sure detection is that this is a news article. */
  confidence: number;
  wordCount: number;
  /** Why detection decided as it did ("JSON-LD NewsArticle", "og:type=article", "readerable", "no article signals"). */
  reason?: string;
}

export type SpeakerKind = 'person' | 'organisation' | 'group';

export interface Speaker {
  id: string;
  /** The fullest name the article gives, without titles or roles; for an unnamed speaker, the description. */
  name: string;
  aliases: string[];
  role: string | null;
  org: string | null;
  /** Id of a Side, or null when the speaker takes neither side. */
  side: string | null;
  /** Why the speaker was placed on that side ("Health Secretary → Government"), or null. */
  sideReason?: string | null;
  kind: SpeakerKind;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Quote {
  id: string;
  /** The quoted words without the enclosing marks, as printed (inner marks kept). */
  text: string;
  speakerId: string | null;
  kind: QuoteKind;
  /** Id of the segment this one continues (previous paragraph, or before "he said"). */
  continuationOf: string | null;
  paragraph: number;
  /** Offsets into the normalised paragraph text (whitespace runs collapsed, ends trimmed). */
  start: number;
  end: number;
}

export type StatisticUnit = 'percent' | 'count' | 'money' | 'ratio' | 'odds' | 'fraction' | 'measure';

export interface Statistic {
  id: string;
  /** The number expression as printed (it may carry the counted noun along). */
  text: string;
  value: number | null;
  unit: StatisticUnit;
  /** Currency code or measurement unit where there is one ("GBP", "km"). */
  currency?: string | null;
  approx: string | null;
  measures: string | null;
  source: string | null;
  /** Link to a related statistic: a change or a comparison ("fallen from 6/1 to 5/2"). */
  comparison?: { kind: 'change' | 'comparison'; otherId: string | null; text: string } | null;
  /** The top of a range ("10-15%", "£2-3m"); `value` holds the bottom. */
  upper?: number | null;
  /** A vague amount ("thousands", "a dozen"): `value` is only its size. */
  vague?: boolean;
  paragraph: number;
  start: number;
  end: number;
}

export type DatePrecision = 'year' | 'month' | 'day' | 'time';

export interface TimelineEvent {
  id: string;
  /** ISO date to the precision the text gives, or null when it cannot be placed. */
  date: string | null;
  kind: 'point' | 'duration';
  precision: DatePrecision | null;
  /** The phrase in the article that dates it. */
  text: string;
  /** Short description of what happened then. */
  event: string;
  paragraph: number;
  start?: number;
  end?: number;
  /** For durations: the span, where it can be placed. */
  spanStart?: string | null;
  spanEnd?: string | null;
}

export interface Side {
  id: string;
  name: string;
  aliases?: string[];
  speakerIds: string[];
}

export interface Response {
  claimId: string;
  responseIds: string[];
  topic: string;
}

export interface Analysis {
  article: ArticleInfo;
  speakers: Speaker[];
  quotes: Quote[];
  statistics: Statistic[];
  timeline: TimelineEvent[];
  sides: Side[];
  responses: Response[];
}

/** What the page layer reads from a Document: the input of the core. */
export interface ArticleReading {
  isArticle: boolean;
  confidence: number;
  reason: string;
  meta: ArticleMeta;
  /** Body paragraphs in reading order, whitespace-normalised (runs collapsed, ends trimmed). */
  paragraphs: string[];
}
