// Mark pairing: openers and closers of one paragraph matched on a stack, outermost quotations out.
import type { QuoteFamily } from '../../data/quote-marks';
import type { MarkToken } from './marks';

/** A quotation found in one paragraph: from its opening mark to its closing mark or the paragraph end. */
export interface PairedQuote {
  /** Offset of the opening mark. */
  openAt: number;
  /** Offset of the closing mark, or null when the quotation runs to the paragraph end. */
  closeAt: number | null;
  family: QuoteFamily;
  /** The closed quotations directly inside this one (‘…asking "is this right?"’), in order. */
  nested: PairedQuote[];
}

/** What to do with a quotation still open at the paragraph end. */
export type UnclosedFate = 'run-to-end' | 'drop';

interface Entry extends Omit<PairedQuote, 'nested'> {
  parent: Entry | null;
  fate: 'open' | 'closed' | 'dropped' | 'run-to-end';
  /** The quotation this entry became, once it is one (its nested ones are added to it). */
  quote?: PairedQuote;
}

/** Deeper than any real nesting; a cap keeps hostile text ("""""…") linear. */
const MAX_DEPTH = 12;

/**
 * Pairs one paragraph's marks in one pass and returns its outermost quotations in order.
 * - A closer closes the nearest open quotation of its family; openers left inside it were not quotes.
 * - A clear opener of a family already open means the earlier one was never closed: it is dropped
 *   (‘He said "wait. Then "go."’ keeps only "go."), unless it is an inner quotation whose words end a sentence
 *   right before the new opener: `sentenceEndBefore(from, to)` gives where those words end (its closing offset).
 * - Nested quotations stay inside their outer one (‘…asking "is this right?"’ is one quotation); the closed
 *   ones directly inside come along in its `nested` list, for the caller to judge.
 * - `decideUnclosed` says, outermost first, whether a quotation open at the end runs to the paragraph end
 *   (a quotation continued in the next paragraph) or is dropped; the quotations inside a dropped one come out.
 */
export function pairMarks(
  tokens: MarkToken[],
  decideUnclosed: (quote: Omit<PairedQuote, 'nested'>) => UnclosedFate,
  sentenceEndBefore: (from: number, to: number) => number | null = () => null,
): PairedQuote[] {
  if (!tokens.length) return [];
  const state = new PairingStack();
  const closesAhead = closerComesBeforeOpener(tokens);
  const lastOfFamily = lastMarkOfEachFamily(tokens);
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    let k = state.indexOfFamily(token.family);
    // "‘We are close.’’": a doubled closer ends the single quotation it was typed for.
    if (k < 0 && token.orFamily && token.role === 'close') k = state.indexOfFamily(token.orFamily);
    // `urged them to "put down the weapons "and push`: a straight mark that only a stray space makes look like an
    // opener, with its family open and no mark of it after, closes the open quotation.
    if (token.role === 'open' && token.sideFromSpacing && k >= 0 && lastOfFamily.get(token.family) === t) {
      state.close(k, token.at);
      continue;
    }
    if (token.role === 'open') {
      if (k >= 0) {
        // Inside a quotation still open, an inner one left unclosed ends with its sentence when the next inner
        // one opens (“ ‘It is wrong. … ‘We will appeal.’ ”); outside one, a stray mark may be an apostrophe.
        const end = k > 0 ? sentenceEndBefore(state.stack[k].openAt + 1, token.at) : null;
        if (end !== null) state.close(k, end);
        else state.dropFrom(k);
      }
      state.open(token);
    } else if (token.role === 'close') {
      if (k >= 0) state.close(k, token.at);
    } else if (token.role === 'either') {
      if (k >= 0) state.close(k, token.at);
      else state.open(token);
    } else if (token.role === 'maybe-close') {
      // "‘we back the doctors’" ends the quotation; "the doctors’ pay" does not
      if (k >= 0 && !closesAhead[t]) state.close(k, token.at);
    } else if (k < 0 && closesAhead[t]) {
      state.open(token); // maybe-open: "’We lost,’ she said" opens a quotation; "’Mamello said" does not
    }
  }

  let decided = false;
  for (const entry of state.stack) {
    if (!decided && decideUnclosed(entry) === 'run-to-end') {
      entry.fate = 'run-to-end';
      decided = true;
    } else entry.fate = 'dropped';
  }
  const out: PairedQuote[] = [];
  for (const e of state.all) {
    if (e.fate === 'closed' || e.fate === 'run-to-end') {
      if (ancestorsDropped(e)) {
        e.quote = toQuote(e);
        out.push(e.quote);
      } else if (e.fate === 'closed' && e.parent) e.parent.quote?.nested.push(toQuote(e));
    }
  }
  return out;
}

/** The open quotations of one paragraph, innermost last, and every quotation ever opened. */
class PairingStack {
  readonly all: Entry[] = [];
  readonly stack: Entry[] = [];

  dropFrom(k: number): void {
    for (let j = k; j < this.stack.length; j++) this.stack[j].fate = 'dropped';
    this.stack.length = k;
  }

  indexOfFamily(family: QuoteFamily): number {
    for (let j = this.stack.length - 1; j >= 0; j--) if (this.stack[j].family === family) return j;
    return -1;
  }

  close(k: number, at: number): void {
    this.dropFrom(k + 1);
    this.stack[k].fate = 'closed';
    this.stack[k].closeAt = at;
    this.stack.length = k;
  }

  open(token: MarkToken): void {
    if (this.stack.length >= MAX_DEPTH) return;
    const parent = this.stack.length ? this.stack[this.stack.length - 1] : null;
    const entry: Entry = { openAt: token.at, closeAt: null, family: token.family, parent, fate: 'open' };
    this.stack.push(entry);
    this.all.push(entry);
  }
}

function ancestorsDropped(entry: Entry): boolean {
  for (let p = entry.parent; p; p = p.parent) if (p.fate !== 'dropped') return false;
  return true;
}

function toQuote(e: Entry): PairedQuote {
  return { openAt: e.openAt, closeAt: e.closeAt, family: e.family, nested: [] };
}

/** For each family in the paragraph, the index of its last mark. */
function lastMarkOfEachFamily(tokens: readonly MarkToken[]): Map<QuoteFamily, number> {
  const last = new Map<QuoteFamily, number>();
  tokens.forEach((token, t) => last.set(token.family, t));
  return last;
}

/**
 * For each token: does a sure closer of its family come before the next sure opener of its family?
 * Then a possessive-looking mark before it is an apostrophe ("‘the nurses’ turn,’ she said"), and a
 * word-initial ’ before it may open a quotation ("’We lost,’ she said").
 * One right-to-left pass.
 */
function closerComesBeforeOpener(tokens: MarkToken[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  // Per family, the next sure mark: a paragraph's few families in a short list, no map made per paragraph.
  const families: QuoteFamily[] = [];
  const nextSure: ('open' | 'close')[] = [];
  for (let t = tokens.length - 1; t >= 0; t--) {
    const { family, role } = tokens[t];
    let k = families.indexOf(family);
    out[t] = k >= 0 && nextSure[k] === 'close';
    if (role !== 'open' && role !== 'close' && role !== 'either') continue;
    if (k < 0) k = families.push(family) - 1;
    nextSure[k] = role === 'open' ? 'open' : 'close';
  }
  return out;
}
