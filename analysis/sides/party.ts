// A party to the dispute: its name, the other ways the article names it, and how a label (an organisation, a
// role, a speaker's name) or a passage of text is recognised as belonging to it.
import { GOVERNMENT_NOUNS } from '../../data/government-roles';
import { BUSINESS_NOUNS } from '../../data/titles';
import { nationOf } from './government-role';
import { PARTY_NICKNAMES } from '../../data/party-nicknames';
import { answeredOnce, containsPhrase, contentStems, escapeRegExp, lowerCase, nameKey, phraseScreen, readTokens, stem } from './words';

export interface Party {
  name: string;
  aliases: string[];
  /** Upper-case initials the article uses for it ("TU"), or null. */
  acronym: string | null;
  /** Stems of the name's content words. */
  stems: Set<string>;
  /** Stem of the name's last content word: "company" for "the Chinese-owned mining company". */
  head: string;
  /** Stems of the name's lower-case words: a lone "mine" or "company" in a quote points at the party. */
  commonStems: Set<string>;
  /** The party is a government ("the Government", "the state government"): ministers and officials belong to it. */
  government: boolean;
  /** For a government, the country the article names it by ("Jordanian government" → "Jordanian"), or null. */
  nation: string | null;
}

const GOVERNMENT_STEMS = new Set(GOVERNMENT_NOUNS.flatMap((w) => contentStems(w)));

export function makeParty(name: string, aliases: string[] = []): Party {
  // Every framing and cluster names its parties afresh, often the same names: a party of a bare name is built once
  // per call, so the answers remembered about it (labels it matches, texts that mention it) are shared too.
  return aliases.length ? buildParty(name, aliases) : answeredOnce(makeParty, 'bare', name, () => buildParty(name, aliases));
}

function buildParty(name: string, aliases: string[]): Party {
  const acronymInName = /\(([A-Z][A-Za-z&]{1,9})\)/.exec(name)?.[1] ?? null;
  const clean = name.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
  const stems = contentStems(clean);
  const capitalised = clean.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An|Of|And)$/.test(w));
  const initials = capitalised.length >= 2 && capitalised.length === clean.split(/\s+/).filter((w) => !/^(?:of|and|for|the)$/i.test(w)).length
    ? capitalised.map((w) => w[0]).join('')
    : null;
  // A party named by two capitals ("US", "EU") is an acronym, though "us" is also a word (longer ones are read as
  // words already).
  const acronym = acronymInName ?? aliases.map((a) => /^[A-Z]{2,8}$/.test(a) ? a : null).find(Boolean) ?? initials ?? (/^[A-Z]{2}$/.test(clean) ? clean : null);
  const commonStems = new Set(
    clean.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).flatMap((w) => contentStems(w)),
  );
  const head = stems.at(-1) ?? nameKey(clean);
  const government = GOVERNMENT_STEMS.has(head);
  // A government is also "ministers" and "the government" in the text, whatever the article calls it.
  if (government) for (const w of ['minister', 'government']) for (const s of contentStems(w)) commonStems.add(s);
  return {
    name: clean,
    aliases: [...new Set([clean, ...aliases, ...(acronymInName ? [acronymInName] : [])])],
    acronym,
    stems: new Set(stems),
    head,
    commonStems,
    government,
    nation: government ? nationOf(clean) : null,
  };
}

/** How strongly a label (an organisation, a group's name, a role) names this party: 0 = not at all. */
export function labelMatch(party: Party, label: string | null | undefined): number {
  if (!label) return 0;
  // Every framing's parties are matched against every speaker's labels: each pair answered once per call.
  return answeredOnce(party, 'label', label, () => matchLabel(party, label));
}

/** What matchLabel compares every label with, read from the party once per call rather than once per label. */
interface AliasKeys {
  keys: string[];
  /** Keys of several words, found inside a longer label ("health department" in "health department spokesman"). */
  phrases: string[];
  /** Keys of a common-noun name ("the company" → "company"). */
  commonNouns: string[];
  acronym: RegExp | null;
}

