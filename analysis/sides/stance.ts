// Places a speaker who belongs to neither party by what they say: backing one party or attacking the other
// ("the Government is deliberately stoking the dispute, and the union's brave response…" → with the union).
// Neutral voices (a hospital's update, a bookmaker's odds) name neither party with feeling, and stay unplaced.
import { ATTACK_WORDS, DENIAL_PHRASES, SUPPORT_WORDS } from '../../data/dispute-phrases';
import { answeredOnce, containsPhrase, essentialPhrases, lowerCase, phraseScreen, readTokens, stem } from './words';
import { mentionsParty, type Party } from './party';
import type { Placement } from './membership';
import type { SpeakerContext } from './speaker-context';

const single = (words: readonly string[]) => new Set(words.filter((w) => !w.includes(' ')).map((w) => stem(w)));
const multi = (words: readonly string[]) => words.filter((w) => w.includes(' '));
const ATTACK_STEMS = single(ATTACK_WORDS);
const ATTACK_PHRASES = multi(ATTACK_WORDS);
const SUPPORT_STEMS = single(SUPPORT_WORDS);
const SUPPORT_PHRASES = multi(SUPPORT_WORDS);
const ATTACK_SCREEN = phraseScreen(ATTACK_PHRASES);
const SUPPORT_SCREEN = phraseScreen(SUPPORT_PHRASES);
const DENIAL_SCREEN = phraseScreen(DENIAL_PHRASES);

/** A party together with the names of the speakers already placed on it ("Ms Dale" speaks for the council). */
export interface PartyVoices {
  party: Party;
  memberNames: string[];
}

export function namesParty(voices: PartyVoices, text: string): boolean {
  // Asked of the same clauses, quotes and sentences by several rules: answered once per call.
  return answeredOnce(voices, 'names', text, () => mentionsParty(voices.party, text) || namesMember(voices, lowerCase(text)));
}

function namesMember(voices: PartyVoices, lower: string): boolean {
  // A surname is searched, not also the full name that holds it: read once per party and call. One pattern screens
  // the text for all of them at once (most texts name no member), rather than a search for each.
  const names = answeredOnce(voices, 'lower-case names', '', () => {
    const phrases = essentialPhrases(voices.memberNames.map((n) => n.toLowerCase()));
    return { phrases, screen: phraseScreen(phrases) };
  });
  return names.screen.test(lower) && names.phrases.some((n) => containsPhrase(lower, n));
}

/**
 * A word of harm with whom it is done to ("attacks against Israelis", "violence against the workers"): the speaker
 * names harm someone suffers, which says nothing against them; the phrase is read as no mention at all.
 */
const HARM_DONE_TO = /\b(?:attacks?|violence|threats?|crimes?|abuse|harm|hostility|incitement)\s+(?:against|on|upon|towards?)(?:\s+[\p{L}'’-]+){1,4}/giu;
const HARM_SCREEN = new RegExp(HARM_DONE_TO.source, 'iu');
const withoutHarmDone = (text: string): string => (HARM_SCREEN.test(text) ? text.replace(HARM_DONE_TO, ' ') : text);

/** Attack and support words in `text` said of `party`. A word of the party's own name is no feeling about it:
 *  "air pollution is rising" names the party "air pollution", it does not attack it. */
export function feeling(text: string, party: Party): { attack: number; support: number } {
  const lower = lowerCase(text);
  // "shamefully" counts as "shameful": adverbs are matched without their -ly.
  const counts = { attack: 0, support: 0 };
  for (const w of readTokens(text)) {
    countFeeling(stem(w), party, counts);
    if (w.length > 5 && w.endsWith('ly')) countFeeling(stem(w.slice(0, -2)), party, counts);
  }
  counts.attack += phrasesIn(lower, ATTACK_SCREEN, ATTACK_PHRASES);
  counts.support += phrasesIn(lower, SUPPORT_SCREEN, SUPPORT_PHRASES);
  return counts;
}

function countFeeling(s: string, party: Party, counts: { attack: number; support: number }): void {
  if (party.stems.has(s)) return;
  if (ATTACK_STEMS.has(s)) counts.attack++;
  if (SUPPORT_STEMS.has(s)) counts.support++;
}

/** How many of the phrases the lower-case text holds. */
function phrasesIn(lower: string, screen: RegExp, phrases: readonly string[]): number {
  return screen.test(lower) ? phrases.filter((p) => containsPhrase(lower, p)).length : 0;
}

/** Clauses: a sentence cut at commas, semicolons, colons and ", and"/"but", so each feeling sits with its party. */
export function clauses(text: string): string[] {
  return text.split(/[,;:]\s*(?:and\s+|but\s+)?|\s+but\s+|\s+while\s+|\s+whereas\s+/i).filter((c) => c.trim().length > 0);
}

/** Votes for each party from one passage: +1 for backing it, +1 for the other for attacking it. */
function votesFrom(text: string, voices: PartyVoices[], votes: number[], reasons: string[][]): void {
  for (const said of clauses(text)) {
    const clause = withoutHarmDone(said);
    const named = voices.map((v, i) => (namesParty(v, clause) ? i : -1)).filter((i) => i >= 0);
    if (named.length !== 1) continue; // both or neither named: who is attacked is unclear
    const [i] = named;
    const { attack, support } = feeling(clause, voices[i].party);
    const other = voices.length === 2 ? 1 - i : -1;
    if (support > attack) { votes[i] += 1; reasons[i].push(`backs ${voices[i].party.name}`); }
    else if (attack > 0 && other >= 0) { votes[other] += 1; reasons[other].push(`attacks ${voices[i].party.name}`); }
  }
}

/** The party a speaker sides with by what they say, or null. */
export function placeByStance(ctx: SpeakerContext, voices: PartyVoices[]): Placement | null {
  const votes = voices.map(() => 0);
  const reasons: string[][] = voices.map(() => []);
  for (const passage of ctx.passages) votesFrom(passage, voices, votes, reasons);
  if (votes.every((v) => v === 0)) {
    // No clause names a party with feeling; a whole quote may ("These stones are from the mine… the cracks widen").
    for (const q of ctx.quotes) {
      const quoted = withoutHarmDone(q.text);
      const named = voices.map((v, i) => (namesParty(v, quoted) ? i : -1)).filter((i) => i >= 0);
      if (named.length !== 1 || voices.length !== 2) continue;
      if (feeling(quoted, voices[named[0]].party).attack > 0) { votes[1 - named[0]] += 1; reasons[1 - named[0]].push(`attacks ${voices[named[0]].party.name}`); }
    }
  }
  const best = votes[0] === votes[1] ? -1 : votes[0] > votes[1] ? 0 : 1;
  if (best < 0 || votes[best] < 1) return null;
  return { party: best, reason: `${reasons[best][0]} → ${voices[best].party.name}`.replace(/^backs (.+) → \1$/, 'backs $1'), strength: 1 };
}

/** A speaker who "denied the allegations" answers for the accused party. */
export function placeByDenial(ctx: SpeakerContext, accused: number | null, parties: Party[]): Placement | null {
  if (accused === null) return null;
  const denies = ctx.sentences.some((s) => {
    const lower = s.toLowerCase();
    return DENIAL_SCREEN.test(lower) && DENIAL_PHRASES.some((p) => containsPhrase(lower, p)) && /\b(?:allegations?|accusations?|claims?|charges?)\b/i.test(s);
  });
  return denies ? { party: accused, reason: `denies the allegations → ${parties[accused].name}`, strength: 1 } : null;
}
