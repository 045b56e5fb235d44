// Kind and scare-quote classification: is a quotation someone's sentence, a few words quoted inside a
// reported sentence, or a term the writer holds at arm's length that nobody is saying?
import { endsWithOneOf, isAlnumCode } from './char-class';

/** Quotations this short are only kept when the sentence credits them to someone (gold: "four words or fewer"). */
export const SHORT_QUOTE_WORDS = 4;

const isJoinerCode = (code: number) => code === 39 || code === 0x2019 || code === 45;

const WORD = /[\p{L}\p{N}]+(?:['\u2019\-][\p{L}\p{N}]+)*/gu;

/** The number of words in `text`; counting stops past `atMost` (a caller comparing with it needs no more). */
export function countWords(text: string, atMost = Infinity): number {
  let n = 0;
  let inWord = false;
  // By char code: a word starts at a letter or digit unless a single ' ’ - joins it to the word before
  // ("don't", "seven-day"). Surrogate pairs (letters outside the BMP) go to the regex, which defines a word.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return countWordsByRegex(text);
    if (isAlnumCode(code)) {
      if (!inWord && !(i >= 2 && isJoinerCode(text.charCodeAt(i - 1)) && isAlnumCode(text.charCodeAt(i - 2))) && ++n > atMost) return n;
      inWord = true;
    } else inWord = false;
  }
  return n;
}

function countWordsByRegex(text: string): number {
  // test() walks the global regex without building a match array: the count is all we need.
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.test(text)) n++;
  return n;
}

/** Where a quotation sits in its paragraph. Offsets as in QuoteSpan; `closeAt` null when it runs to the end. */
export interface QuotePlace {
  paragraphText: string;
  openAt: number;
  closeAt: number | null;
  /** The quoted words, as printed. */
  text: string;
  /** Offset where the sentence holding the opening mark starts. */
  sentenceStart: number;
}

/** What may close a quoted sentence after its final stop: " ' and U+2018–U+201F (curly marks), a bracket. */
const CLOSING_MARKS_AND_BRACKET = '"\'\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F)';

/** `said: "…"` – a colon before the mark introduces someone's own words. */
export function introducedByColon(place: QuotePlace): boolean {
  return /:\s*$/.test(place.paragraphText.slice(Math.max(0, place.openAt - 3), place.openAt));
}

