// chrono-node's English date parsers, each asked only about a text that holds its cue (parser-cues.ts).
// The results are chrono's own, unchanged: a parser is left out only where its pattern cannot match, and a text
// with no cue at all cannot hold a date chrono reads. Built once, when the module loads.
// English only: the package root loads every locale (about 0.7 s of module start-up on a first page, against
// 0.1 s for 'chrono-node/en').
import type { Parser, ParsingContext } from 'chrono-node';
import { casual, Chrono, GB, type ParsedResult } from 'chrono-node/en';
import { cueFor } from './parser-cues';

/** Past dates preferred: "Monday" is the last one. Every parse here uses these options. */
const OPTIONS = { forwardDate: false };

class CuedDateParser {
  private readonly parsers: Parser[];
  private readonly refiners: Chrono['refiners'];
  /** The distinct cues, and for each parser the indexes of the cues it needs (all of them), or null: always run. */
  private readonly cues: RegExp[] = [];
  private readonly needs: (number[] | null)[];
  /** One chrono per set of parsers a text needs (a bit per parser): a handful in a whole article. */
  private readonly bySet = new Map<number, Chrono>();

  constructor(base: Chrono) {
    this.parsers = base.parsers;
    this.refiners = base.refiners;
    const context = catchContext();
    this.needs = this.parsers.map((parser) => {
      const cue = cueFor(parser.pattern(context).source);
      // A set of parsers is one bit each in a number: past 31 parsers, every parser always runs.
      if (!cue || this.parsers.length > 31) return null;
      return cue.map((re) => {
        const at = this.cues.indexOf(re);
        return at >= 0 ? at : this.cues.push(re) - 1;
      });
    });
  }

  /** chrono's results for the text, as chrono's own parse with every parser gives them. */
  parse(text: string, ref: Date): ParsedResult[] {
    const found: (boolean | undefined)[] = new Array(this.cues.length);
    const has = (i: number) => (found[i] ??= this.cues[i].test(text));
    let set = 0;
    this.needs.forEach((need, bit) => {
      if (need === null || need.every(has)) set |= 1 << bit;
    });
    if (set === 0) return [];
    let chrono = this.bySet.get(set);
    if (!chrono) {
      chrono = new Chrono({ parsers: this.parsers.filter((_, bit) => set & (1 << bit)), refiners: this.refiners });
      this.bySet.set(set, chrono);
    }
    return chrono.parse(text, ref, OPTIONS);
  }
}

/** The parsing context chrono hands its parsers under OPTIONS (what picks their patterns), caught from a parse of nothing. */
export function catchContext(): ParsingContext {
  let caught: ParsingContext | null = null;
  const catcher: Parser = {
    pattern(context) {
      caught = context;
      return /(?!)/;
    },
    extract: () => null,
  };
  new Chrono({ parsers: [catcher], refiners: [] }).parse('', new Date(), OPTIONS);
  if (!caught) throw new Error('chrono-node did not ask its parser for a pattern');
  return caught;
}

/** Dates as English writes them anywhere: "Nov. 30", "29 May", "last year", "5pm on Tuesday". */
export const casualDates = new CuedDateParser(casual);
/** The same, with numeric dates read day first: "05/06/2024" is 5 June. */
export const dayFirstDates = new CuedDateParser(GB);
