// Pairs each claim of one side with the other side's closest replies. A reply is close when it shares the claim's
// rarer content words (blackmail, manifesto, emergency cover, 13.5%), answers it explicitly ("Responding to
// Ms Dale's claim that the ferries were unsafe, he added: …"), names the claimant, and sits near it. Nothing is forced:
// a claim nobody answers gets no pair, and the card says so.
import { RESPONSE_CUES } from '../../data/dispute-phrases';
import { SPEECH_VERBS } from '../../data/speech-verbs';
import { sentenceAt, type ArticleDocument } from '../document';
import type { Quote, Response } from '../types';
import { sentenceCount, type ArticleWords } from './article-words';
import { namesParty, type PartyVoices } from './stance';
import { answeredOnce, containsPhrase, contentStems, forEachLowerCaseToken, lowerCase, phraseScreen, readTokens, stem, tokenStem } from './words';

/** What the pairing knows of one word of the units: who says it, in how many sentences, how much it weighs. */
interface StemInfo {
  stem: string;
  /** Indexes of the units that say it, in the order they first said it. */
  units: number[];
  /** For each of those units, the word as it first printed it (for topic labels). */
  surfaces: string[];
  df: number;
  lastSentence: number;
  weight: number;
}

/** The units' words by stem, each made once per call; null for a stem no unit may hold (a party's or speaker's name, a
 *  speech verb), so a word is judged once however often it is said. */
type StemTable = Map<string, StemInfo | null>;

interface Unit {
  /** The chain head's id: a quotation broken over paragraphs or by "he said" is one claim. */
  id: string;
  /** Its place among the units. */
  index: number;
  side: number;
  paragraph: number;
  /** The words of the quote and of its sentence outside the quote, names of the parties left out, in the order first
   *  said (each word's stem lists the unit, with the word as it first printed it). */
  words: StemInfo[];
  /** The sentence says it answers the other side ("responding to", "hit back"), and names it. */
  explicitReply: boolean;
  /** The quote or its sentence names the other side or one of its speakers. */
  addressesOther: boolean;
  cueStems: Set<string>;
}

const MAX_REPLIES = 2;
const MAX_UNITS = 120;
const SPEECH_STEMS = new Set(SPEECH_VERBS.map(stem));
const CUE_SCREEN = phraseScreen(RESPONSE_CUES);
/** Words that name the claim being answered, not what it is about. */
const CLAIM_STEMS = new Set(['claim', 'claims', 'suggestion'].map(stem));

export function pairResponses(
  doc: ArticleDocument,
  quotes: Quote[],
  sideOfSpeaker: Map<string, number>,
  voices: PartyVoices[],
  words: ArticleWords,
): Response[] {
  // Pairing compares every claim with every reply: bounded so a page with thousands of quotes stays fast.
  // Which units say each word: a claim visits only the units that share one of its words, not every unit.
  const stemInfo: StemTable = new Map();
  const units = buildUnits(doc, quotes, sideOfSpeaker, voices, words, stemInfo).slice(0, MAX_UNITS);
  if (units.length < 2) return [];
  // Rarity across the article's sentences: "blackmail" weighs more than "strike" in a strike story. Only the
  // units' words are ever weighed, so only theirs are counted.
  const sentences = sentenceCount(words);
  for (let i = 0; i < sentences; i++) {
    const facts = words.sentenceFacts[i];
    for (let t = words.sentenceFrom[i]; t < words.sentenceTo[i]; t++) {
      const st = facts[t].stem; // the content stems of the sentence ('' for a stop word or a number)
      const info = st ? stemInfo.get(st) : undefined;
      if (!info || info.lastSentence === i) continue; // a word counts once per sentence, however often it is said there
      info.lastSentence = i;
      info.df++;
    }
  }
  const dfOf = (info: StemInfo): number => info.df || 1; // a word no sentence says (a quote's own) counts once
  for (const info of stemInfo.values()) if (info) info.weight = Math.log(sentences / (info.df || 1));
  const bar = Math.log(sentences / 3); // one word found in at most three sentences, or several commoner ones

  const rare = (info: StemInfo) => dfOf(info) <= Math.max(3, sentences / 15);
  const targets = explicitTargets(units, stemInfo);

  const out: Response[] = [];
  const sums = new Float64Array(units.length); // summed in rank order, as the words are listed
  const sharesRare = new Uint8Array(units.length);
  for (const claim of units) {
    // Ranked once per claim: the words a reply shares, filtered from it, keep the same (stable) order.
    // By sentence count, rarest first: the order of the weights (a log of sentences / count falls as the count rises,
    // and distinct small counts give distinct weights), compared as small integers.
    const ranked = [...claim.words].sort((a, b) => dfOf(a) - dfOf(b)); // stable: the order said kept among equals
    sums.fill(0);
    sharesRare.fill(0);
    for (const info of ranked) {
      const isRare = rare(info);
      for (const i of info.units) {
        if (units[i].side === claim.side) continue; // only the other side's replies are scored
        sums[i] += info.weight;
        if (isRare) sharesRare[i] = 1;
      }
    }
    const candidates: { r: Unit; score: number }[] = [];
    for (let i = 0; i < units.length; i++) {
      const r = units[i];
      if (r.side === claim.side) continue;
      const topic = sums[i] / bar;
      const near = 0.3 / (1 + Math.abs(r.paragraph - claim.paragraph) / 4);
      const explicit = targets[i]?.has(claim.id) ? 1 : 0;
      const score = topic + (r.addressesOther ? 0.3 : 0) + explicit + near;
      if (explicit > 0 || (score >= 1.2 && topic >= 0.8 && sharesRare[i])) candidates.push({ r, score });
    }
    const scored = candidates.sort((a, b) => b.score - a.score).slice(0, MAX_REPLIES);
    if (!scored.length) continue;
    // The words the best reply shares, in rank order: listed only for it, not for every reply scored.
    const best = scored[0].r;
    const shared = ranked.filter((info) => says(best, info));
    out.push({ claimId: claim.id, responseIds: scored.map((x) => x.r.id), topic: topicLabel(claim, shared) });
  }
  return out;
}

