// Places a speaker on a party by who they are: their organisation ("Tenants' Union → TU"), their
// own name when they are the organisation ("The Conservatives"), their role ("head of the union", "maths teacher"
// → teachers), or a government post on the party that is the government ("Health Secretary → Government").
import { STATE_BODY_WORDS } from '../../data/government-roles';
import { STUDY_NOUNS } from '../../data/titles';
import { roleHead } from '../speakers/role-head';
import type { Speaker } from '../types';
import { governmentPost, isCountryOf, speakerNation } from './government-role';
import { labelMatch, type Party } from './party';
import { answeredOnce, containsPhrase } from './words';

export interface Placement {
  party: number;
  /** Short reason the card can show: "Health Secretary → Government". */
  reason: string;
  strength: number;
}

type MembershipRule = (speaker: Speaker, party: Party) => Omit<Placement, 'party'> | null;

export const byOrganisation: MembershipRule = (sp, party) => {
  const m = labelMatch(party, sp.org);
  return m ? { reason: `${sp.role ?? sp.org} → ${party.name}`, strength: 10 + m } : null;
};

export const byOwnName: MembershipRule = (sp, party) => {
  const names = labelsOf(sp).ownNames;
  const scores = names.map((n) => labelMatch(party, n));
  const best = Math.max(0, ...scores);
  const needed = sp.kind === 'person' ? 2 : 1; // a person is the party only when named as it ("a Tory source")
  const label = names[scores.indexOf(best)] ?? sp.name;
  return best >= needed ? { reason: `${label.replace(/^(?:an?|the)\s+/i, '')} → ${party.name}`, strength: 8 + best } : null;
};

export const byRole: MembershipRule = (sp, party) => {
  if (labelsOf(sp).roleStudiesOthers) return null;
  const role = currentRole(sp.role);
  const m = labelMatch(party, role) || labelMatch(party, representedBy(role));
  return m ? { reason: `${sp.role} → ${party.name}`, strength: 6 + m } : null;
};

/** The role without a post held before ("think-tank head and a former U.S. ambassador" → "think-tank head"): a
 *  post someone has left places them with nobody. */
function currentRole(role: string | null): string | null {
  if (!role) return role;
  const past = /(?:^|\s)(?:(?:and|,)\s+)?(?:an?\s+|the\s+)?(?:former|ex-|onetime|one-time|erstwhile)\b/i.exec(role);
  return past ? role.slice(0, past.index).trim() || null : role;
}

/** Whom a lawyer, representative or spokesperson speaks for: "attorney for Noel", "a spokeswoman for Lund", "a
 *  source close to Duncan" → the client, whose side they take. */
const REPRESENTING = /^(?:\S+\s+)?(?:(?:representative|attorney|lawyer|counsel|solicitor|barrister|spokes(?:man|woman|person))s?\s+(?:of|for)|(?:source|person|people|friend|aide|associate|someone)s?\s+close\s+to)\s+(.+)$/i;

function representedBy(role: string | null): string | null {
  return role ? REPRESENTING.exec(role.trim())?.[1] ?? null : null;
}

/** "a China scholar", "a Russia expert at the institute": the role names what they study, not whom they are with. */
export function studiesOthers(role: string | null): boolean {
  return !!role && STUDY_NOUNS.has(roleHead(role));
}

export const byGovernmentPost: MembershipRule = (sp, party) => {
  const { post, nation } = labelsOf(sp);
  if (!post) return null;
  if (!party.government) {
    // A country's minister speaks for the country: "Israeli Prime Minister" → Israel.
    return nation && isCountryOf(nation, party) ? { reason: `${post} → ${party.name}`, strength: 5 } : null;
  }
  // A minister of another country serves another government ("the Jordanian government" is not Israel's).
  if (nation && party.nation && nation !== party.nation) return null;
  return { reason: `${post} → ${party.name}`, strength: 5 };
};

const STATE_BODY = new Set<string>(STATE_BODY_WORDS);

