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
// Literal and ASCII: found far faster than the full pattern, which case folding (`iu`) cannot make match elsewhere.
const MAY_SAY_ACCORDING = /according to/i;
const REPORTER = /(?:^|[,;:]\s+|\bwhile\s+|\bbut\s+)((?:the\s+)?[\p{Lu}][\p{L}\d&'’.-]*(?:\s+[\p{L}\d&'’.-]+){0,4}?)\s+(?:said|says|reported|reports|estimated|estimates|found|finds|showed|shows|calculated|projected|forecast|counted|recorded|published|released)\b/u;

/** The first source named in the sentence itself, then in the one before, then the one after. */
export function sourceOf(sentences: string[], index: number): string | null {
  for (const i of [index, index - 1, index + 1]) {
    const s = sentences[i];
    if (!s) continue;
    const found = sourceIn(s, i === index);
    if (found) return found;
  }
  return null;
}

function sourceIn(sentence: string, own: boolean): string | null {
  const named = NAMED_STUDY.exec(sentence) ?? STUDY_BY.exec(sentence);
  if (named) return named[1].trim();
  const according = MAY_SAY_ACCORDING.test(sentence) ? ACCORDING_TO.exec(sentence) : null;
  if (according) return according[1].trim();
  if (!own) return null; // "X said" in a neighbour is usually about something else
  const reporter = REPORTER.exec(sentence);
  if (reporter && !/^(?:he|she|they|it|we|i|you|this|that)$/i.test(reporter[1])) return reporter[1].trim();
  return null;
}
