// Reads a paragraph's tokens (exactly as words.ts's tokeniser gives them) together with what is known of each word
// form, in one pass over its characters: a word is found by a hash of its letters in a table of the forms met so
// far, not cut out of the text, lower-cased and hashed as a new string. Only paragraphs whose words are ASCII
// letters and digits are read this way (most paragraphs of an English article); any other paragraph, one with
// "café" or "İstanbul" in it, is left to the tokeniser, so no rule of Unicode needs to be repeated here.

/** Where the tokens of a paragraph lie, and the forms they are. */
export interface ScannedWords<V> {
  tokens: string[];
  values: V[];
  starts: Int32Array;
  ends: Int32Array;
}

interface Form<V> {
  word: string;
  value: V;
  /** Another form with the same hash. */
  next: Form<V> | undefined;
}

const OTHER = 0, LOWER = 1, UPPER = 2, DIGIT = 3;
const ASCII_KIND = new Uint8Array(128);
for (let c = 0x61; c <= 0x7a; c++) ASCII_KIND[c] = LOWER;
for (let c = 0x41; c <= 0x5a; c++) ASCII_KIND[c] = UPPER;
for (let c = 0x30; c <= 0x39; c++) ASCII_KIND[c] = DIGIT;
const APOSTROPHE = 0x27, RIGHT_QUOTE = 0x2019, PERCENT = 0x25;
const IS_LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** Code units beyond ASCII already judged: PLAIN for one that is neither a letter nor a digit and that lower case
 *  leaves alone (a curly quote, a dash, a no-break space), so it only ever separates words; NOT_PLAIN otherwise. A
 *  table by code unit: looked up for every such character of the article. */
const UNJUDGED = 0, PLAIN = 1, NOT_PLAIN = 2;
const plainBeyondAscii = new Uint8Array(0x10000);

function isPlainBeyondAscii(code: number): boolean {
  let plain = plainBeyondAscii[code];
  if (plain === UNJUDGED) {
    const ch = String.fromCharCode(code);
    plain = !(code >= 0xd800 && code <= 0xdfff) && ch.toLowerCase() === ch && !IS_LETTER_OR_NUMBER.test(ch) ? PLAIN : NOT_PLAIN;
    plainBeyondAscii[code] = plain;
  }
  return plain === PLAIN;
}

/** The character as a token holds it: lower case, a curly apostrophe made straight. */
function foldedAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === RIGHT_QUOTE) return APOSTROPHE;
  return c < 0x80 && ASCII_KIND[c] === UPPER ? c | 0x20 : c;
}

const FORMS_LIMIT = 20_000; // like the stems: an article's vocabulary is a few thousand forms
/** Slots of the table of forms by hash: a power of two, several times an article's vocabulary (chains stay short),
 *  in 64 KB per table. */
const SLOT_BITS = 14;
const SLOTS = 1 << SLOT_BITS;

/** The forms met so far and a value for each (a property of the word alone), kept across calls and bounded. */
export class FormTable<V> {
  /** For each slot, 1 + the index in `forms` of the last form whose hash falls in it (0: none); a typed array
   *  looked up by bits of the hash rather than in a Map of numbers, for every word of the article. */
  private readonly slots = new Int32Array(SLOTS);
  private forms: Form<V>[] = [];
  private starts = new Int32Array(512);
  private ends = new Int32Array(512);

  constructor(private readonly valueOf: (word: string) => V) {}

  /** The paragraph's tokens and their values, or null when a word of it holds a character beyond ASCII. The edges
   *  are buffers reused by the next scan. */
  scan(text: string): ScannedWords<V> | null {
    const tokens: string[] = [];
    const values: V[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) {
        if (c !== RIGHT_QUOTE && !isPlainBeyondAscii(c)) return null;
        i++;
        continue;
      }
      if (ASCII_KIND[c] === OTHER) { i++; continue; }
      // The word's hash is read with its letters, in the one pass over them (not cut out and hashed again).
      const start = i;
      let hash = 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= 0x80) {
          if (d !== RIGHT_QUOTE && !isPlainBeyondAscii(d)) return null;
          break;
        }
        const kind = ASCII_KIND[d];
        if (kind === OTHER) break;
        hash = (Math.imul(hash, 31) + (kind === UPPER ? d | 0x20 : d)) | 0;
        i++;
      }
      let formEnd = i;
      let formHash = hash;
      const mark = i < n ? text.charCodeAt(i) : 0;
      if (mark === APOSTROPHE || mark === RIGHT_QUOTE) { // an apostrophe and letters after it: "don't", "o'neill"
        let j = i + 1;
        let withTail = (Math.imul(hash, 31) + APOSTROPHE) | 0;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d >= 0x80) {
            if (d !== RIGHT_QUOTE && !isPlainBeyondAscii(d)) return null;
            break;
          }
          const kind = ASCII_KIND[d];
          if (kind !== LOWER && kind !== UPPER) break;
          withTail = (Math.imul(withTail, 31) + (d | 0x20)) | 0;
          j++;
        }
        if (j > i + 1) {
          // A possessive 's ending the token is dropped: "union's" is "union".
          if (!(j === i + 2 && (text.charCodeAt(i + 1) | 0x20) === 0x73 && text.charCodeAt(j) !== PERCENT)) {
            formEnd = j;
            formHash = withTail;
          }
          i = j;
        }
      }
      if (i < n && text.charCodeAt(i) === PERCENT) { // "50%"
        if (formEnd === i) { formEnd++; formHash = (Math.imul(formHash, 31) + PERCENT) | 0; }
        i++;
      }
      const form = this.formAt(text, start, formEnd, formHash);
      const at = tokens.length;
      if (at === this.starts.length) this.grow();
      this.starts[at] = start;
      this.ends[at] = i;
      tokens.push(form.word);
      values.push(form.value);
    }
    return { tokens, values, starts: this.starts, ends: this.ends };
  }

  /** The form of the word text[start, end) of lower-case ASCII letters (read by a caller's own scan), without
   *  cutting it out. */
  formOfLowerCase(text: string, start: number, end: number): { word: string; value: V } {
    let letters = 0;
    for (let i = start; i < end; i++) letters = (Math.imul(letters, 31) + text.charCodeAt(i)) | 0;
    return this.formAt(text, start, end, letters);
  }

  /** The form text[start, end) folded, whose letters hash (as the scan reads them) to `letters`. */
  private formAt(text: string, start: number, end: number, letters: number): Form<V> {
    const slot = Math.imul(letters ^ Math.imul(end - start, 0x9e3779b1), 0x85ebca6b) >>> (32 - SLOT_BITS); // the product's high bits, well mixed
    const first = this.slots[slot];
    for (let form = first ? this.forms[first - 1] : undefined; form; form = form.next) if (spells(form.word, text, start, end)) return form;
    if (this.forms.length >= FORMS_LIMIT) { this.slots.fill(0); this.forms = []; } // and simply starts again when full
    const word = text.slice(start, end).toLowerCase().replace(/\u2019/g, "'");
    const head = this.slots[slot];
    const form: Form<V> = { word, value: this.valueOf(word), next: head ? this.forms[head - 1] : undefined };
    this.forms.push(form);
    this.slots[slot] = this.forms.length;
    return form;
  }

  private grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    const ends = new Int32Array(this.ends.length * 2);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}

/** Whether text[start, end), folded, is the word. */
function spells(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = start; k < end; k++) if (word.charCodeAt(k - start) !== foldedAt(text, k)) return false;
  return true;
}
