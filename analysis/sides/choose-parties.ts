// Decides the dispute's two parties: from the article's own framing first (a two-party phrase, or a one-party
// phrase completed by the most quoted body on the other side), failing that the two bodies whose speakers are
// quoted against each other. An article with no dispute (a profile, a match report) gets none.
import type { ArticleDocument } from '../document';
import { namesAnAgent } from './agent';
import { CUE_BESIDES_TALKS, CUE_WORD, kindsOf, readArticleWords, STRONG_CUE_WORD, type ArticleWords } from './article-words';
import { buildClusters, type Cluster } from './clusters';
import { findFramings, type Framing } from './framing';
import { isMediator } from './mediator';
import { placeByMembership, studiesOthers } from './membership';
import { fromProsecution } from './prosecution';
import { fromProtest } from './protest';
import { withArticleAliases } from './party-aliases';
import { labelMatch, makeParty, mentionsParty, type Party } from './party';
import { namesOf, type SpeakerContext } from './speaker-context';
import { feeling, namesParty, type PartyVoices } from './stance';
import { contentStems, readTokens } from './words';

export interface Dispute {
  parties: [Party, Party];
  /** Index of the party the framing accuses, or null. */
  accused: number | null;
  /** How the parties were found, for debugging and the card ("the impasse between …"). */
  source: string;
  /** Both parties are named in the headline or the opening paragraph: the article is about their dispute. */
  framedInLede?: boolean;
  /** Speakers known to speak for a party though their labels do not name it (a strikers' union), by party index. */
  spokesFor?: Map<string, number>;
}

/** The article's opening: the headline (-1) and its first paragraphs, where a story sets out what it is about. */
const OPENING_LAST_PARAGRAPH = 3;
/** The headline (-1) and the lede: where "X criticises Y" says what the article is about. */
const CRITICISM_LAST_PARAGRAPH = 1;

const LEGAL_RULES = new Set(['v', 'sued', 'took to court', 'filed by']);
/** Framings a sports report still holds as a dispute: a lawsuit, or a row off the scoreboard ("X drew the ire of Y"). */
const SPORTS_DISPUTE_RULES = new Set([...LEGAL_RULES, 'drew the ire of', 'lashed out at']);
/** Signs that the parties to a deal are adversaries; a lawsuit is not one (shareholders may sue over a merger). */
const BARGAINING_CUES = new Set(['tariffs', 'sanctions', 'strike', 'strikes', 'walkout', 'walkouts', 'dispute', 'impasse', 'stalemate']);
/** Talks that failed, or people who stopped work: "walked out after talks broke down". */
const TALKS_FAILING = /\b(?:walk(?:ed|s|ing)?\s+out|on\s+strike|broke\s+down|break\s+down|collapsed?|stalled|picket(?:s|ed|ing)?)\b/i;

/** A sports report: many words of the game and few of a dispute. Its "clash between" two clubs is no dispute. */
export function isSportsReport(words: ArticleWords): boolean {
  return words.sportWords >= 8 && words.sportWords > 3 * words.cueWords;
}

export function chooseParties(doc: ArticleDocument, contexts: Map<string, SpeakerContext>, words: ArticleWords = readArticleWords(doc)): Dispute | null {
  const sporty = isSportsReport(words);
  let framings = findFramings(doc, words).filter((f) => !sporty || SPORTS_DISPUTE_RULES.has(f.rule));
  // "X criticises Y" frames the article only in its headline or lede: deeper it is one voice among many.
  framings = framings.filter((f) => f.rule !== 'criticised' || f.paragraph <= CRITICISM_LAST_PARAGRAPH);
  const quoted = [...contexts.values()].filter((c) => c.quotes.length > 0);
  // "talks between" frames a dispute only in an article with another sign of one (a strike, a row, a walkout).
  if (framings.some((f) => f.rule === 'talks between') && !hasOtherCue(doc, words)) framings = framings.filter((f) => f.rule !== 'talks between');
  // "a deal between" two parties frames a dispute only where they bargain as adversaries: over tariffs, a strike.
  if (framings.some((f) => f.rule === 'deal between') && !hasBargainingCue(doc)) framings = framings.filter((f) => f.rule !== 'deal between');
  // A speaker who stands between the parties ("urged both sides to return to talks") speaks for no party.
  const partyVoices = new Map([...contexts].filter(([, c]) => !isMediator(c)));
  const dispute = fromTwoPartyFraming(framings, quoted, contexts) ?? fromOnePartyFraming(framings, partyVoices) ?? fromProtest(doc, framings)
    ?? (sporty ? null : fromProsecution(doc, partyVoices)) ?? (sporty ? null : fromClusters(words, partyVoices));
  return dispute ? { ...dispute, parties: withArticleAliases(doc, dispute.parties, words) } : null;
}

