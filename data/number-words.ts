// Number words of English, for reading "twenty-three", "a quarter", "three in five". Words of the language only.

/** Cardinal words below a hundred that stand on their own ("five villages", "seventy-eight"). */
export const UNIT_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};

export const TENS_WORDS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Scale words after a number ("3 million", "£1.2bn", "40k"). */
export const SCALE_WORDS: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
  k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12,
};

/** Denominators of fractions, singular and plural ("a quarter", "two-thirds", "three fifths"). */
export const FRACTION_WORDS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};

/** Vague amounts with a size ("dozens of", "thousands of", "tens of thousands"). */
export const VAGUE_AMOUNT_WORDS: Record<string, number> = {
  dozen: 12, dozens: 12, score: 20, scores: 20, hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9,
};

/** Multiples said in a word ("double the number", "twice as many"). */
export const MULTIPLE_WORDS: Record<string, number> = { double: 2, twice: 2, triple: 3, treble: 3, quadruple: 4 };

/** A word of the table itself: "constructor" and "toString" are in every object, not in English's numbers. */
const isOwn = (table: Record<string, number>, word: string) => Object.prototype.hasOwnProperty.call(table, word);

/** The word form of a cardinal below a hundred, or null: "seventy-eight" → 78, "five" → 5. */
export function wordToNumber(word: string): number | null {
  const w = word.toLowerCase();
  if (isOwn(UNIT_WORDS, w)) return UNIT_WORDS[w];
  if (isOwn(TENS_WORDS, w)) return TENS_WORDS[w];
  const m = /^([a-z]+)[-\s]([a-z]+)$/.exec(w);
  if (m && isOwn(TENS_WORDS, m[1]) && isOwn(UNIT_WORDS, m[2]) && UNIT_WORDS[m[2]] > 0 && UNIT_WORDS[m[2]] < 10) {
    return TENS_WORDS[m[1]] + UNIT_WORDS[m[2]];
  }
  return null;
}

/** Regex source matching one cardinal word below a hundred ("five", "twenty-three", "Seventy-eight"). */
export const CARDINAL_WORD_SOURCE =
  `(?:(?:${Object.keys(TENS_WORDS).join('|')})(?:[-\\u2010\\u2011 ](?:one|two|three|four|five|six|seven|eight|nine))?|` +
  `${Object.keys(UNIT_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
