// Whether a role (or an unnamed speaker's description) is a government post: "Health Secretary", "the Prime
// Minister's official spokeswoman", "Ohio House Speaker", but not "the union's general secretary" or "union president".
import { GOVERNMENT_NOUNS, GOVERNMENT_ROLE_PHRASES, HEAD_OF_STATE_TITLES, NON_GOVERNMENT_SECRETARY_WORDS } from '../../data/government-roles';
import type { Speaker } from '../types';
import type { Party } from './party';
import { answeredOnce, containsPhrase, phraseScreen } from './words';

const NON_GOVERNMENT_SECRETARY = new Set<string>(NON_GOVERNMENT_SECRETARY_WORDS);
// Compiled once, not once per role asked about (governmentPost runs for every speaker in several rules).
const HEAD_OF_STATE_PATTERNS = HEAD_OF_STATE_TITLES.map((title) => {
  const word = title.replace(/^./, (c) => `[${c.toUpperCase()}${c}]`);
  return new RegExp(`^(?:(?:[Tt]he\\s+|[Ff]ormer\\s+)?(?:(\\p{Lu}[\\p{L}.]*)\\s+)?${word}|${word}(?:\\s+\\p{Lu}\\p{Ll}+){1,2})$`, 'u');
});

/** A role without any of the phrases' letters holds none of them (most names and roles are not posts). */
const ROLE_PHRASE_SCREEN = phraseScreen(GOVERNMENT_ROLE_PHRASES);
/** The title's letters after its first (matched in any case) are matched as printed, so lower case holds them. */
const HEAD_OF_STATE_SCREEN = phraseScreen(HEAD_OF_STATE_TITLES.map((title) => title.slice(1)));

/** The government post named in `role`, as printed ("Health Secretary"), or null. */
export function governmentPost(role: string | null | undefined): string | null {
  if (!role) return null;
  // Asked of every speaker's role and names by several rules: answered once per call.
  return answeredOnce(governmentPost, 'post', role, () => postIn(role));
}

function postIn(role: string): string | null {
  const lower = role.toLowerCase();
  // "Shadow Transport Secretary", "former Health Secretary", "opposition spokesman": not the government.
  if (/\b(?:shadow|former|ex|opposition)\b/.test(lower)) return null;
  // "Health Secretary", "Foreign Secretary": a capitalised portfolio before "Secretary".
  const secretary = /\b(\p{Lu}[\p{L}-]+)\s+Secretary\b/u.exec(role);
  if (secretary && !NON_GOVERNMENT_SECRETARY.has(secretary[1].toLowerCase())) return secretary[0];
  for (const phrase of ROLE_PHRASE_SCREEN.test(lower) ? GOVERNMENT_ROLE_PHRASES : []) {
    if (containsPhrase(lower, phrase)) {
      // A short role reads best whole ("Rail Minister", "Department for Transport spokesperson").
      if (role.trim().split(/\s+/).length <= 4 || /\s(?:of|for)$/.test(phrase)) return role.trim();
      const at = lower.indexOf(phrase);
      return role.slice(at, at + phrase.length);
    }
  }
  // "President" alone (or "US President") is a head of state, and so is "President Lind" (whose advisers work for
  // the government); "Teachers Association President", "University President Jane Roe" and "Acme President" are not.
  const trimmed = role.trim();
  if (HEAD_OF_STATE_SCREEN.test(trimmed) && HEAD_OF_STATE_PATTERNS.some((pattern) => headsAState(pattern.exec(trimmed)))) return trimmed;
  return null;
}

/**
 * A head-of-state title matched alone or with the country or the state body whose head it is ("US President",
 * "Ruritanian President", "State President"); a company's or a university's president ("Acme President",
 * "University President") heads no state.
 */
function headsAState(match: RegExpExecArray | null): boolean {
  if (!match) return false;
  const modifier = match[1];
  return !modifier || NATION_WORD.test(modifier) || GOVERNMENT_NOUN_SET.has(modifier.toLowerCase()) || TITLE_OPENINGS.has(modifier.toLowerCase());
}

const GOVERNMENT_NOUN_SET = new Set<string>(GOVERNMENT_NOUNS);
/** First words of two-word titles ("Vice" of "Vice President"), written with the capital the pattern asks for. */
const TITLE_OPENINGS = new Set(HEAD_OF_STATE_TITLES.filter((t) => t.includes(' ')).map((t) => t.split(' ')[0]));

// A nationality before a post or a body ("Israeli Prime Minister", "the British Foreign Office", "US Secretary of
// State"): a demonym by its ending, or a two-letter country abbreviation.
const NATION_WORD = /^(?:\p{Lu}\p{Ll}{2,}(?:an|ian|ese|ish|ch|i)|U\.?[SK]\.?)$/u;

/** The nationality a role, an organisation or a party's name opens with ("Jordanian"), or null. */
export function nationOf(text: string | null | undefined): string | null {
  if (!text) return null;
  const first = /^(?:the\s+)?(\S+)/i.exec(text.trim())?.[1] ?? '';
  return NATION_WORD.test(first) ? first.replace(/\./g, '') : null;
}

/** The country whose government a speaker with a government post serves, when the article says: role, then org. */
export function speakerNation(sp: Speaker): string | null {
  return nationOf(sp.role) ?? nationOf(sp.org);
}

/** Does the demonym name this party's country ("Jordanian" → Jordan, "Palestinian" → Palestine, "German" →
 *  Germany)? A one-word party whose stem opens the demonym, or whose name is the demonym and a letter or two;
 *  countries whose demonym is another word ("French") are not read. */
export function isCountryOf(nation: string, party: Party): boolean {
  if (party.stems.size !== 1 || party.head.length < 4) return false;
  const demonym = nation.toLowerCase();
  const country = party.name.toLowerCase();
  return demonym.startsWith(party.head) || (demonym.length >= 4 && country.startsWith(demonym) && country.length - demonym.length <= 2);
}