function aliasKeys(party: Party): AliasKeys {
  return answeredOnce(party, 'alias keys', '', () => ({
    keys: party.aliases.map(nameKey),
    phrases: party.aliases.map(nameKey).filter((k) => k.includes(' ')),
    commonNouns: party.aliases.filter((a) => /^the\s+\p{Ll}+$/u.test(a)).map(nameKey),
    acronym: party.acronym ? new RegExp(`\\b${party.acronym}\\b`) : null,
  }));
}

function matchLabel(party: Party, whole: string): number {
  // "an anti-police violence activist" is against the police, not one of them.
  const label = whole.includes('nti-') ? whole.replace(/\b[Aa]nti-[\p{L}-]+/gu, ' ') : whole;
  const key = nameKey(label);
  if (!key) return 0;
  const known = aliasKeys(party);
  if (known.keys.includes(key)) return 3;
  if (known.acronym?.test(label)) return 3;
  const lower = lowerCase(label);
  if (known.phrases.some((k) => containsPhrase(lower, k))) return 2.5;
  // "company spokesman" once the article calls the party "the company".
  if (known.commonNouns.some((k) => containsPhrase(lower, k))) return 1.5;
  // "Clinton campaign chairman" for "Hillary Clinton": a person's surname heading someone's post works for them.
  if (surnameWorksFor(party, label)) return 1;
  // "the firm" for "Carver Chemicals": a business noun stands for the party that is a named business.
  const businessNoun = /^the\s+(\p{Ll}+)$/u.exec(label.trim())?.[1];
  if (businessNoun && BUSINESS_NOUNS.has(businessNoun) && NAMED_BODY.test(party.name)) return 1;
  const stems = contentStems(label);
  if (!stems.length || !party.stems.size) return 0;
  const labelSet = new Set(stems);
  let shared = 0;
  for (const s of labelSet) if (party.stems.has(s)) shared++;
  const partyInLabel = [...party.stems].every((s) => labelSet.has(s)); // "teachers" in "Ohio State Teachers Association"
  const labelInParty = shared === labelSet.size && labelSet.has(party.head); // "villager" for "Bela Bela villages"
  // "the residents" for "group of residents in Millbank": the people the party is made of.
  const peopleOfParty = shared === 1 && labelSet.size === 1 && PEOPLE_OF.test(lower) && party.commonStems.has(stems[0]);
  if (peopleOfParty) return 1;
  if (partyInLabel || labelInParty) return 2;
  const headsMeet = stems.at(-1) === party.head && shared >= 2; // "X Mining Company" for "the mining company"
  const mostlyShared = shared >= 2 && shared * 2 >= Math.min(labelSet.size, party.stems.size);
  return headsMeet || mostlyShared ? 1 : 0;
}

const NAMED_BODY = /^\p{Lu}/u;
/** A label that is only people ("the residents", "residents", "a resident"), no body. */
const PEOPLE_OF = /^(?:the\s+|a\s+|an\s+)?\p{Ll}+s?$/u;
const PERSON_NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}\p{Ll}+){1,2}$/u;
const STAFF_AFTER_SURNAME = /^\s+(?:campaign|aide|aides|adviser|advisers|advisor|advisors|spokesman|spokeswoman|spokesperson|lawyer|attorney|team|camp|ally|allies|staffer|transition)\b/i;

/** "Clinton campaign chairman", "a Trump adviser": the label puts a person party's surname before their staff. */
function surnameWorksFor(party: Party, label: string): boolean {
  if (!PERSON_NAME.test(party.name)) return false;
  const surname = party.name.slice(party.name.lastIndexOf(' ') + 1);
  const at = label.indexOf(surname);
  return at >= 0 && !/\p{L}/u.test(label.charAt(at - 1)) && STAFF_AFTER_SURNAME.test(label.slice(at + surname.length));
}

/** Whether a passage names the party: an alias, the acronym, or the head of a common-noun name ("the company"). */
export function mentionsParty(party: Party, text: string): boolean {
  // Asked of every clause, quote and sentence for each party, often of the same text: answered once per call.
  return answeredOnce(party, 'mentions', text, () => mentionsAnywhere(party, text));
}

