// A criminal case is a dispute between the prosecution and the defendant: "A man pleaded guilty to …, prosecutors
// said", the U.S. attorney quoted on one side and the defendant's lawyer on the other. Read only when the article
// opens with the charge, a prosecutor is quoted and someone speaks for the defendant: a crime report quoting the
// police alone is news, not a dispute.
import { CHARGE_PHRASES, PROSECUTOR_WORDS } from '../../data/dispute-phrases';
import { splitSentences, type ArticleDocument } from '../document';
import type { Speaker } from '../types';
import { namesAnAgent } from './agent';
import type { Dispute } from './choose-parties';
import { placeByMembership } from './membership';
import { makeParty, type Party } from './party';
import { readPartyAfter, readPartyBefore } from './party-phrase';
import type { SpeakerContext } from './speaker-context';
import { alternation, containsPhrase, phraseScreen } from './words';

const CHARGED = new RegExp(`\\s+(?:${alternation(CHARGE_PHRASES)})\\b`, 'gi');
const GUILTY_PLEA = /\b(?:pleaded|pleads|pled)\s+guilty\b/i;
const CHARGE_SCREEN = /guilty|charged|indicted|convicted|sentenced|arrested/i;
const PROSECUTOR_SCREEN = phraseScreen(PROSECUTOR_WORDS);
/** The charge must be the article's news: in the headline or its first paragraphs. */
const LEDE_PARAGRAPHS = 2;
/** Words that end a person's name without being their surname: "Patrick Doe Jr." → "Doe". */
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** Whether the speaker's role, organisation or own name as a body is a prosecutor's post or office. */
export function isProsecutor(sp: Speaker): boolean {
  return [sp.role, sp.org, ...(sp.kind === 'person' ? [] : [sp.name]), ...sp.aliases].some(namesProsecutor);
}

/** A former prosecutor ("a former federal prosecutor" asked to comment) speaks for no one in the case. */
function namesProsecutor(label: string | null): boolean {
  if (!label) return false;
  const lower = label.toLowerCase().replace(/\u2019/g, "'");
  return PROSECUTOR_SCREEN.test(lower) && PROSECUTOR_WORDS.some((w) => containsPhrase(lower, w)) && !/\b(?:former|ex|retired)\b/.test(lower);
}

export function fromProsecution(doc: ArticleDocument, contexts: Map<string, SpeakerContext>): Dispute | null {
  const quoted = [...contexts.values()].filter((c) => c.quotes.length > 0).map((c) => c.speaker);
  const prosecutors = quoted.filter(isProsecutor);
  if (!prosecutors.length) return null;
  const charged = defendantsNamed(doc);
  if (!charged.length || charged[0].paragraph > LEDE_PARAGRAPHS) return null;
  // A defendant who pleaded guilty contests nothing: the lawyer's plea for mercy is no other side.
  if (charged[0].admitted) return null;
  const defence = defendantParty(charged);
  const prosecution = prosecutionParty(doc, prosecutors);
  const parties: [Party, Party] = [prosecution, defence];
  // The defendant's side must speak too (the defendant, their lawyer): the prosecution alone is a press release.
  const defenceSpeaks = quoted.some((sp) => !isProsecutor(sp) && placeByMembership(sp, parties)?.party === 1);
  if (!defenceSpeaks) return null;
  return { parties, accused: 1, source: 'prosecution', framedInLede: charged[0].paragraph <= 0 };
}

/** Who the article says was charged, pleaded or was convicted, in reading order (the headline first). */
function defendantsNamed(doc: ArticleDocument): { name: string; paragraph: number; admitted: boolean }[] {
  const out: { name: string; paragraph: number; admitted: boolean }[] = [];
  const headline = doc.meta.headline ?? '';
  const sentences = [
    ...(CHARGE_SCREEN.test(headline) ? splitSentences(headline, -1) : []),
    ...doc.sentences.flatMap((list, p) => (CHARGE_SCREEN.test(doc.paragraphs[p]) ? list : [])),
  ];
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(CHARGED)) {
      // "Each defendant is charged": the determiner is no part of the name.
      const name = subjectBefore(sentence.text, m.index ?? 0)?.replace(/^(?:Each|Every|Both|All)\s+/, '');
      if (name && namesAnAgent(name)) out.push({ name, paragraph: sentence.paragraph, admitted: GUILTY_PLEA.test(m[0]) });
    }
  }
  return out;
}

/** The phrase before the verb, or the sentence's opening name when an apposition stands between them
 *  ("Jane Doe, 41, of Springfield, pleaded guilty" → "Jane Doe"). */
function subjectBefore(sentence: string, at: number): string | null {
  const before = readPartyBefore(sentence, at);
  if (before) return before.name;
  if (!/,\s*$/.test(sentence.slice(0, at))) return null;
  // The opening name must be the one the apposition describes: "CBS reports the man who …, Jim Doe, was sentenced"
  // opens with the outlet, not the defendant.
  const opening = readPartyAfter(sentence, 0);
  return opening && /^\p{Lu}/u.test(opening.name) && /^,/.test(sentence.slice(opening.edge)) ? opening.name : null;
}

/** The defendant(s) under the first name the article gives, every other name and each one's surname as aliases:
 *  "two prison officers" are also "Noel and Thomas", "Noel" and "Thomas". A headline capitalises every word, so
 *  its names give no surname ("New York Man" is no Mr Man). */
function defendantParty(charged: { name: string; paragraph: number }[]): Party {
  const aliases = new Set<string>();
  for (const { name, paragraph } of charged) {
    aliases.add(name);
    for (const one of name.split(/\s+(?:and|&)\s+/)) {
      aliases.add(one);
      const words = one.split(/\s+/).filter((w) => !NAME_SUFFIX.test(w));
      if (paragraph >= 0 && words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w))) aliases.add(words.at(-1) ?? one);
    }
  }
  aliases.delete(charged[0].name);
  return makeParty(charged[0].name, [...aliases]);
}

/** "prosecutors" when the article says so, else the first prosecutor's office; every prosecutor's office, own name
 *  as a body and post are its aliases, so each of them is placed on it. */
function prosecutionParty(doc: ArticleDocument, prosecutors: Speaker[]): Party {
  const says = doc.paragraphs.some((p) => /\bprosecutors\b/i.test(p));
  const labels = prosecutors.flatMap((sp) => [sp.org, sp.kind === 'person' ? null : sp.name, namesProsecutor(sp.role) ? sp.role : null])
    .filter((l): l is string => !!l);
  const name = says ? 'prosecutors' : labels[0];
  return makeParty(name, [...new Set(labels.filter((l) => l !== name))]);
}
