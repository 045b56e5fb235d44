// Timeline pass: every time expression of the body, in text order, resolved against the publication date.
// chrono-node reads the dates; small rules add what it lacks (bare years, seasons, holidays, "the start of the year",
// durations, "a day after"); refiners drop generic uses and merge "2020 … in January". The date parser runs
// only on sentences a cheap regex says hold a time word.
import { TIME_WORD_HINT } from '../../data/time-words';
import type { ArticleDocument } from '../document';
import type { Quote, Speaker, TimelineEvent } from '../types';
import { cueWordsIn } from './cue-words';
import { describeEvent, paragraphSpeaker } from './event';
import { possessedEvent } from './possessive';
import { isoAt, type RuleContext, type TimeExpression, type TimeRule } from './expression';
import { referenceDate, writesDayFirst } from './reference';
import { countFromFollowingDate } from './refiners/counted-from-date';
import { dropOverlaps } from './refiners/overlaps';
import { mergeYearIntoMonth } from './refiners/merge-year-into-month';
import { placeInStoryYear } from './refiners/story-year';
import { placeOnDayInView, type DayInView } from './refiners/day-in-view';
import { anchoredRelativeRule } from './rules/anchored-relative';
import { chronoRule } from './rules/chrono';
import { durationRule } from './rules/durations';
import { holidayRule } from './rules/holidays';
import { periodEdgeRule } from './rules/period-edges';
import { quarterRule } from './rules/quarters';
import { countedBackRule } from './rules/counted-back';
import { countFromEarlierDate } from './refiners/counted-from-earlier';
import { mayRule } from './rules/may';
import { seasonRule } from './rules/seasons';
import { yearRule } from './rules/years';

/** How many paragraphs on a day told of stays the day a bare time of day is on. */
const DAY_IN_VIEW_PARAGRAPHS = 3;

const RULES: TimeRule[] = [chronoRule, mayRule, periodEdgeRule, quarterRule, seasonRule, holidayRule, durationRule, anchoredRelativeRule, countedBackRule, yearRule];

export function buildTimeline(doc: ArticleDocument, found: { quotes: Quote[]; speakers: Speaker[] }): TimelineEvent[] {
  const ref = referenceDate(doc.meta.published);
  const british = writesDayFirst(doc.meta);
  const out: TimelineEvent[] = [];
  /** What the rules find in one sentence, reused from sentence to sentence (dropOverlaps copies it). */
  const inSentence: TimeExpression[] = [];
  let anchor: Date | null = null;
  /** The day the story last told of, and the paragraph that told it: a bare time of day is on it, for a few paragraphs. */
  let dayInView: DayInView | null = null;
  // Quotes grouped by paragraph and speakers by id, so each lookup costs the paragraph's own quotes, not the
  // article's: a 100× longer article must not cost 10,000× in find().
  const quotesOf = groupByParagraph(found.quotes);
  const speakerById = new Map(found.speakers.map((sp) => [sp.id, sp]));
  doc.paragraphs.forEach((paragraphText, paragraph) => {
    const ownQuotes = quotesOf.get(paragraph) ?? [];
    /** The paragraph's speaker, looked up for the first date it tells (most paragraphs tell none). */
    let speaker: Speaker | null | undefined;
    const quotedAt = (at: number) => ownQuotes.some((q) => q.start <= at && at < q.end);
    /** The year an earlier sentence of the paragraph printed with a month, a day or a season. */
    let storyYear: number | null = null;
    for (const sentence of doc.sentences[paragraph] ?? []) {
      if (!TIME_WORD_HINT.test(sentence.text)) continue;
      const cues = cueWordsIn(sentence.text);
      // Every rule (and every date parser) asks for one of its cue words first: with none, none can find anything.
      if (cues.bits === 0) continue;
      const ctx: RuleContext = { sentence: sentence.text, offset: sentence.start, ref, british, anchor, cues };
      inSentence.length = 0;
      for (const rule of RULES) for (const e of rule(ctx)) inSentence.push(e);
      if (inSentence.length === 0) continue;
      const expressions = mergeYearIntoMonth(dropOverlaps(countFromFollowingDate(inSentence, paragraphText)), paragraphText);
      storyYear = placeInStoryYear(expressions, storyYear, ref);
      countFromEarlierDate(expressions, paragraphText);
      if (dayInView && paragraph - dayInView.paragraph > DAY_IN_VIEW_PARAGRAPHS) dayInView = null;
      dayInView = placeOnDayInView(expressions, dayInView, paragraph, paragraphText, quotedAt);
      for (const e of expressions) {
        const quoted = ownQuotes.find((q) => q.start <= e.start && e.start < q.end);
        const teller = quoted ? (quoted.speakerId ? speakerById.get(quoted.speakerId) ?? null : null) : (speaker ??= paragraphSpeaker(ownQuotes, speakerById));
        const entry = toEvent(e, paragraphText, paragraph, sentence.text, sentence.start, teller, out.length + 1);
        // A date inside a quotation is the speaker's account: "Ms Varga: the gates close at six…".
        if (quoted && teller) entry.event = `${teller.name}: ${entry.event}`;
        out.push(entry);
        if (e.date && e.kind === 'point' && (e.precision === 'day' || e.precision === 'time')) anchor = e.date;
      }
    }
  });
  return out;
}

function groupByParagraph(quotes: Quote[]): Map<number, Quote[]> {
  const out = new Map<number, Quote[]>();
  for (const q of quotes) {
    const list = out.get(q.paragraph);
    if (list) list.push(q);
    else out.set(q.paragraph, [q]);
  }
  return out;
}

function toEvent(e: TimeExpression, text: string, paragraph: number, sentence: string, offset: number, speaker: Speaker | null, n: number): TimelineEvent {
  // "last year's general election": the possessed noun is the event, and part of the phrase that dates it.
  const possessed = e.kind === 'point' ? possessedEvent(text, e.end) : null;
  const end = possessed?.end ?? e.end;
  const event = possessed
    ? possessed.noun.charAt(0).toUpperCase() + possessed.noun.slice(1)
    : describeEvent({ sentence, start: e.start - offset, end: e.end - offset, speaker });
  return {
    id: `t${n}`,
    date: e.date && e.precision ? isoAt(e.date, e.precision) : null,
    kind: e.kind,
    precision: e.date ? e.precision : null,
    text: text.slice(e.start, end),
    event,
    paragraph,
    start: e.start,
    end,
    ...(e.kind === 'duration' || e.spanStart ? { spanStart: e.spanStart ?? null, spanEnd: e.spanEnd ?? null } : {}),
  };
}