/** mentionOffsets(…).length > 0, stopping at the first mention. */
function mentionsAnywhere(party: Party, text: string): boolean {
  const patterns = namePatterns(party);
  // Each pattern runs only when the text holds the literal it cannot match without (most texts name no party).
  // search() neither needs nor moves a global pattern's lastIndex.
  const lower = lowerCase(text);
  // One pattern first tells whether the lower-case text holds any of those literals (most texts hold none).
  const holdsLiteral = patterns.literalScreen.test(lower);
  for (let i = 0; holdsLiteral && i < patterns.aliases.length; i++) {
    if (lower.includes(patterns.aliasFirstWords[i]) && lower.search(patterns.aliases[i]) >= 0) return true;
  }
  if (patterns.acronym && text.includes(party.acronym ?? '') && text.search(patterns.acronym) >= 0) return true;
  if (patterns.theLastWord && text.includes(patterns.lastWord) && text.search(patterns.theLastWord) >= 0) return true;
  if (!party.commonStems.size) return false;
  // The prefixes are found in the lower-case text at the word's own offsets: only when lower-casing keeps every
  // character in place (no "İ", no context-dependent sigma) and no prefix is empty.
  if (!patterns.commonPrefixes || patterns.commonPrefixes.includes('') || lower.length !== text.length || text.includes('\u03A3')) {
    for (const m of text.matchAll(LETTER_WORD)) if (isCommonNameAt(party, text, m)) return true;
    return false;
  }
  // A common name's word begins with its prefix: only the words that begin where a prefix is found are read.
  if (!holdsLiteral) return false;
  for (const prefix of patterns.commonPrefixes) {
    for (let at = lower.indexOf(prefix); at >= 0; at = lower.indexOf(prefix, at + 1)) {
      if (startsCommonName(party, text, at)) return true;
    }
  }
  return false;
}