function hasBargainingCue(doc: ArticleDocument): boolean {
  return [doc.meta.headline ?? '', ...doc.paragraphs].some((p) => readTokens(p).some((w) => BARGAINING_CUES.has(w)));
}

/** A sign of a dispute besides talks, in the headline or the body: a dispute word, or talks that failed. */
function hasOtherCue(doc: ArticleDocument, words: ArticleWords): boolean {
  if (words.kinds & CUE_BESIDES_TALKS) return true;
  const headline = doc.meta.headline ?? '';
  if (kindsOf(readTokens(headline)) & CUE_BESIDES_TALKS) return true;
  return TALKS_FAILING.test(headline) || doc.paragraphs.some((p) => TALKS_FAILING.test(p));
}

function distinct(a: Party, b: Party): boolean {
  return labelMatch(a, b.name) < 2 && labelMatch(b, a.name) < 2;
}

/** "the stand-off between the council and the union": the framing whose parties most quoted speakers belong to. */
function namesAPerson(party: Party, contexts: Map<string, SpeakerContext>): boolean {
  if (/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\b/.test(party.name)) return true;
  return [...contexts.values()].some((c) => c.speaker.kind === 'person' && namesOf(c.speaker).some((n) => labelMatch(party, n) >= 3));
}

function fromTwoPartyFraming(framings: Framing[], quoted: SpeakerContext[], contexts: Map<string, SpeakerContext>): Dispute | null {
  let best: { dispute: Dispute; score: number } | null = null;
  for (const f of framings) {
    if (f.parties.length !== 2) continue;
    const parties: [Party, Party] = [makeParty(f.parties[0]), makeParty(f.parties[1])];
    if (!distinct(parties[0], parties[1])) continue;
    if (f.rule === 'accused' && parties.some((p) => namesAPerson(p, contexts))) continue; // "Ms Dale accused union leaders of
    const placed = quoted.filter((c) => placeByMembership(c.speaker, parties)).length;
    // Each party is people or a body, or has a quoted speaker of its own: "the battle between tradition and
    // modernity" is no dispute between parties.
    if (parties.some((p) => !namesAnAgent(p.name) && !quoted.some((c) => placeByMembership(c.speaker, [p])))) continue;
    // A deal is a dispute only when both its parties speak: "the deal between two suppliers, amid tariffs" is news.
    if (f.rule === 'deal between' && parties.some((p) => !quoted.some((c) => placeByMembership(c.speaker, [p])))) continue;
    // An investigation is a dispute when the investigated answers: "police are investigating the landlord" alone is news.
    if (f.rule === 'investigating' && !quoted.some((c) => placeByMembership(c.speaker, [parties[1]]))) continue;
    const score = placed + (f.paragraph <= OPENING_LAST_PARAGRAPH ? 2 : 0) + (f.rule.endsWith('between') ? 1 : 0);
    if (!best || score > best.score) best = { dispute: { parties, accused: f.accused, source: f.rule, framedInLede: f.paragraph <= 0 }, score };
  }
  return best && best.score >= 2 ? best.dispute : null;
}

/** "a strike against the trust", "calls for better pay from the state government": the other party is the most
 *  quoted body that is not the named one. */
