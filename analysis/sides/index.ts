// Pass 5: the dispute's two parties, every speaker placed on one of them or on none, and claim ↔ response pairs.
// Only what the article says: parties from its framing or from who is quoted against whom, placements from
// organisation, role and what each speaker says, pairs from the quotes themselves.
import type { ArticleDocument } from '../document';
import { readArticleWords } from './article-words';
import type { Quote, Response, Side, Speaker } from '../types';
import { chooseParties, type Dispute } from './choose-parties';
import { isMediator } from './mediator';
import { NAMED_MEMBERSHIP_RULES, placeByMembership, type Placement } from './membership';
import { pairResponses } from './responses';
import { namesOf, speakerContexts, type SpeakerContext } from './speaker-context';
import { placeByDenial, placeByStance, type PartyVoices } from './stance';
import { contentStems, withTokenCache } from './words';
import { spelledOutTitles } from '../speakers/spelled-out-titles';

const SIDE_IDS = ['A', 'B'];

/** The dispute's two parties, every speaker placed (mutates speaker.side/sideReason), and claim ↔ response pairs. */
export function findSides(doc: ArticleDocument, found: { quotes: Quote[]; speakers: Speaker[] }): { sides: Side[]; responses: Response[] } {
  // Roles are read for what they mean ("Gov." is a governor), each speaker placed on its own record.
  const reading = found.speakers.map((sp) => (sp.role?.includes('.') ? { ...sp, role: spelledOutTitles(sp.role) } : sp));
  const out = withTokenCache(() => sidesOf(doc, { quotes: found.quotes, speakers: reading }));
  reading.forEach((copy, i) => {
    if (copy === found.speakers[i]) return;
    found.speakers[i].side = copy.side;
    found.speakers[i].sideReason = copy.sideReason;
  });
  return out;
}

function sidesOf(doc: ArticleDocument, found: { quotes: Quote[]; speakers: Speaker[] }): { sides: Side[]; responses: Response[] } {
  const { quotes, speakers } = found;
  const words = readArticleWords(doc, quotes);
  const contexts = speakerContexts(doc, quotes, speakers);
  const dispute = chooseParties(doc, contexts, words);
  const placements = dispute ? placeSpeakers(dispute, contexts) : new Map<string, Placement>();
  // Two parties nobody speaks for are no dispute the reader can follow (a profile mentioning an old feud), unless
  // the article is about their dispute and quotes others on it ("Protesters killed" over "clashes erupted between
  // protesters and police", a medic quoted): with no quote at all there is nothing the sides would set apart.
  if (!dispute || (placements.size === 0 && !(quotes.length > 0 && isAboutTheDispute(doc, dispute)))) {
    for (const sp of speakers) { sp.side = null; sp.sideReason = null; }
    return { sides: [], responses: [] };
  }
  const sides: Side[] = dispute.parties.map((p, i) => ({
    id: SIDE_IDS[i],
    name: p.name,
    aliases: p.aliases.filter((a) => a !== p.name),
    speakerIds: speakers.filter((s) => placements.get(s.id)?.party === i).map((s) => s.id),
  }));
  const sideIndex = new Map<string, number>();
  for (const sp of speakers) {
    const p = placements.get(sp.id);
    sp.side = p ? SIDE_IDS[p.party] : null;
    sp.sideReason = p ? p.reason : null;
    if (p) sideIndex.set(sp.id, p.party);
  }
  const responses = pairResponses(doc, quotes, sideIndex, voicesOf(dispute, speakers, placements), words);
  return { sides, responses };
}

/** The article opens with the dispute and its headline names one of the parties: "amid the trade war between A
 *  and B" opening a story on retail sales, headlined on sales, is background. */
function isAboutTheDispute(doc: ArticleDocument, dispute: Dispute): boolean {
  if (!dispute.framedInLede) return false;
  const headline = new Set(contentStems(doc.meta.headline ?? ''));
  return dispute.parties.some((p) => headline.has(p.head));
}

/** Membership first (organisation, own name, role, government post), then a denial, then what they say. One who
 *  stands between the parties ("urged both sides to return to talks") is placed only by organisation, name or role. */
export function placeSpeakers(dispute: Dispute, contexts: Map<string, SpeakerContext>): Map<string, Placement> {
  const out = new Map<string, Placement>();
  const mediators = new Set([...contexts.values()].filter(isMediator).map((c) => c.speaker.id));
  for (const ctx of contexts.values()) {
    const spokesFor = dispute.spokesFor?.get(ctx.speaker.id);
    const p = spokesFor !== undefined
      ? { party: spokesFor, reason: `${ctx.speaker.role ?? ctx.speaker.name} → ${dispute.parties[spokesFor].name}`, strength: 6 }
      : mediators.has(ctx.speaker.id)
        ? placeByMembership(ctx.speaker, dispute.parties, NAMED_MEMBERSHIP_RULES)
        : placeByMembership(ctx.speaker, dispute.parties) ?? placeByDenial(ctx, dispute.accused, dispute.parties);
    if (p) out.set(ctx.speaker.id, p);
  }
  const voices = voicesOf(dispute, [...contexts.values()].map((c) => c.speaker), out);
  for (const ctx of contexts.values()) {
    if (out.has(ctx.speaker.id) || mediators.has(ctx.speaker.id)) continue;
    const p = placeByStance(ctx, voices);
    if (p) out.set(ctx.speaker.id, p);
  }
  return out;
}

function voicesOf(dispute: Dispute, speakers: Speaker[], placements: Map<string, Placement>): PartyVoices[] {
  return dispute.parties.map((party, i) => ({
    party,
    memberNames: speakers.filter((s) => placements.get(s.id)?.party === i).flatMap(namesOf),
  }));
}
