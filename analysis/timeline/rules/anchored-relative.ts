// Dates counted from another event: "It came a day after it emerged that…", "two weeks later", "the day before".
// When the sentence opens on "It/This/That came (or was) N days after…", its subject is the event just told,
// so what follows "after" happened N days before that event's date. Otherwise the date stays unplaced.
import { CARDINAL_WORD_SOURCE } from '../../../data/number-words';
import { cueWords, holdsAtCueWord } from '../cue-words';
import { addDays, matchesOf, spanCount, type RuleContext, type TimeExpression, type TimeRule } from '../expression';

const ANCHORED = new RegExp(
  String.raw`\b(a|an|one|the|\d+|${CARDINAL_WORD_SOURCE})\s+(day|week)s?\s+(after|before|later|earlier)\b`,
  'gi',
);
const PRONOUN_SUBJECT = /^(?:It|This|That|The move|The news|The row|The announcement)\s+(?:came|was|happened|followed|arrived)\s+$/;

// "the next day", "the following week", "that same day": told from the story's own clock, left unplaced.
const STORY_RELATIVE = /\b(?:the|that)\s+(?:next|following|previous|same|very)\s+(?:day|week|month|year|morning|afternoon|evening|night)\b/gi;

/**
 * What a match of each pattern holds, from a word start (both follow a space): "days after" (the unit of
 * ANCHORED), "next day" (the modifier of STORY_RELATIVE). Each is asked at its words only, and its pattern is run
 * only where it holds.
 */
const ANCHORED_CUE = /(?:day|week)s?\s+(?:after|before|later|earlier)\b/i;
const STORY_CUE = /(?:next|following|previous|same|very)\s+(?:day|week|month|year|morning|afternoon|evening|night)\b/i;
const ANCHORED_AT_CUE = new RegExp(ANCHORED_CUE.source, 'iy');
const STORY_AT_CUE = new RegExp(STORY_CUE.source, 'iy');
const UNIT_WORDS = cueWords(['\\bday', '\\bweek']);
const MODIFIER_WORDS = cueWords(['next', 'following', 'previous', 'same', 'very'].map((w) => `\\b${w}`));

export const anchoredRelativeRule: TimeRule = (ctx) => {
  const { sentence, cues } = ctx;
  const story = holdsAtCueWord(cues, MODIFIER_WORDS, STORY_AT_CUE, STORY_CUE, sentence);
  const anchored = holdsAtCueWord(cues, UNIT_WORDS, ANCHORED_AT_CUE, ANCHORED_CUE, sentence);
  return story || anchored ? relativeTo(ctx, story, anchored) : [];
};

const relativeTo = ({ sentence, offset, anchor }: RuleContext, story: boolean, anchored: boolean): TimeExpression[] => [
  ...(story ? matchesOf(STORY_RELATIVE, sentence) : []).map((m): TimeExpression => ({
    start: offset + m.index, end: offset + m.index + m[0].length, kind: 'point', origin: 'story-relative', date: null, precision: null,
  })),
  ...(anchored ? matchesOf(ANCHORED, sentence) : []).map((m): TimeExpression => {
    const n = spanCount(m[1]);
    const days = n * (/week/i.test(m[2]) ? 7 : 1);
    const base = { start: offset + m.index, end: offset + m.index + m[0].length, kind: 'point' as const, origin: 'anchored' };
    if (anchor && /^(after|before)$/i.test(m[3]) && PRONOUN_SUBJECT.test(sentence.slice(0, m.index))) {
      const date = addDays(anchor, /after/i.test(m[3]) ? -days : days);
      return { ...base, date, precision: 'day' };
    }
    return { ...base, date: null, precision: null };
  }),
];
