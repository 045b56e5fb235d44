// Seasons: "last spring", "this summer", "in the autumn", "winter 2019", "the summer of 2016".
// Dated to the year (a season is not a month); the span gives its months.
import { SEASON_START_MONTH } from '../../../data/time-words';
import { cueWords, holdsAtCueWord } from '../cue-words';
import { isoAt, matchesOf, type TimeExpression, type TimeRule } from '../expression';
import { clauseAround, looksAhead } from '../tense';

const SEASON = /\b(?:(last|this|next|past|coming|in\s+the|during\s+the|over\s+the|the|early|late)\s+)?(spring|summer|autumn|winter|fall)(?:\s+(?:of\s+)?(\d{4}))?\b/gi;

/** What every match holds, asked first. */
const SEASON_WORD = /spring|summer|autumn|winter|fall/i;
/** SEASON starts its season word at a word start. */
const SEASON_WORDS = cueWords(['spring', 'summer', 'autumn', 'winter', 'fall'].map((w) => `\\b${w}`));
/** SEASON_WORD asked at those word starts only. */
const SEASON_WORD_AT_WORD = new RegExp(SEASON_WORD.source, 'iy');

export const seasonRule: TimeRule = ({ sentence, offset, ref, cues }) =>
  (holdsAtCueWord(cues, SEASON_WORDS, SEASON_WORD_AT_WORD, SEASON_WORD, sentence) ? matchesOf(SEASON, sentence) : []).flatMap((m): TimeExpression[] => {
    const modifier = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const season = m[2].toLowerCase();
    const written = m[3] ? Number(m[3]) : null;
    if (!modifier && !written) return []; // "summer holidays": a kind of thing, not a time
    if (/^\p{Lu}/u.test(m[2]) && !written) return []; // "the Summer Olympics": a name
    // "the spring season", "the summer holidays": a kind of period, unless "last"/"this"/"next" make it one.
    const nextWord = /^\s+(\p{Ll}+)/u.exec(sentence.slice(m.index + m[0].length))?.[1];
    if (!written && nextWord && !/^(last|this|next|past|coming)$/.test(modifier) && !/^(?:and|or|of|to|when|as|with|after|before|in|on|at|for|but|the|a|is|was|will|when|while|that)$/.test(nextWord)) return [];
    // "until late fall" is the season; "a late fall in prices" is a drop.
    const dropAfterArticle = /^(early|late)$/.test(modifier) && /\b(?:a|an|the)\s+$/i.test(sentence.slice(Math.max(0, m.index - 5), m.index));
    if (season === 'fall' && !written && (!/^(last|this|next|past|coming|in the|during the|over the|early|late)$/.test(modifier) || dropAfterArticle)) return [];
    if (season === 'fall' && /^of\s/i.test(sentence.slice(m.index + m[0].length).trim() + ' ') && !written) return [];
    const startMonth = SEASON_START_MONTH[season] - 1;
    let year = written;
    if (year === null && ref) {
      const y = ref.getFullYear(), mo = ref.getMonth();
      const started = mo >= startMonth || (startMonth === 11 && mo < 2);
      const thisOnes = startMonth === 11 && mo < 2 ? y - 1 : y; // in February, "this winter" began last December
      const ahead = looksAhead(clauseAround(sentence, m.index, m.index + m[0].length));
      if (modifier === 'last' || modifier === 'past') year = started && !(mo >= startMonth && mo < startMonth + 3) ? thisOnes : thisOnes - 1;
      else if (modifier === 'next' || modifier === 'coming') year = started ? thisOnes + 1 : thisOnes;
      else if (modifier === 'this') year = thisOnes;
      else year = ahead ? (started ? thisOnes + 1 : thisOnes) : started ? thisOnes : thisOnes - 1;
    }
    const base = { start: offset + m.index, end: offset + m.index + m[0].length, kind: 'point' as const, origin: 'season' };
    if (year === null) return [{ ...base, date: null, precision: null }];
    const first = new Date(year, startMonth, 1, 12);
    const last = new Date(year, startMonth + 2, 1, 12);
    return [{ ...base, date: first, precision: 'year' as const, ...(written ? { writtenYear: written } : {}), spanStart: isoAt(first, 'month'), spanEnd: isoAt(last, 'month') }];
  });