function fromOnePartyFraming(framings: Framing[], contexts: Map<string, SpeakerContext>): Dispute | null {
  const clusters = buildClusters(contexts);
  for (const f of framings) {
    if (f.parties.length !== 1) continue;
    // Only the opening's framing sets the dispute: "did not expect a campaign against Islamists", deep in a report
    // on an attack, is an aside, and the most quoted body is no party to it.
    if (f.paragraph > OPENING_LAST_PARAGRAPH) continue;
    const named = makeParty(f.parties[0]);
    // Strikers speak through their union: "Dock workers strike" and the union leader quoted are one side.
    const forNamed = (c: Cluster) => clusterIsParty(c, named) || (f.rule === 'strike' && speaksForStrikers(c));
    // Commentators are no party: "said Jane Doe, senior fellow at the institute" names whom she works for, not a side.
    const other = clusters.find((c) => !forNamed(c) && !c.speakers.every((sp) => studiesOthers(sp.role)));
    if (!other) continue;
    const first = clusterParty(other);
    if (!distinct(first, named)) continue;
    // Conservative: the named party must speak too, or be attacked by the other side's speakers.
    const speaks = clusters.some((c) => c !== other && forNamed(c));
    const attacked = other.speakers.some((sp) => contexts.get(sp.id)?.quotes.some((q) => mentionsParty(named, q.text) && feeling(q.text, named).attack > 0));
    // A party nobody speaks for must at least be someone: "cities struggle with air pollution" frames a problem.
    if (!speaks && !(attacked && namesAnAgent(named.name))) continue;
    // A crowd's protest is the protesters' dispute (fromProtest) unless the quoted body attacks whom they protest.
    if (f.rule === 'protest against' && !attacked) continue;
    const unionVoices = f.rule === 'strike' ? clusters.filter((c) => c !== other && speaksForStrikers(c) && !clusterIsParty(c, named)) : [];
    const spokesFor = new Map(unionVoices.flatMap((c) => c.speakers.map((sp) => [sp.id, 1] as const)));
    return { parties: [first, named], accused: f.accused === 0 ? 1 : null, source: `${f.rule} + most quoted`, ...(spokesFor.size ? { spokesFor } : {}) };
  }
  return null;
}

/** A union, or people whose role is in one ("union leader", "shop steward"): the voice of workers on strike. */
function speaksForStrikers(c: Cluster): boolean {
  return [...c.labels, ...c.speakers.map((sp) => sp.role ?? '')].some((l) => /\b(?:unions?|steward|stewards)\b/i.test(l));
}

function clusterIsParty(c: Cluster, party: Party): boolean {
  if (c.government && party.government) return true;
  return c.labels.some((l) => labelMatch(party, l) >= 1) || c.speakers.some((s) => placeByMembership(s, [party]));
}

function clusterParty(c: Cluster): Party {
  const party = makeParty(c.name, c.labels.filter((l) => l !== c.name));
  if (!c.government) return party;
  const commonStems = new Set([...party.commonStems, ...contentStems('minister government')]);
  return { ...party, government: true, commonStems };
}

/** No framing: the two most quoted bodies, when their speakers attack each other and the article is about a dispute. */
function fromClusters(words: ArticleWords, contexts: Map<string, SpeakerContext>): Dispute | null {
  const clusters = buildClusters(contexts).slice(0, 2);
  if (clusters.length < 2) return null;
  if (!(words.kinds & CUE_WORD)) return null;
  const parties: [Party, Party] = [clusterParty(clusters[0]), clusterParty(clusters[1])];
  if (!distinct(parties[0], parties[1])) return null;
  const voices: PartyVoices[] = clusters.map((c, i) => ({ party: parties[i], memberNames: c.speakers.flatMap(namesOf) }));
  let attacks = 0;
  clusters.forEach((c, i) => {
    for (const sp of c.speakers) {
      const ctx = contexts.get(sp.id);
      for (const q of ctx?.quotes ?? []) if (namesParty(voices[1 - i], q.text) && feeling(q.text, parties[1 - i]).attack > 0) attacks++;
    }
  });
  // One attack is enough in an article about a strike or a lawsuit; elsewhere (a disaster with an angry resident)
  // it takes two.
  const strong = (words.kinds & STRONG_CUE_WORD) !== 0;
  return attacks >= (strong ? 1 : 2) ? { parties, accused: null, source: 'most quoted against each other' } : null;
}