/** Whether the unit says the word. */
function says(unit: Unit, info: StemInfo): boolean {
  return info.units.includes(unit.index);
}

/** An explicit reply ("Responding to Ms Dale's claim that the ferries were unsafe") answers the other side's
 *  claims that share most of the words after the cue; with none shared, the nearest claim before it. For each unit,
 *  the ids of the claims it answers, or undefined. */
function explicitTargets(units: Unit[], stemInfo: StemTable): (Set<string> | undefined)[] {
  const out: (Set<string> | undefined)[] = new Array(units.length);
  units.forEach((r, at) => {
    if (!r.explicitReply || !r.addressesOther) return;
    const claims = units.filter((c) => c.side !== r.side);
    // A cue word no unit says is in no claim.
    const cueInfos = [...r.cueStems].map((s) => stemInfo.get(s)).filter((info): info is StemInfo => !!info);
    const overlap = (c: Unit) => cueInfos.filter((info) => says(c, info)).reduce((n, info) => n + info.weight, 0);
    const best = Math.max(0, ...claims.map(overlap));
    const chosen = best > 0
      ? claims.filter((c) => overlap(c) >= best * 0.999)
      : claims.filter((c) => c.paragraph <= r.paragraph).sort((a, b) => b.paragraph - a.paragraph).slice(0, 1);
    out[at] = new Set(chosen.map((c) => c.id));
  });
  return out;
}

function previousSentence(doc: ArticleDocument, q: Quote): string {
  const sentences = doc.sentences[q.paragraph] ?? [];
  const i = sentences.findIndex((s) => q.start >= s.start && q.start < s.end);
  return i > 0 ? sentences[i - 1].text : '';
}

/** A direct quote speaks for itself; a partial or reported one needs its sentence, of which only the lower-case
 *  words are the claim ("told the BBC Radio 4 Today programme that the Government had 'distorted' …"). Each word is
 *  added to the unit with its content stem ('' for none), the quote's own from the article's table when it has them. */
function readClaimWords(q: Quote, sentence: string, words: ArticleWords, into: UnitWords, unit: Unit): void {
  const own = readTokens(q.text);
  const facts = words.quoteFacts.get(q); // the facts of exactly these tokens, when the quote was cut from its paragraph
  if (facts) for (let i = 0; i < own.length; i++) addWord(into, unit, own[i], facts[i].stem);
  else for (let i = 0; i < own.length; i++) addWord(into, unit, own[i], tokenStem(own[i]));
  if (q.kind === 'direct' && own.length >= 6) return;
  const rest = sentence.replace(q.text, ' ');
  forEachLowerCaseToken(rest, (token, wordStem) => addWord(into, unit, token, wordStem));
}

/** The table the units' words go into, and the stems no unit may hold (the parties' and speakers' names). */
interface UnitWords {
  stemInfo: StemTable;
  nameStems: Set<string>;
}

