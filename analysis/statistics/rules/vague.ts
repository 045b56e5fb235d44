// Vague amounts with a size: "thousands of", "a dozen", "dozens", "tens of thousands", "several thousand".
// Their value is the size only; `vague` marks them so views can show them differently.
import { VAGUE_AMOUNT_WORDS } from '../../../data/number-words';
import { hasWord } from '../cues';
import { matchesAt, type MentionRule } from '../mention';
import { numbersAndWordsBefore } from '../starts';

// Every match holds a size word, a number word, at most three words after its start ("a couple of hundred"): tried
// only at the number words and the three words before each (sticky).
const VAGUE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:tens|hundreds)\s+of\s+(thousands|millions)|(?:several|a\s+few|a\s+couple\s+of|many)\s+(hundred|thousand|million)|(?:a|one|half\s+a)\s+(dozen)|(dozens|hundreds|thousands|millions|billions))(?![\p{L}])`,
  'yiu',
);
const LEAD_WORDS = 3;
const SIZE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, ...VAGUE_AMOUNT_WORDS };

// Every form above holds one of these words.
const SIZE_WORDS = ['hundred', 'thousand', 'million', 'billion', 'dozen'];

export const findVagueAmounts: MentionRule = (text, cues) =>
  !hasWord(cues, SIZE_WORDS) ? [] : matchesAt(VAGUE, text, numbersAndWordsBefore(text, cues, LEAD_WORDS)).map((m) => {
    const word = (m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase();
    const tens = m[1] ? (/^tens/i.test(m[0]) ? 10 : 100) : 1; // "tens of thousands" = 10 × 1,000
    return { start: m.index, end: m.index + m[0].length, value: (SIZE[word] ?? 0) * tens || null, unit: 'count' as const, vague: true };
  });