/** A body of a country's state named after it ("Israel Defense Forces", "the Kenya Police") sides with that country. */
export const byNationalBody: MembershipRule = (sp, party) => {
  for (const name of [sp.org, sp.kind === 'organisation' ? sp.name : null]) {
    const words = name?.replace(/^the\s+/i, '').split(/\s+/) ?? [];
    if (words.length < 2 || !STATE_BODY.has(words[words.length - 1].toLowerCase()) || !/^\p{Lu}\p{Ll}+$/u.test(words[0])) continue;
    if (isCountryOf(words[0], party)) return { reason: `${name} → ${party.name}`, strength: 5 };
  }
  return null;
};

/** What the rules read of a speaker whatever the party: the same for every party they are tried against. */
interface SpeakerLabels {
  /** Name and aliases, less descriptions of what they study ("a China scholar with the institute" names no party). */
  ownNames: string[];
  roleStudiesOthers: boolean;
  post: string | null;
  nation: string | null;
}

function labelsOf(sp: Speaker): SpeakerLabels {
  // Every framing's parties are tried against every speaker: read once per speaker and call, not once per party.
  return answeredOnce(labelsOf, 'labels', sp.id, () => readLabels(sp));
}

function readLabels(sp: Speaker): SpeakerLabels {
  // Their organisation may be the post's holder: "President Lind's advisers" work for the government.
  const post = governmentPost(sp.role)
    ?? [sp.name, ...sp.aliases].filter((n) => !shortFormOfRole(n, sp.role)).map(governmentPost).find(Boolean)
    ?? governmentPost(sp.org) ?? null;
  return {
    // ("… and a former U.S. ambassador to Israel": a description's past post names no party either.)
    ownNames: [sp.name, ...sp.aliases].map(currentRole).filter((n): n is string => !!n && !studiesOthers(n.replace(/^(?:an?|the)\s+/i, ''))),
    roleStudiesOthers: studiesOthers(sp.role),
    post,
    nation: post ? speakerNation(sp) : null,
  };
}

/** "the president" for a speaker whose role is "president of the Farm Bureau": a name that repeats their role's
 *  words is that role said short, not a head of state. */
function shortFormOfRole(name: string, role: string | null): boolean {
  if (!role) return false;
  const bare = name.replace(/^(?:the|a|an)\s+/i, '').toLowerCase();
  return bare.length > 0 && bare !== role.toLowerCase() && containsPhrase(role.toLowerCase(), bare);
}

export const MEMBERSHIP_RULES: MembershipRule[] = [byOrganisation, byOwnName, byRole, byGovernmentPost, byNationalBody];
/** The rules that read a party in the article's own words about the speaker, for one who stands between the
 *  parties: a minister who "urged both sides" is no member of a party that is a government-like body. */
export const NAMED_MEMBERSHIP_RULES: MembershipRule[] = [byOrganisation, byOwnName, byRole];

/** The party the speaker belongs to by who they are, or null (ties between parties are left unplaced). */
export function placeByMembership(speaker: Speaker, parties: Party[], rules: MembershipRule[] = MEMBERSHIP_RULES): Placement | null {
  let best: Placement | null = null;
  let tie = false;
  for (let i = 0; i < parties.length; i++) {
    const p = membership(speaker, parties[i], rules);
    if (!p) continue;
    if (!best || p.strength > best.strength) { best = { reason: p.reason, strength: p.strength, party: i }; tie = false; }
    else if (p.strength === best.strength && best.party !== i) tie = true;
  }
  return tie ? null : best;
}

/** The speaker's tie to one party: the first rule that fits is this party's reason. Every framing's parties are
 *  tried against every quoted speaker, mostly the same parties: each speaker and party answered once per call. */
function membership(speaker: Speaker, party: Party, rules: MembershipRule[]): Omit<Placement, 'party'> | null {
  const question = rules === MEMBERSHIP_RULES ? 'membership' : rules === NAMED_MEMBERSHIP_RULES ? 'named membership' : null;
  return question ? answeredOnce(party, question, speaker.id, () => firstFit(speaker, party, rules)) : firstFit(speaker, party, rules);
}

function firstFit(speaker: Speaker, party: Party, rules: MembershipRule[]): Omit<Placement, 'party'> | null {
  for (const rule of rules) {
    const p = rule(speaker, party);
    if (p) return p;
  }
  return null;
}