/** Whether a word of letters begins at `at` (none runs on from before it) and is one of the party's common nouns. */
function startsCommonName(party: Party, text: string, at: number): boolean {
  if (letterEndsAt(text, at)) return false;
  const end = letterRunEnd(text, at);
  if (end - at < 4) return false;
  const w = text.slice(at, end);
  if (!/^\p{Ll}/u.test(w) && !/(?:^|[.!?"\u201C\u2018]\s*)$/u.test(text.slice(Math.max(0, at - 3), at))) return false;
  return party.commonStems.has(stem(w));
}

/** Offsets in `text` where the party is named (see mentionsParty). */
export function mentionOffsets(party: Party, text: string): number[] {
  const out: number[] = [];
  const lower = text.toLowerCase();
  const patterns = namePatterns(party);
  for (const pattern of patterns.aliases) for (const m of lower.matchAll(pattern)) out.push(m.index ?? 0);
  if (patterns.acronym) for (const m of text.matchAll(patterns.acronym)) out.push(m.index ?? 0);
  // "the Alliance" for the Reform Alliance, "the Association" for the British Medical Association.
  if (patterns.theLastWord) for (const m of text.matchAll(patterns.theLastWord)) out.push(m.index ?? 0);
  if (party.commonStems.size) for (const m of text.matchAll(LETTER_WORD)) if (isCommonNameAt(party, text, m)) out.push(m.index ?? 0);
  return out.sort((a, b) => a - b);
}

const LETTER_WORD = /[\p{L}]+/gu;

/** Whether the word `m` of `text` is one of the party's common nouns ("the mine", "the company"). */
function isCommonNameAt(party: Party, text: string, m: RegExpMatchArray): boolean {
  const w = m[0];
  if (w.length < 4) return false;
  // Capitalised only at the start of a sentence or quote ("Ministers have had months…"), never inside a name.
  if (!/^\p{Ll}/u.test(w) && !/(?:^|[.!?"\u201C\u2018]\s*)$/u.test(text.slice(Math.max(0, (m.index ?? 0) - 3), m.index))) return false;
  // stem() rather than contentStems(): "mine" is also a pronoun, but "from the mine" names the mining company.
  return party.commonStems.has(stem(w));
}

/** Whether the character just before `at` is a letter (a surrogate pair read as one character, as /\p{L}/u does). */
function letterEndsAt(text: string, at: number): boolean {
  if (at <= 0) return false;
  const code = text.charCodeAt(at - 1);
  const pairStart = code >= 0xdc00 && code <= 0xdfff && at >= 2 && isHighSurrogate(text.charCodeAt(at - 2));
  return isLetterCodePoint(pairStart ? text.codePointAt(at - 2) ?? code : code);
}

/** The end of the run of letters that starts at `at`. */
function letterRunEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const point = text.codePointAt(i) ?? 0;
    if (!isLetterCodePoint(point)) break;
    i += point > 0xffff ? 2 : 1;
  }
  return i;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const IS_LETTER = /^\p{L}$/u;

function isLetterCodePoint(point: number): boolean {
  if (point < 0x80) return (point >= 0x61 && point <= 0x7a) || (point >= 0x41 && point <= 0x5a);
  return point >= 0xd800 && point <= 0xdfff ? false : IS_LETTER.test(String.fromCodePoint(point));
}

interface NamePatterns {
  aliases: RegExp[];
  /** The first word of each alias pattern, which the lower-case text must contain for it to match. */
  aliasFirstWords: string[];
  /** The last word of a name "the Alliance" stands for. */
  lastWord: string;
  /** Literals one of which the lower-case text contains if any word of it is a common name of the party; null when
   *  no such screen holds (a nickname stands for a party word: "Tory" for "conservative"). */
  commonPrefixes: string[] | null;
  /** Finds any of the alias first words and common prefixes in the lower-case text. */
  literalScreen: RegExp;
  acronym: RegExp | null;
  theLastWord: RegExp | null;
  /** What they were built from: a party rebuilt with new aliases gets new patterns. */
  builtFrom: { aliases: string[]; count: number; acronym: string | null; name: string };
}

// The patterns depend on the party alone, and mentionOffsets runs for every quote and passage: compiled once per
// party instead of once per call (the seed's findSides spent about a fifth of its time building these RegExps).
const patternsOf = new WeakMap<Party, NamePatterns>();

function namePatterns(party: Party): NamePatterns {
  const cached = patternsOf.get(party);
  const from = cached?.builtFrom;
  if (cached && from!.aliases === party.aliases && from!.count === party.aliases.length && from!.acronym === party.acronym && from!.name === party.name) return cached;
  const aliases: RegExp[] = [];
  const aliasFirstWords: string[] = [];
  for (const alias of party.aliases) {
    const key = nameKey(alias);
    if (key.length < 2) continue;
    const words = readTokens(key);
    if (!words.length) continue;
    aliases.push(new RegExp(`\\b${words.map(escapeRegExp).join('[^\\p{L}\\p{N}]+')}\\b`, 'gu'));
    aliasFirstWords.push(words[0]);
  }
  const words = party.name.split(/\s+/);
  const last = words.at(-1) ?? '';
  const prefixes = commonPrefixes(party.commonStems);
  const patterns: NamePatterns = {
    aliases,
    aliasFirstWords,
    lastWord: last,
    commonPrefixes: prefixes,
    literalScreen: phraseScreen([...aliasFirstWords, ...(prefixes ?? [])]),
    acronym: party.acronym ? new RegExp(`\\b${party.acronym}\\b`, 'g') : null,
    theLastWord: words.length >= 2 && /^\p{Lu}\p{Ll}{3,}$/u.test(last) ? new RegExp(`\\b[Tt]he\\s+${escapeRegExp(last)}\\b`, 'gu') : null,
    builtFrom: { aliases: party.aliases, count: party.aliases.length, acronym: party.acronym, name: party.name },
  };
  patternsOf.set(party, patterns);
  return patterns;
}

/** A word's stem is the lower-case word cut short, its last letter perhaps turned into "y" ("companies" →
 *  "company"): all of the stem but its last letter is in the word. Only a nickname ("Tories") breaks this. */
const NICKNAMED_STEMS = new Set(Object.values(PARTY_NICKNAMES).map((word) => stem(word)));

function commonPrefixes(commonStems: Set<string>): string[] | null {
  const prefixes: string[] = [];
  for (const s of commonStems) {
    if (NICKNAMED_STEMS.has(s)) return null;
    prefixes.push(s.slice(0, -1));
  }
  return prefixes;
}
