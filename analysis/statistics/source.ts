// Who the number comes from, when its sentence or a neighbour names one:
//   "An Ipsos poll for the BBC has found…" → "Ipsos poll for the BBC"; "according to teachers unions" →
//   "teachers unions"; "State police reported at least 5,000…" → "State police".
const STUDY = String.raw`(?:poll|survey|study|report|analysis|census|research|figures|data|estimates?|review|audit|index|league table|count|model|projections?)`;
const NAMED_STUDY = new RegExp(
  String.raw`\b(?:[Aa]n?|[Tt]he|[Nn]ew|[Ll]atest)\s+((?:[\p{Lu}\d][\p{L}\d&'’.-]*\s+){1,5}${STUDY}(?:\s+(?:for|by|from|of|commissioned\s+by)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}\d&'’.-]*\s?)+)?)`,
  'u',
);
const STUDY_BY = new RegExp(
  String.raw`\b(${STUDY}\s+(?:for|by|from|commissioned\s+by)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}\d&'’.-]*\s?)+)`,
  'u',
);
const ACCORDING_TO = /\baccording to\s+((?:the\s+)?[^,.;:]{2,60}?)(?=[,.;:]|$|\s+(?:which|who|that|and|but)\b)/iu;
const REPORTING_VERB = 'said|says|reported|reports|estimated|estimates|found|finds|showed|shows|calculated|projected|forecast|counted|recorded|published|released';
const REPORTER = new RegExp(
  String.raw`(?:^|[,;:]\s+|\bwhile\s+|\bbut\s+)((?:the\s+)?[\p{Lu}][\p{L}\d&'’.-]*(?:\s+[\p{L}\d&'’.-]+){0,4}?)\s+(?:${REPORTING_VERB})\b`,
  'u',
);
// What each pattern cannot match without, found far faster than the pattern itself (literal words; case folding
// with `iu` cannot make "according to" match anything else).
const MAY_NAME_STUDY = new RegExp(STUDY);
const MAY_SAY_ACCORDING = /according to/i;
const MAY_REPORT = new RegExp(String.raw`\s(?:${REPORTING_VERB})\b`);

/**
 * The sources of one paragraph's sentences: for sentence `index`, the first source named in the sentence itself,
 * then in the one before, then the one after. Each sentence is read once however many numbers ask about it.
 */
export class ParagraphSources {
  private readonly named: (string | null | undefined)[] = [];
  private readonly reported: (string | null | undefined)[] = [];

  constructor(private readonly sentences: readonly { text: string }[]) {}

  of(index: number): string | null {
    // `||`: a blank source ("according to  ,") passes on to the next sentence.
    return this.ownOrNamed(index) || this.namedIn(index - 1) || this.namedIn(index + 1) || null;
  }

  private ownOrNamed(i: number): string | null {
    const sentence = this.sentences[i]?.text;
    if (!sentence) return null;
    return this.namedIn(i) ?? (this.reported[i] === undefined ? (this.reported[i] = reporterIn(sentence)) : this.reported[i]);
  }

  private namedIn(i: number): string | null {
    const sentence = this.sentences[i]?.text;
    if (!sentence) return null;
    return this.named[i] === undefined ? (this.named[i] = sourceNamedIn(sentence)) : this.named[i];
  }
}

/** A study or an "according to" the sentence names. */
function sourceNamedIn(sentence: string): string | null {
  const named = MAY_NAME_STUDY.test(sentence) ? NAMED_STUDY.exec(sentence) ?? STUDY_BY.exec(sentence) : null;
  if (named) return named[1].trim();
  const according = MAY_SAY_ACCORDING.test(sentence) ? ACCORDING_TO.exec(sentence) : null;
  if (according) return according[1].trim();
  return null;
}

/** "X said": only in the number's own sentence; in a neighbour it is usually about something else. */
function reporterIn(sentence: string): string | null {
  const reporter = MAY_REPORT.test(sentence) ? REPORTER.exec(sentence) : null;
  if (reporter && !/^(?:he|she|they|it|we|i|you|this|that)$/i.test(reporter[1])) return reporter[1].trim();
  return null;
}
