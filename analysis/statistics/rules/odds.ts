// Betting odds: "fallen from 6/1 to 5/2", "at 100/1". A slash pair is odds only where the sentence talks of
// betting; elsewhere "6/1" may be a date and "24/7" a phrase.
import { matchesAt, type MentionRule } from '../mention';
import { digitRuns } from '../starts';

// Begins at a number's first digit: tried only there (sticky).
const SLASH_PAIR = /(?<![\d/.,])(\d{1,3})\/(\d{1,3})(?![\d/])/y;
const BETTING_WORDS = /\b(?:odds|bookmakers?|bookies|betting|bets?|punters|favourite|favorite|outsider|shortened|drifted|priced)\b/i;

export const findOdds: MentionRule = (text, cues) => {
  // The pairs first: most paragraphs hold none, and then the betting words need not be looked for.
  const pairs = cues.digit ? matchesAt(SLASH_PAIR, text, digitRuns(text, cues, 1, 3, '/')) : [];
  if (!pairs.length || !isBettingText(text)) return [];
  return pairs
    .filter((m) => Number(m[2]) > 0 && !(m[1] === '24' && m[2] === '7'))
    .map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      value: Math.round((Number(m[1]) / Number(m[2])) * 1e4) / 1e4,
      unit: 'odds' as const,
    }));
};

/** Whether the paragraph talks of betting: then a pair of numbers is odds. */
export function isBettingText(text: string): boolean {
  return BETTING_WORDS.test(text);
}