/** Only marks, brackets, dashes and spaces between the sentence start and the opening mark. */
function opensSentence(place: QuotePlace): boolean {
  if (place.sentenceStart >= place.openAt) return true;
  return /^[\s"'\u2018-\u201F\u00AB\u00BB([\u2014\u2013-]*$/.test(place.paragraphText.slice(place.sentenceStart, place.openAt));
}

/**
 * `direct` for quoted sentences or clauses ("We will not move," she said / He said: "No."), `partial` for words
 * quoted inside the writer's own sentence (He said the plan was "dead in the water").
 */
export function quoteKind(place: QuotePlace): 'direct' | 'partial' {
  if (introducedByColon(place) || opensSentence(place)) return 'direct';
  const startsUpper = /^[^\p{L}\p{N}]*\p{Lu}/u.test(place.text);
  const endsLikeSentence = endsWithOneOf(place.text, '.!?\u2026,', CLOSING_MARKS_AND_BRACKET);
  return startsUpper && endsLikeSentence ? 'direct' : 'partial';
}

/** Words after which a quoted term is the writer's label, not anyone's words: a so-called "reform". */
const SCARE_LEAD = /(?:so[-\s]called|quote[-\s]unquote|self[-\s]styled|supposed)\s*$/i;
/**
 * A word quoted as a name or term, not as speech: the use of "We", the word "sorry", a brand dubbed "Max", what has
 * been called the "agency model" (passive "called" names a thing; active "called the plan "reckless"" quotes someone).
 */
const NAMING_LEAD = /(?:\b(?:the|a|an)\s+(?:word|term|name|brand|phrase|label|slogan|title)|\buse\s+of|\bnames?\s+(?:was|is|as)|\b(?:identified|introduced)\s+(?:(?:himself|herself|themselves)\s+)?(?:only\s+)?as|\b(?:known\s+as|dubbed|nicknamed|titled|(?:is|are|was|were|been|be|being)\s+(?:called|named|termed|labell?ed))(?:\s+(?:the|a|an))?)\s*$/i;
/** A preposition right before the mark: words quoted after it are a title ("an episode of "Night Shift."", "wrote for
 *  'Free Mind'"). */
const TITLE_LEAD = /(?:^|[^\p{L}])(?:of|on|in|from|for)\s*$/iu;
/**
 * A kind of work, maybe with "called", right before the mark, or "called" before a title and its subtitle
 * in brackets: what follows names the work ('his book "Elsewhere"', 'a play called "Dry Land,"').
 */
const WORK_LEAD =
  /(?:\b(?:book|novel|memoir|film|movie|documentary|song|single|album|track|show|series|sitcom|comedy|drama|thriller|programme|program|episode|podcast|play|musical|opera|poem|essay|script|screenplay)(?:\s+(?:called|titled|entitled|named))?|\b(?:called|titled|entitled)\s+["\u201C\u2018']?[\p{L}&]+\s*\()\s*$/iu;
/** A title the writer points the reader to: '(see “Genome Surgery” and “10 Breakthrough Technologies”)'. */
const SEE_LEAD = /\(\s*see(?:\s+also)?\s+(?:["\u201C\u2018][^"\u201D\u2019]*["\u201D\u2019]\s*(?:,|and|or)\s*)*$/iu;
/** A name given with its article right after "dubbed" or "known as", nobody doing the naming ('the system, dubbed a
 *  “search and replace function”'): up to a short phrase. */
const PASSIVE_NAMING_LEAD = /(?:^|[^\p{L}])(?:dubbed|nicknamed|known\s+as)\s+(?:the|a|an)\s*$/iu;
/** "titled" or "entitled" right before the mark: a work's title follows, however long ('a study titled ‘Lights at Night’'). */
const TITLED_LEAD = /(?:^|[^\p{L}])(?:titled|entitled)\s*$/iu;
/** A thing named by "called" after a noun ('a segment called "Final Verdict"'): not someone's words (contrast 'what he called "a witch hunt"'). */
const NOUN_CALLED_LEAD = /(?:^|[^\p{L}])(?:a|an|the|this|that|its|his|her|their|our|new)\s+(?:[\p{Ll}-]+\s+){0,2}(?:called|named|dubbed|titled|entitled)\s*$/u;
/** A name set in title case after an article and one or two lower-case words ('a dedicated "Topical Team" on…'; but
 *  'the plan was a "Total Disaster"' may be someone's words). */
const ARTICLE_LEAD = /(?:^|[^\p{L}])(?:a|an|the|its|their|his|her)\s+(?:(?!(?:is|was|are|were|be|been|being|seemed|became|called|looked)\s)[\p{Ll}-]+\s+){1,2}$/u;
/** A nickname after "called" and the one it names: 'Everyone called Campbell "Coach"', 'fans call him "The Wall"'. */
const NICKNAME_LEAD = /(?:^|[^\p{L}])(?:call|calls|called|calling|nicknamed)\s+(?:him|her|them|\p{Lu}[\p{L}'’-]+)\s*$/u;
/** A sentence ending inside the text, another following it: a title has none ("Spring. Summer." aside). */
const SENTENCE_BREAK_INSIDE = /[.!?]\s+\S/u;
/** A short quoted term, its closing mark, then "or": 'so-called "Schutzverträge," or "protection contracts,"'. */
const TERM_THEN_OR = /["\u201C\u2018]([^"\u201C\u201D\u2018\u2019]{1,40})["\u201D\u2019]\s*,?\s+or\s+$/u;
/** Words a translation or gloss of a term may have ("the man with the bloody hand"). */
const GLOSS_WORDS = 8;

/** '"mkono wa damu," or "the man with the bloody hand,"': the second quotation says what the first term means. */
function isGlossAfterTerm(place: QuotePlace): boolean {
  const term = TERM_THEN_OR.exec(place.paragraphText.slice(Math.max(0, place.openAt - 50), place.openAt));
  return term !== null && countWords(term[1], 3) <= 3 && countWords(place.text, GLOSS_WORDS) <= GLOSS_WORDS;
}

/** A gloss in brackets right after a quoted term: 'known as “La Violencia” ("The Violence")'. */
const GLOSS_LEAD = /["\u201D\u2019\u00BB]\s*\(\s*$/u;
/** One word written as a handle or a brand, with a capital inside it or a sign before it: "factcheckUK", "#MeToo", "@acme". */
const HANDLE = /^(?:[@#][\p{L}\d_]+|\p{Ll}+\p{Lu}[\p{L}\d]*)$/u;
const DETERMINER = /(?:^|[^\p{L}])(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your)\s*$/iu;
/** Words that can follow a quoted noun without the quote being a modifier ("the "reform" was…"). */
const FUNCTION_WORD = new Set([
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may',
  'might', 'must', 'can', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as',
  'that', 'which', 'who', 'whom', 'whose', 'than', 'then', 'it', 'he', 'she', 'they', 'we', 'if', 'when', 'while',
  'because', 'so', 'into', 'onto', 'over', 'under', 'about', 'after', 'before', 'since', 'until', 'within', 'without',
  'does', 'did', 'do', 'not', 'also', 'now',
]);

/** Whether the sentence around a quotation (quotations masked) credits it to someone. */
export interface SpeechCueLookup {
  /** A speech cue earlier in the sentence: 'She accused them of trying to "bully" us'. */
  before(): boolean;
  /** A speech cue anywhere in the sentences the quotation touches: '"No," he said.' */
  anywhere(): boolean;
}

/**
 * A quotation nobody is saying: a short one the sentence credits to no one and that is no sentence of its
 * own, a term after "so-called", a quoted modifier (a "seven-day" service), or a quoted title (the song
 * "We Will Rock You"). Words quoted inside a sentence are credited only by a cue before them: in 'The
 * "reform", critics said, is a sham' the term is the writer's label.
 */
/** How far before a mark the leads above are looked for ("identified herself only as"). */
const LEAD_REACH = 32;
/** How far back "(see" may be, other titles in its list between ('(see “A”, “B” and “C”)'). */
const SEE_REACH = 160;

export function isScareQuote(place: QuotePlace, cue: boolean | SpeechCueLookup): boolean {
  const before = place.paragraphText.slice(Math.max(0, place.openAt - LEAD_REACH), place.openAt);
  const words = countWords(place.text, SHORT_QUOTE_WORDS); // only "up to four" or "more" matters here
  if (words <= SHORT_QUOTE_WORDS && SCARE_LEAD.test(before)) return true;
  if (words <= 2 && NAMING_LEAD.test(before)) return true;
  // 'a "seven-day" service', 'his "tough on China" stance': words quoted between a determiner and their noun modify it.
  if (words <= 3 && DETERMINER.test(before) && followedByContentWord(place) && !/[.!?,;:]$/.test(place.text.trim())) return true;
  // American style puts the sentence's full stop inside the marks: 'said on "Night Shift."' quotes a title.
  // ('a stunt man in "Once Upon A Time in Hollywood," while …': the writer's comma, inside the marks.)
  if (TITLE_LEAD.test(before) && looksLikeTitle(place.text.trim().replace(/[.,]$/, ''))) return true;
  // A title after the kind of work it names keeps a comma of the writer's sentence: 'the show "Dry Land," its…'.
  if (words <= SHORT_QUOTE_WORDS && WORK_LEAD.test(before) && looksLikeTitle(place.text.trim().replace(/[.,]$/, ''))) return true;
  if (TITLED_LEAD.test(before) && !SENTENCE_BREAK_INSIDE.test(place.text.trim())) return true;
  if (SEE_LEAD.test(place.paragraphText.slice(Math.max(0, place.openAt - SEE_REACH), place.openAt)) && !SENTENCE_BREAK_INSIDE.test(place.text.trim())) return true;
  if (words <= SHORT_QUOTE_WORDS && PASSIVE_NAMING_LEAD.test(before)) return true;
  if (HANDLE.test(place.text.trim())) return true;
  if (words <= SHORT_QUOTE_WORDS && GLOSS_LEAD.test(before)) return true;
  if (isGlossAfterTerm(place)) return true;
  if (words <= 2 && NICKNAME_LEAD.test(before) && looksLikeTitle(place.text.trim().replace(/[,.]$/, ''))) return true;
  // '"Perry" chimed in', '"Perry" and Alvarez went silent': a quoted name the sentence goes on from, as its subject.
  if (words <= 2 && looksLikeTitle(place.text) && followedByLowerCase(place) && !(typeof cue === 'boolean' ? cue : cue.before())) return true;
  if (words >= 2 && words <= SHORT_QUOTE_WORDS && ARTICLE_LEAD.test(before) && looksLikeTitle(place.text)) return true;
  if (words <= SHORT_QUOTE_WORDS && NOUN_CALLED_LEAD.test(before) && looksLikeTitle(place.text.trim().replace(/[,.]$/, ''))) return true;
  if (words > SHORT_QUOTE_WORDS && !looksLikeTitle(place.text)) return false;
  if (introducedByColon(place) || isQuotedSentence(place)) return false;
  if (typeof cue === 'boolean') return !cue;
  // 'Apple was "pulled in," its chief said': a comma inside the closing mark hands the words to the speech cue
  // after them (a quoted title keeps its comma too: films like "Star Wars," are nobody's words).
  // Not so in a list ('corporations, "creators," and others'): there the comma is the writer's.
  const handedOn = endsWithOneOf(place.text.trim(), ',!?') && !looksLikeTitle(place.text.trim().replace(/[,!?]+$/, '')) && !continuesList(place);
  if (handedOn && cue.anywhere()) return false;
  return !(opensSentence(place) ? cue.anywhere() : cue.before());
}

/**
 * A sentence of its own between the marks, even unattributed: ¶ "Now we appeal." ¶ (not: “Kickbacks” for chiefs).
 * Its stop may sit inside a nested quotation's closing mark: “It’s ‘Opening Night.’”
 */
function isQuotedSentence(place: QuotePlace): boolean {
  return opensSentence(place) && endsWithOneOf(place.text, '.!?\u2026', CLOSING_MARKS_AND_BRACKET);
}

/** `corporations, "creators," and others`: a comma before the mark and "and"/"or" after it. */
function continuesList(place: QuotePlace): boolean {
  if (place.closeAt === null || !/,\s*$/.test(place.paragraphText.slice(Math.max(0, place.openAt - 3), place.openAt))) return false;
  return /^\s+(?:and|or)\b/.test(place.paragraphText.slice(place.closeAt + 1, place.closeAt + 6));
}

/** `a "seven-day" service`: the next word is a lower-case content word, so the quoted words modify it. */
function followedByContentWord(place: QuotePlace): boolean {
  if (place.closeAt === null) return false;
  const next = /^\s+(\p{Ll}[\p{L}\-]*)/u.exec(place.paragraphText.slice(place.closeAt + 1, place.closeAt + 40));
  return next !== null && !FUNCTION_WORD.has(next[1].toLowerCase());
}

/** The sentence goes on after the closing mark with no punctuation: a lower-case word, "and" included. */
function followedByLowerCase(place: QuotePlace): boolean {
  return place.closeAt !== null && /^\s+\p{Ll}/u.test(place.paragraphText.slice(place.closeAt + 1, place.closeAt + 8));
}

/** "Less Money on Testing": every longer word capitalised and no sentence punctuation at the end. */
export function looksLikeTitle(text: string): boolean {
  if (endsWithOneOf(text.trim(), '.!?,;:\u2026')) return false;
  // Word by word, stopping at the first that tells: most quotations are sentences, told by a word or two.
  WORD.lastIndex = 0;
  let m = WORD.exec(text);
  if (!m || !/^\p{Lu}/u.test(m[0])) return false;
  let longer = false;
  for (; m; m = WORD.exec(text)) {
    if (m[0].length < 4) continue;
    if (!/^\p{Lu}/u.test(m[0])) return false;
    longer = true;
  }
  return longer;
}
