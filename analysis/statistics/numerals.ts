// Reading the numbers themselves: "125,000", "13.5", "50 000", "1.2bn", "twenty-three", "a quarter".
import { CARDINAL_WORD_SOURCE, FRACTION_WORDS, SCALE_WORDS, wordToNumber } from '../../data/number-words';

/** Digits with comma or thin-space thousands groups and an optional decimal part ("125,000", "13.5", "50 000"). */
export const NUMERAL_SOURCE = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d,.])|\d+(?:\.\d+)?`;

/** Digits or a cardinal word ("40", "forty", "Seventy-eight"). */
export const NUMBER_SOURCE = `(?:${NUMERAL_SOURCE}|${CARDINAL_WORD_SOURCE})`;

/** Scale words written out in full after a number ("two million", "2 million tons"). */
export const SCALE_WORD_SOURCE = 'hundred|thousand|million|billion';

/** Scale words written after a number ("million", "bn", "m", "k"). The short ones must touch a boundary. */
export const SCALE_SOURCE = String.raw`(?:hundred|thousand|million|billion|trillion|lakhs?|crores?|bn|mn|tn|trn|m|k|b)(?![\p{L}\d])`;

/** "125,000" → 125000, "50 000" → 50000, "forty" → 40; null when unreadable. */
export function parseNumber(text: string): number | null {
  const t = text.trim();
  if (/^\d/.test(t)) {
    const n = Number(t.replace(/[,\s\u00A0\u202F]/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  return wordToNumber(t.replace(/[\u2010\u2011]/g, '-'));
}

/** Apply a scale word: (1.2, "bn") → 1.2e9. */
export function applyScale(value: number | null, scale: string | undefined): number | null {
  if (value === null || !scale) return value;
  const k = SCALE_WORDS[scale.toLowerCase()];
  return k ? round(value * k) : value;
}

/** A fraction's value: ("two", "thirds") → 0.667, ("a", "quarter") → 0.25. */
export function fractionValue(numerator: string | undefined, denominator: string): number | null {
  const d = FRACTION_WORDS[denominator.toLowerCase()];
  if (!d) return null;
  const n = !numerator || /^(a|an|one)$/i.test(numerator) ? 1 : parseNumber(numerator);
  return n === null ? null : round(n / d);
}

export function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
