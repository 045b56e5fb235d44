// Quotation marks of the scripts English news is printed in, and the elided words an apostrophe opens.
// Words and characters of the language only.

/** Marks that pair with each other: a closer only closes an opener of its own family. */
export type QuoteFamily = 'double' | 'single' | 'guillemet' | 'single-guillemet' | 'corner' | 'white-corner';

/** What the glyph alone says: curly marks have a side, straight ones do not. */
export type GlyphSide = 'open' | 'close' | 'either';

export interface QuoteMarkInfo {
  family: QuoteFamily;
  side: GlyphSide;
}

export const QUOTE_MARKS: ReadonlyMap<string, QuoteMarkInfo> = new Map<string, QuoteMarkInfo>([
  ['"', { family: 'double', side: 'either' }],
  ['\uFF02', { family: 'double', side: 'either' }], // fullwidth "
  ['\u201C', { family: 'double', side: 'open' }], // “ (also the German closer: context decides)
  ['\u201D', { family: 'double', side: 'close' }], // ”
  ['\u201E', { family: 'double', side: 'open' }], // „
  ['\u201F', { family: 'double', side: 'open' }], // ‟
  ["'", { family: 'single', side: 'either' }],
  ['\u2018', { family: 'single', side: 'open' }], // ‘
  ['\u2019', { family: 'single', side: 'close' }], // ’ (also the apostrophe)
  ['\u201A', { family: 'single', side: 'open' }], // ‚
  ['\u201B', { family: 'single', side: 'open' }], // ‛
  ['\u00AB', { family: 'guillemet', side: 'open' }], // « (German style reverses: context decides)
  ['\u00BB', { family: 'guillemet', side: 'close' }], // »
  ['\u2039', { family: 'single-guillemet', side: 'open' }], // ‹
  ['\u203A', { family: 'single-guillemet', side: 'close' }], // ›
  ['\u300C', { family: 'corner', side: 'open' }], // 「
  ['\u300D', { family: 'corner', side: 'close' }], // 」
  ['\u300E', { family: 'white-corner', side: 'open' }], // 『
  ['\u300F', { family: 'white-corner', side: 'close' }], // 』
]);

/**
 * Words printed with a leading apostrophe in place of dropped letters: the mark before them opens no quote
 * ("rock 'n' roll", "let 'em go", "'cause", "'til then"). Lower case, without the mark.
 */
export const ELIDED_WORDS: ReadonlySet<string> = new Set([
  'n', 'em', 'cause', 'cos', 'coz', 'cuz', 'til', 'till', 'tis', 'twas', 'bout', 'nuff', 'im', 'ere',
]);