/** Adds a word with its content stem to the unit's words, the first surface form said of each stem kept. */
function addWord(into: UnitWords, unit: Unit, word: string, wordStem: string): void {
  if (!wordStem) return;
  let info = into.stemInfo.get(wordStem);
  if (info === undefined) {
    info = into.nameStems.has(wordStem) || SPEECH_STEMS.has(wordStem) ? null : { stem: wordStem, units: [], surfaces: [], df: 0, lastSentence: -1, weight: 0 };
    into.stemInfo.set(wordStem, info);
  }
  if (!info) return;
  const said = info.units;
  // A word said again by the unit that said it last (a quote repeating a word) is found at once; otherwise the list
  // is searched (short lists: the units saying the word).
  if (said.length > 0 && (said[said.length - 1] === unit.index || said.includes(unit.index))) return;
  said.push(unit.index);
  info.surfaces.push(word);
  unit.words.push(info);
}

function buildUnits(doc: ArticleDocument, quotes: Quote[], sideOfSpeaker: Map<string, number>, voices: PartyVoices[], words: ArticleWords, stemInfo: StemTable): Unit[] {
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const headOf = (q: Quote): Quote => {
    let h = q;
    for (let i = 0; i < 50 && h.continuationOf && byId.has(h.continuationOf); i++) h = byId.get(h.continuationOf) as Quote;
    return h;
  };
  const nameStems = new Set(voices.flatMap((v) => [v.party.name, ...v.party.aliases, ...v.memberNames].flatMap((n) => contentStems(n))));
  const units = new Map<string, Unit>();
  const into: UnitWords = { stemInfo, nameStems };
  for (const q of quotes) {
    const side = q.speakerId ? sideOfSpeaker.get(q.speakerId) : undefined;
    if (side === undefined) continue;
    const head = headOf(q);
    const sentence = sentenceAt(doc, q.paragraph, q.start)?.text ?? '';
    let u = units.get(head.id);
    if (!u) {
      if (units.size >= MAX_UNITS) break;
      u = { id: head.id, index: units.size, side, paragraph: head.paragraph, words: [], explicitReply: false, addressesOther: false, cueStems: new Set() };
      units.set(head.id, u);
    }
    readClaimWords(q, sentence, words, into, u);
    const other = voices[1 - side];
    // Said once of a unit, it holds for the whole unit: the unit's later quotes need not be read for it.
    if (other && !u.addressesOther && (namesParty(other, q.text) || namesParty(other, sentence))) u.addressesOther = true;
    // The cue may sit in the quote's sentence or just before it: 'Ms Diaz rejected that account. "The hospital …'
    // A sentence ends in a stop, so no cue runs across the two: each sentence is screened once, on its own.
    const previous = previousSentence(doc, q);
    if (!mayHoldCue(sentence) && !mayHoldCue(previous)) continue;
    const cueText = `${previous} ${sentence}`;
    const lower = cueText.toLowerCase();
    const cue = RESPONSE_CUES.find((c) => containsPhrase(lower, c));
    if (cue) {
      u.explicitReply = true;
      if (other && !u.addressesOther && namesParty(other, cueText)) u.addressesOther = true;
      // "Responding to Ms Dale's claim that the ferries were unsafe": the words after the cue name the claim.
      const after = cueText.slice(lower.indexOf(cue) + cue.length).split(/[,:.]/)[0];
      for (const s of contentStems(after)) if (!nameStems.has(s) && !CLAIM_STEMS.has(s)) u.cueStems.add(s);
    }
  }
  return [...units.values()];
}

/** Whether the sentence holds a reply cue's letters anywhere (no sentence without them holds a cue). Its lower case
 *  is the call's shared one: namesParty has lower-cased the same sentence just before. */
function mayHoldCue(sentence: string): boolean {
  return answeredOnce(mayHoldCue, 'cue', sentence, () => CUE_SCREEN.test(lowerCase(sentence)));
}

/** "blackmail / manifesto": the two rarest words the pair shares, as the claim prints them; for an explicit reply
 *  sharing none, the claim's own two rarest words. */
function topicLabel(claim: Unit, shared: StemInfo[]): string {
  const stems = shared.length ? shared : [...claim.words].sort((a, b) => b.weight - a.weight);
  return stems.slice(0, 2).map((info) => info.surfaces[info.units.indexOf(claim.index)] ?? info.stem).join(' / ') || 'reply';
}
