// A speaker who stands between the parties is not one of them: who "urged both sides to return to talks",
// "offered to mediate" or "called for calm". Such a speaker is placed only by who the article says they are
// (their organisation, own name or role naming a party), never by a government post or by what they say.
import {
  ADDRESS_VERBS, ALL_SIDES_PHRASES, CALM_APPEAL_VERBS, CALM_NOUNS, MEDIATION_OFFERS, MEDIATION_VERBS, MEDIATOR_NOUNS,
  SETTLING_WORDS,
} from '../../data/dispute-phrases';
import type { SpeakerContext } from './speaker-context';
import { alternation, answeredOnce, escapeRegExp } from './words';

const ALL_SIDES = alternation(ALL_SIDES_PHRASES);
const MEDIATOR = alternation(MEDIATOR_NOUNS);
/** A few words may sit between: "urged leaders of both sides", "both sides need to come back to the table". */
const GAP = '(?:[\\w\u2019\'-]+\\s+){0,3}?';

const MEDIATION_CUES: RegExp[] = [
  new RegExp(`\\b(?:${alternation(ADDRESS_VERBS)})\\s+${GAP}(?:${ALL_SIDES})\\b`, 'i'),
  new RegExp(`\\b(?:${ALL_SIDES})\\s+${GAP}(?:${alternation(SETTLING_WORDS)})\\b`, 'i'),
  new RegExp(`\\b(?:${alternation(MEDIATION_OFFERS)})\\s+(?:to\\s+)?(?:help\\s+(?:to\\s+)?)?(?:${alternation(MEDIATION_VERBS)})\\b`, 'i'),
  new RegExp(`\\b(?:mediate|mediated|mediating|mediates)\\s+between\\b`, 'i'),
  new RegExp(`\\bas\\s+(?:an?\\s+|the\\s+)?(?:${MEDIATOR})\\b`, 'i'),
  new RegExp(`\\b(?:${alternation(CALM_APPEAL_VERBS)})\\s+(?:for\\s+)?(?:${alternation(CALM_NOUNS)})\\b`, 'i'),
];
const MEDIATOR_ROLE = new RegExp(`\\b(?:${MEDIATOR})\\b`, 'i');
/** Every cue above ends in one of these words (the last word of a sides phrase, a mediation verb or noun, a calm
 *  noun), so a sentence without any of them is read with one scan instead of six. */
const CUE_ENDINGS = [...ALL_SIDES_PHRASES, ...MEDIATION_VERBS, 'mediat', ...MEDIATOR_NOUNS, ...CALM_NOUNS].map((p) => p.split(' ').at(-1) ?? p);
const CUE_SCREEN = new RegExp([...new Set(CUE_ENDINGS)].map(escapeRegExp).join('|'), 'i');

/** Whether the speaker stands between the parties, by their role or the sentences their words are reported in. */
export function isMediator(ctx: SpeakerContext): boolean {
  if (ctx.speaker.role && MEDIATOR_ROLE.test(ctx.speaker.role)) return true;
  // Asked of each speaker while choosing the parties and again while placing them: answered once per call.
  return ctx.sentences.some((s) => answeredOnce(isMediator, 'cue', s, () => CUE_SCREEN.test(s) && MEDIATION_CUES.some((cue) => cue.test(s))));
}
