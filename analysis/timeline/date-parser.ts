// chrono-node's English date parsers, each asked only about a text that holds its cue (parser-cues.ts).
// The results are chrono's own, unchanged: a parser is left out only where its pattern cannot match, and a text
// with no cue at all cannot hold a date chrono reads. Built once, when the module loads.
// English only: the package root loads every locale (about 0.7 s of module start-up on a first page, against
// 0.1 s for 'chrono-node/en').
import type { Parser, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { casual, Chrono, GB, type ParsedResult } from 'chrono-node/en';
import { CLOCK_PATTERN_START, withNonHoursTurnedDown } from './clock-numbers';
import { cueWordsIn, matchesAtCueWord, type CueScan } from './cue-words';
import { parserCueFor } from './parser-cues';

/** Past dates preferred: "Monday" is the last one. Every parse here uses these options. */
const OPTIONS = { forwardDate: false };

class CuedDateParser {
  private readonly parsers: Parser[];
  /** chrono's refiners, run only where a parser found something (each refiner leaves no results as none). */
  private readonly refiners: Refiner[];
  /** The distinct cues, and for each parser the indexes of the cues it needs (all of them), or null: always run. */
  private readonly cues: RegExp[] = [];
  /** For each distinct cue, its sticky copy when its matches start at its parser's cue words, else null. */
  private readonly stickyCues: (RegExp | null)[] = [];
  private readonly needs: (number[] | null)[];
  /** For each parser, its cue words' bit in cueWordsIn (any bit where its cue is unknown: it always runs). */
  private readonly words: number[];
  /** One chrono per set of parsers a text needs (a bit per parser): a handful in a whole article. */
  private readonly bySet = new Map<number, Chrono>();

  constructor(base: Chrono) {
    const context = catchContext();
    this.parsers = base.parsers.map((parser) => (parser.pattern(context).source.startsWith(CLOCK_PATTERN_START) ? withNonHoursTurnedDown(parser) : parser));
    const refiners = base.refiners.map(withZoneNameAskedFirst);
    this.refiners = [
      { refine: (context, results) => (results.length === 0 ? results : refiners.reduce((rs, r) => r.refine(context, rs), results)) },
    ];
    const known = this.parsers.map((parser) => parserCueFor(parser.pattern(context).source));
    // A set of parsers is one bit each in a number: past 31 parsers, every parser always runs.
    const usable = this.parsers.length <= 31;
    this.words = known.map((c) => (c && usable ? c.words : ~0));
    this.needs = known.map((c) => {
      if (!c || !usable) return null;
      return c.cue.map((re) => {
        const at = this.cues.indexOf(re);
        if (at >= 0) return at;
        this.stickyCues.push(c.startsAtWord ? new RegExp(re.source, `${re.flags}y`) : null);
        return this.cues.push(re) - 1;
      });
    });
  }

  /** chrono's results for the text, as chrono's own parse with every parser gives them. */
  parse(text: string, ref: Date, scan: CueScan = cueWordsIn(text)): ParsedResult[] {
    const found: (boolean | undefined)[] = [];
    let set = 0;
    for (let bit = 0; bit < this.parsers.length; bit++) {
      const words = this.words[bit];
      if ((words & scan.bits) === 0) continue;
      let all = true;
      for (const i of this.needs[bit] ?? []) {
        all = found[i] ??= this.holds(i, text, scan, words);
        if (!all) break;
      }
      if (all) set |= 1 << bit;
    }
    if (set === 0) return [];
    let chrono = this.bySet.get(set);
    if (!chrono) {
      chrono = new Chrono({ parsers: this.parsers.filter((_, bit) => set & (1 << bit)), refiners: this.refiners });
      this.bySet.set(set, chrono);
    }
    return chrono.parse(text, ref, OPTIONS);
  }

  private holds(cue: number, text: string, scan: CueScan, words: number): boolean {
    const sticky = this.stickyCues[cue];
    return sticky ? matchesAtCueWord(sticky, text, scan, words) : this.cues[cue].test(text);
  }
}

/** What must follow a result with no time of day for chrono to read a zone's name into it: a name in capitals. */
const CAPITALS_AFTER = /\s*,?\s*\(?[A-Z]{2}/y;

/**
 * chrono's refiner that reads a zone's name after a result ("5pm EST", "9am (ET)"; the one with timezoneOverrides),
 * asked only where it may: after a result with no time of day it takes only a name written in capitals, so a date
 * followed by a short word ("on Monday not", "today the") is left as it is, without the date it builds to tell.
 */
function withZoneNameAskedFirst(refiner: Refiner): Refiner {
  if (!('timezoneOverrides' in refiner)) return refiner;
  const mayTakeZoneName = (text: string, r: ParsingResult) => {
    if (!r.start.isOnlyDate()) return true;
    CAPITALS_AFTER.lastIndex = r.index + r.text.length;
    return CAPITALS_AFTER.test(text);
  };
  return { refine: (context, results) => (results.some((r) => mayTakeZoneName(context.text, r)) ? refiner.refine(context, results) : results) };
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
