// The dispute's parties as the article itself frames them. One small rule per phrase shape; each returns the
// party names it reads, and which of them is the accused one when the phrase says so.
import {
  ACTION_AGAINST_NOUNS, CRITICISM_NOUNS, DEAL_NOUNS, DEMAND_VERBS, DISPUTE_NOUNS, LEGAL_CONTEXT_WORDS, PROTEST_NOUNS, SUE_VERBS,
} from '../../data/dispute-phrases';
import type { ArticleDocument, Sentence } from '../document';
import { splitSentences } from '../document';
import type { ArticleWords } from './article-words';
import { readPartyAfter, readPartyBefore } from './party-phrase';
import { alternation, readTokens } from './words';

export interface Framing {
  /** One or two party names, in the order the phrase gives them. */
  parties: string[];
  /** Index into `parties` of the party the phrase accuses ("strike against Y", "X has come under criticism"). */
  accused: number | null;
  /** Paragraph the phrase is in; -1 for the headline. */
  paragraph: number;
  rule: string;
}

type Rule = (sentence: string) => Omit<Framing, 'paragraph'>[];

const DISPUTE = alternation(DISPUTE_NOUNS);
const AGAINST = alternation(ACTION_AGAINST_NOUNS);
/** "the union clashed with ministers", "at loggerheads with the council". */
const CLASH_WITH_PHRASES = ['clashed', 'clashing', 'clashes', 'at odds', 'at loggerheads', 'feuding', 'locked horns', 'sparring', 'squared off'];
const CLASH_WITH = CLASH_WITH_PHRASES.map((p) => p.replace(/ /g, '\\s+')).join('|');

// Every rule runs on every sentence: the patterns are compiled once here, not once per sentence. (matchAll
// copies a global pattern, so sharing one is safe.)
/** "clashes erupted between", "a row broke out between": the dispute's verb may stand before "between". */
const BROKE_OUT = '(?:erupted|broke\\s+out|flared(?:\\s+up)?|arose|escalated|intensified|deepened|raged)\\s+';
const BETWEEN = new RegExp(`\\b(?:${DISPUTE}|${alternation(DEAL_NOUNS)})\\s+(?:${BROKE_OUT})?between\\s+`, 'gi');
const WITH = new RegExp(`\\b(?:${DISPUTE}|${CLASH_WITH})\\s+with\\s+`, 'gi');
const ACTION_AGAINST = new RegExp(`\\b(?:${AGAINST}|striking|protesting|campaigning)\\s+against\\s+`, 'gi');
const UNDER_CRITICISM = new RegExp(`\\s+(?:has|have|had)?\\s*(?:come|came|been)\\s+under\\s+(?:\\w+\\s+)?(?:${alternation(CRITICISM_NOUNS)})\\s+from\\s+`, 'gi');
const SUES = new RegExp(`\\s+(?:${alternation(SUE_VERBS.filter((v) => /su/.test(v)))})\\s+`, 'gi');
const DEMAND_FROM = new RegExp(`\\b(?:${alternation(DEMAND_VERBS)})\\b[^.;:]{0,80}?\\bfrom\\s+`, 'gi');

/** Talks are not always a dispute ("talks between the two leaders"), a deal less often still: the caller asks for
 *  another sign of one. */
const DEAL = new RegExp(`^(?:${alternation(DEAL_NOUNS)})\\b`, 'i');
const ruleOf = (match: string): string => (/^(?:talks|negotiations)\b/i.test(match) ? 'talks between' : DEAL.test(match) ? 'deal between' : 'between');

/** "the stand-off between the council and the union", "talks between the union and ministers". */
export const betweenRule: Rule = (s) => {
  const out: Omit<Framing, 'paragraph'>[] = [];
  for (const m of s.matchAll(BETWEEN)) {
    const first = readPartyAfter(s, (m.index ?? 0) + m[0].length);
    if (!first) continue;
    const and = /^\s*(?:and|&)\s+/i.exec(s.slice(first.edge));
    if (!and) {
      // "between Freedonia and Sylvania": the reader took both names as one; cut at the "and".
      const cut = first.name.split(/\s+(?:and|&)\s+/);
      if (cut.length === 2) out.push({ parties: cut, accused: null, rule: ruleOf(m[0]) });
      continue;
    }
    const second = readPartyAfter(s, first.edge + and[0].length);
    if (second) out.push({ parties: [first.name, second.name], accused: null, rule: ruleOf(m[0]) });
  }
  return out;
};

/** The subject's own fight, before the dispute noun: "Hachette had waged a bruising public battle with Amazon",
 *  "the union has been locked in a dispute with the council". */
const WAGED_A = /\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:been\s+)?(?:waged|waging|wages|fought|fighting|fights|locked\s+in|embroiled\s+in|engaged\s+in|entangled\s+in|mired\s+in)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;

/** "the union's dispute with the trust", "the firm waged a battle with the regulator" (two parties), "in a row
 *  with ministers" (one). */
export const withRule: Rule = (s) => {
  const out: Omit<Framing, 'paragraph'>[] = [];
  for (const m of s.matchAll(WITH)) {
    const other = readPartyAfter(s, (m.index ?? 0) + m[0].length);
    if (!other) continue;
    const before = s.slice(0, m.index ?? 0);
    const owner = /(\S+)['\u2019]s\s+(?:\S+\s+)?$/u.exec(before);
    const waged = owner ? null : WAGED_A.exec(before);
    // A headline's name before the noun: "Taylor Swift row with label", "Union feud with council".
    const named = !owner && !waged && /\p{Lu}[\p{L}.'\u2019-]*\s+$/u.test(before);
    const first = owner ? readPartyBefore(s, (m.index ?? 0) - (owner[0].length - owner[1].length))
      : waged ? readPartyBefore(s, waged.index) : named ? readPartyBefore(s, m.index ?? 0) : null;
    out.push({ parties: first ? [first.name, other.name] : [other.name], accused: null, rule: 'dispute with' });
  }
  return out;
};

const PROTEST = new RegExp(`^(?:${alternation(PROTEST_NOUNS)})\\s`, 'i');

/** "a strike against the hospital trust", "a lawsuit against the firm": the party after "against" is accused. A
 *  protest's doers unnamed ("protests against the government") are read by the caller ('protest against'). */
export const againstRule: Rule = (s) => {
  const out: Omit<Framing, 'paragraph'>[] = [];
  for (const m of s.matchAll(ACTION_AGAINST)) {
    const target = readPartyAfter(s, (m.index ?? 0) + m[0].length);
    if (!target) continue;
    const by = /\b(?:brought|filed|launched|lodged)\s+by\s+/i.exec(s.slice(m.index ?? 0));
    const plaintiff = by ? readPartyAfter(s, (m.index ?? 0) + by.index + by[0].length) : null;
    const filer = /\b(?:filed|brought|launched|lodged|has\s+filed|have\s+filed)\s+(?:a|an)\s+(?:\S+\s+)?$/i.exec(s.slice(0, m.index ?? 0));
    const subject = !plaintiff && filer ? readPartyBefore(s, (m.index ?? 0) - filer[0].length) : null;
    const first = plaintiff ?? subject;
    out.push(first ? { parties: [first.name, target.name], accused: 1, rule: 'against' } : { parties: [target.name], accused: 0, rule: PROTEST.test(m[0]) ? 'protest against' : 'against' });
  }
  return out;
};

/** "The lawsuit, filed by the tenants' association against the landlord, …": both parties around "against". */
export const filedByRule: Rule = (s) => {
  const out: Omit<Framing, 'paragraph'>[] = [];
  for (const m of s.matchAll(/\b(?:lawsuit|suit|case|claim|complaint|action|challenge)\b[^.;]{0,40}?\b(?:filed|brought|launched|lodged)\s+by\s+/gi)) {
    const plaintiff = readPartyAfter(s, (m.index ?? 0) + m[0].length);
    if (!plaintiff) continue;
    const against = /^\s*(?:on\s+behalf\s+of\s+[^,]+?\s+)?against\s+/i.exec(s.slice(plaintiff.edge));
    const defendant = against ? readPartyAfter(s, plaintiff.edge + against[0].length) : null;
    if (defendant) out.push({ parties: [plaintiff.name, defendant.name], accused: 1, rule: 'filed by' });
  }
  return out;
};

/** "Nurses at Mercy Hospital walked off the job": the strikers, and the employer after "at"/"for" when named. */
export const strikeRule: Rule = (s) => {
  const out: Omit<Framing, 'paragraph'>[] = [];
  const re = /\s+(?:have\s+|had\s+|will\s+)?(?:strike\s+for|walked\s+out|walk\s+out|walked\s+off\s+the\s+job|went\s+on\s+strike|go\s+on\s+strike|are\s+on\s+strike|were\s+on\s+strike|began\s+(?:a|an|their)\s+(?:\S+\s+)?strike|staged\s+a\s+(?:\S+\s+)?(?:strike|walkout)|downed\s+tools)\b/gi;
  for (const m of s.matchAll(re)) {
    const x = readPartyBefore(s, m.index ?? 0);
    if (!x) continue;
    const employerPrep = /\s(?:at|for)\s+$/i.exec(s.slice(0, x.edge));
    const strikers = employerPrep ? readPartyBefore(s, employerPrep.index) : null;
    out.push(strikers ? { parties: [strikers.name, x.name], accused: 1, rule: 'strike at' } : { parties: [x.name], accused: null, rule: 'strike' });
  }
  return out;
};

/** "A mining company has come under heavy criticism from five villages": the first party is accused. */
export const criticismRule: Rule = (s) => actorAndTarget(s, UNDER_CRITICISM, 'criticism from', true);

/** "The union sued the council", "the firm is suing the regulator": the object is accused. */
export const sueRule: Rule = (s) => {
  const out = actorAndTarget(s, SUES, 'sued');
  for (const m of s.matchAll(/\s+(?:took|takes|is\s+taking|are\s+taking|has\s+taken|have\s+taken)\s+/gi)) {
    const rest = s.slice((m.index ?? 0) + m[0].length);
    const defendant = readPartyAfter(s, (m.index ?? 0) + m[0].length);
    if (!defendant || !/^[^.]{0,80}?\bto\s+court\b/i.test(rest)) continue;
    const plaintiff = readPartyBefore(s, m.index ?? 0);
    if (plaintiff) out.push({ parties: [plaintiff.name, defendant.name], accused: 1, rule: 'took to court' });
  }
  return out;
};

const VERSUS = /\s+(?:v|vs|versus)\.?\s+(?=\p{Lu})/gu;
const LEGAL = new RegExp(`\\b(?:${alternation(LEGAL_CONTEXT_WORDS)})\\b`, 'i');

/** "in the case of Smith v Acme Ltd": only with a court word in the same sentence, so a fixture is not a dispute. */
export const versusRule: Rule = (s) => {
  return LEGAL.test(s) ? actorAndTarget(s, VERSUS, 'v') : [];
};

/** "teachers … call for better pay and more respect from the state government": the party after "from" is pressed. */
export const demandRule: Rule = (s) => {
  const out: Omit<Framing, 'paragraph'>[] = [];
  for (const m of s.matchAll(DEMAND_FROM)) {
    const target = readPartyAfter(s, (m.index ?? 0) + m[0].length);
    if (target) out.push({ parties: [target.name], accused: 0, rule: 'demand from' });
  }
  return out;
};

/** "the union and the council are at loggerheads", "ministers and doctors remain at odds". */
export const atOddsRule: Rule = (s) => {
  const out: Omit<Framing, 'paragraph'>[] = [];
  for (const m of s.matchAll(/\s+(?:are|were|remain|remained|have\s+been|had\s+been)\s+(?:still\s+)?at\s+(?:odds|loggerheads)\b(?!\s+with)/gi)) {
    const both = readPartyBefore(s, m.index ?? 0);
    if (!both) continue;
    const cut = both.name.split(/\s+(?:and|&)\s+/);
    if (cut.length === 2) { out.push({ parties: cut, accused: null, rule: 'at odds' }); continue; }
    const joint = /\s+(?:and|&)\s+(?:the\s+|a\s+|an\s+)?$/i.exec(s.slice(0, both.edge));
    const first = joint ? readPartyBefore(s, joint.index) : null;
    if (first) out.push({ parties: [first.name, both.name], accused: null, rule: 'at odds' });
  }
  return out;
};

/** What follows the accused: "of"/"for"/"over", maybe after where they are ("accused troops in the valley of …"). */
const ACCUSED_OF = /^\s*(?:(?:in|at|near|on)\s+[^,.;:"\u201C\u201D]{1,50}?\s+)?(?:of|for|over)\b/i;

/** "Labour has accused the Conservatives of hiding the cost": the accuser and the accused. A person as accuser
 *  ("Ms Dale accused union leaders of …") is filtered out later, where the speakers are known. */
export const accuseRule: Rule = (s) => {
  const out: Omit<Framing, 'paragraph'>[] = [];
  const re = /\s+(?:has\s+|have\s+|had\s+)?(?:accused|accuses|criticised|criticized|criticises|criticizes|condemned|attacked|slammed|blasted|blamed)\s+/gi;
  for (const m of s.matchAll(re)) {
    const accuser = readPartyBefore(s, m.index ?? 0);
    const accused = readPartyAfter(s, (m.index ?? 0) + m[0].length);
    if (!accuser || !accused || !ACCUSED_OF.test(s.slice(accused.edge))) continue;
    out.push({ parties: [accuser.name, accused.name], accused: 1, rule: 'accused' });
  }
  return out;
};

/** "Mayor responds to her critics", "the firm hit back at critics": the subject answers those who accuse it. */
const ANSWERS_CRITICS = /\s+(?:has\s+|have\s+|had\s+)?(?:responds?|responded|responding|repl(?:y|ies|ied)|answers?|answered|hits?\s+back|hitting\s+back|fires?\s+back|fired\s+back)\s+(?:to|at)\s+(?:(?:his|her|its|their|the)\s+)?(?:\p{Ll}+\s+)?(critics|detractors)\b/giu;

export const answersCriticsRule: Rule = (s) => {
  const out: Omit<Framing, 'paragraph'>[] = [];
  for (const m of s.matchAll(ANSWERS_CRITICS)) {
    const answering = readPartyBefore(s, m.index ?? 0);
    if (answering) out.push({ parties: [answering.name, m[1]], accused: 0, rule: 'answers critics' });
  }
  return out;
};

const ALLEGES_THAT = /\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:alleged|alleges|allege|alleging)\s+that\s+/gi;

/** "Democrats are alleging that the president's call was improper": the one alleging and the one the claim is about. */
export const allegeRule: Rule = (s) => actorAndTarget(s, ALLEGES_THAT, 'alleged');

const LASHES_OUT = /\s+(?:has\s+|have\s+|had\s+)?(?:lash(?:es|ed|ing)?\s+out\s+at|hits?\s+out\s+at|hitting\s+out\s+at|round(?:s|ed)?\s+on|turn(?:s|ed)\s+on|unload(?:s|ed)?\s+on|t(?:ake|akes|ook|aking)\s+aim\s+at|rail(?:s|ed)?\s+against|t(?:ears|ore)\s+into|la(?:ys|id)\s+into)\s+/gi;

/** "World leaders lash out at the US over …", "the union hit out at ministers": the one attacked is accused. */
export const lashOutRule: Rule = (s) => actorAndTarget(s, LASHES_OUT, 'lashed out at');

const DREW_IRE = /\s+(?:has\s+|have\s+|had\s+)?(?:drew|draws|drawn|drawing|sparked|provoked|incurred)\s+the\s+(?:ire|anger|wrath|fury)\s+of\s+/gi;

/** "Suh drew the ire of the Green Bay Packers after …": the angered party against the one who angered it. */
export const drewIreRule: Rule = (s) => actorAndTarget(s, DREW_IRE, 'drew the ire of', true);

const STRAINED_WORDS = ['strained', 'tense', 'frayed', 'soured', 'souring', 'frosty', 'rocky', 'troubled', 'deteriorating', 'worsening'];
// The countries' names keep their capitals; the adjective may open a headline ("Strained U.S.-…").
const HOSTILITY_AGAINST = /\s+(?:(?:has|have|had|holds?|held|harbou?rs?|harbou?red|bears?|bore|nurses?|nursed)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+)?(?:grudge|vendetta|animus|animosity)|violence|brutality)\s+against\s+/giu;

/** "Putin holds a longtime grudge against Clinton", "Police violence against Standing Rock protesters": the one who
 *  bears it against the one it is borne against. Neither is the accused: who wrongs whom is what the two dispute. */
export const hostilityRule: Rule = (s) => actorAndTarget(s, HOSTILITY_AGAINST, 'hostility against').map((f) => ({ ...f, accused: null }));

const WILL_PROSECUTE = /\s+(?:will|would|plans?\s+to|intends?\s+to|vowed\s+to|vows\s+to)\s+(?:criminally\s+)?prosecute\s+/gi;
/** A pronoun read as a party's name: it stands for someone named elsewhere. */
const PRONOUN_PARTY = /^(?:they|it|he|she|we|her|him|them|us|me)$/i;
const PRONOUN_BEFORE = /\b(?:they|it|he|she|we)$/i;
const REPORTED_BY = /^(.*?)\s+(?:said|says|announced|warned)\b/;
/** "Dallas Ebola patient Thomas Eric Duncan": the person's name after the words that describe them. */
const NAME_AFTER_DESCRIPTION = /^(?:\p{Lu}[\p{L}.-]*\s+)*(?:\p{Ll}[\p{L}-]*\s+){1,3}((?:\p{Lu}[\p{L}.'-]*\s+){1,2}\p{Lu}[\p{L}'-]+)/u;

/** "Liberian authorities said Thursday they will prosecute Dallas Ebola patient Thomas Eric Duncan": who means to
 *  prosecute (the one reporting it, for a pronoun) against the one to be prosecuted, who is accused. */
export const prosecuteRule: Rule = (s) => {
  const out: Omit<Framing, 'paragraph'>[] = [];
  for (const m of s.matchAll(WILL_PROSECUTE)) {
    const before = s.slice(0, m.index);
    const reporter = PRONOUN_BEFORE.test(before) ? REPORTED_BY.exec(before) : null;
    const prosecutor = reporter ? readPartyBefore(s, reporter[1].length) : readPartyBefore(s, m.index ?? 0);
    const after = (m.index ?? 0) + m[0].length;
    const named = NAME_AFTER_DESCRIPTION.exec(s.slice(after))?.[1];
    const accused = named ?? readPartyAfter(s, after)?.name;
    if (prosecutor && accused && !PRONOUN_PARTY.test(accused)) out.push({ parties: [prosecutor.name, accused], accused: 1, rule: 'will prosecute' });
  }
  return out;
};

const FIGHTS_OVER = /\s+(?:is\s+|are\s+|was\s+|were\s+|has\s+been\s+|have\s+been\s+)?(?:fight(?:s|ing)?|fought|battl(?:es|ed|ing)|tak(?:es|ing)\s+on|took\s+on|challeng(?:es|ed|ing))\s+(?=[^,.;:]{1,60}?\s+over\s+)/gi;

/** "Residents are fighting the developer over the tower", "Greenpeace takes on Shell over Arctic drilling": two
 *  parties and what they fight over ("over" is what makes "fighting cancer" or "a challenging year" no dispute). */
export const fightsOverRule: Rule = (s) => actorAndTarget(s, FIGHTS_OVER, 'fights over').map((f) => ({ ...f, accused: null }));

const STRAINED_TIES = new RegExp(String.raw`\b(?:${STRAINED_WORDS.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})\s+`+ String.raw`(\p{Lu}[\p{L}.]*)[-\u2013](\p{Lu}[\p{L}.]*)\s+(?:relations|ties|relationship)\b`, 'gu');

/** "strained U.S.-Israeli relations", "frosty Sino-Japanese ties": the two countries are at odds. */
export const strainedTiesRule: Rule = (s) =>
  [...s.matchAll(STRAINED_TIES)].map((m) => ({ parties: [m[1], m[2]], accused: null, rule: 'strained ties' }));

const LEAD_OVER = /([\u2019']s)\s+(?:\p{Ll}+\s+)?(?:margin|lead|edge|advantage)\s+over\s+/gu;

/** "Clinton's margin over Vermont Sen. Bernie Sanders", "Labour's lead over the Conservatives": two rivals in a race. */
export const leadOverRule: Rule = (s) => {
  const out: Omit<Framing, 'paragraph'>[] = [];
  for (const m of s.matchAll(LEAD_OVER)) {
    const leader = readPartyBefore(s, m.index ?? 0);
    const rival = readPartyAfter(s, (m.index ?? 0) + m[0].length);
    // Both rivals are named ("her rivals", "the field" are no party).
    if (leader && rival && /^\p{Lu}/u.test(leader.name) && /^\p{Lu}/u.test(rival.name)) out.push({ parties: [leader.name, rival.name], accused: null, rule: 'lead over' });
  }
  return out;
};

const INVESTIGATES = /\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+investigating\s+/gi;
const INVESTIGATION_INTO = /\s+(?:has\s+|have\s+|had\s+)?(?:launched|opened|announced|began|begun|started)\s+(?:an?|its|their)\s+(?:\S+\s+)?(?:investigation|inquiry|probe)\s+into\s+/gi;
const UNDER_INVESTIGATION = /\s+(?:is|are|was|were|has\s+been|have\s+been)\s+under\s+(?:\S+\s+)?investigation\s+by\s+/gi;

/** "The attorney general is investigating the firm", "the regulator opened a probe into the bank", "the bank is
 *  under investigation by the regulator": the investigated party is accused. */
export const investigationRule: Rule = (s) => [
  ...actorAndTarget(s, INVESTIGATES, 'investigating'),
  ...actorAndTarget(s, INVESTIGATION_INTO, 'investigating'),
  ...actorAndTarget(s, UNDER_INVESTIGATION, 'investigating', true),
];

/**
 * The framings where the matched words stand between the two parties: the one before acts on the one after, who is
 * accused ("X sued Y", "X lashed out at Y"); when `passive`, the one before is acted on ("Y came under criticism from
 * X", "Y is under investigation by X"). The actor is always the first party.
 */
function actorAndTarget(s: string, pattern: RegExp, rule: string, passive = false): Omit<Framing, 'paragraph'>[] {
  const out: Omit<Framing, 'paragraph'>[] = [];
  for (const m of s.matchAll(pattern)) {
    const before = readPartyBefore(s, m.index ?? 0);
    const afterAt = (m.index ?? 0) + m[0].length;
    const read = readPartyAfter(s, afterAt)?.name;
    const after = read && !PRONOUN_PARTY.test(read) ? read : before ? nameAnObjectPronounStandsFor(s, afterAt, before.name) : null;
    if (before && after) out.push({ parties: passive ? [after, before.name] : [before.name, after], accused: 1, rule });
  }
  return out;
}

const OBJECT_PRONOUN = /^(?:her|him)\b/i;
const FULL_NAME = /\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}\p{Ll}+)+/gu;

/** "Hillary Clinton has an explanation …: The Russian leader has a longtime grudge against her": the one full name
 *  the sentence gives before the pronoun, other than the actor's. */
function nameAnObjectPronounStandsFor(s: string, at: number, actor: string): string | null {
  if (!OBJECT_PRONOUN.test(s.slice(at))) return null;
  // ("… for Vladimir Putin's alleged involvement": a name owning something is no antecedent.)
  const names = [...s.slice(0, at).matchAll(FULL_NAME)]
    .filter((m) => !/^['’]s\b/.test(s.slice((m.index ?? 0) + m[0].length)))
    .map((m) => m[0])
    .filter((n) => !n.includes(actor) && !actor.includes(n) && !/^(?:The|A|An|In|On|At)\s/.test(n));
  return new Set(names).size === 1 ? names[0] : null;
}

const CRITICISES = /\s+(?:[a-z]+ly\s+)?(?:has\s+|have\s+)?(?:critici[sz](?:es|ed)|rips|ripped|rebuk(?:es|ed)|denounc(?:es|ed)|slams|slammed|blasts|blasted|condemns|condemned|lambast(?:s|ed)|lambastes|assail(?:s|ed)|excoriat(?:es|ed)|castigat(?:es|ed)|berat(?:es|ed)|chastis(?:es|ed)|chastiz(?:es|ed)|scold(?:s|ed))\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?(?!(?:the|a|an|his|her|its|their)\s+(?:decision|move|plan|plans|policy|report|bill|law|ruling|idea|proposal)s?\b)/gi;

/** "Senator rips Christie over speech", "Danny Rose criticises Premier League restart plans": one attacks the other.
 *  Kept only in the headline and the opening (chooseParties): deep in a report such a sentence is an aside. */
export const criticisesRule: Rule = (s) => actorAndTarget(s, CRITICISES, 'criticised');

const REJECTS_REQUEST = /\s+(?:has\s+|have\s+)?(?:rejects|rejected|refuses|refused|denies|denied|defies|defied|rebuffs|rebuffed)\s+(?=[^,.;:]{1,60}?[\u2019']s?\s+(?:request|requests|demand|demands|call|calls|offer|proposal|bid|plea|ultimatum|order|orders)\b)/gi;

/** "Energy Department rejects Trump's request to name …": who refuses, and whose request it refuses. */
export const rejectsRequestRule: Rule = (s) => {
  const out: Omit<Framing, 'paragraph'>[] = [];
  for (const m of s.matchAll(REJECTS_REQUEST)) {
    const refuser = readPartyBefore(s, m.index ?? 0);
    const asker = /^\s*(?:the\s+)?([^,.;:]{1,60}?)[\u2019']s?\s+\w/.exec(s.slice((m.index ?? 0) + m[0].length));
    if (refuser && asker) out.push({ parties: [refuser.name, asker[1]], accused: null, rule: 'rejected request' });
  }
  return out;
};

const CALLS_TO_RESIGN = new RegExp(`\\s+(?:${alternation(DEMAND_VERBS.filter((v) => v.startsWith('call')))})\\s+(?=[^,.;:]{1,60}?\\s+to\\s+(?:resign|quit|step\\s+down|stand\\s+down|step\\s+aside|be\\s+sacked|be\\s+fired|go)\\b)`, 'gi');

/** "Two council leaders call for Starmer to resign": who calls, and whom they want gone. */
export const callsToResignRule: Rule = (s) => {
  const out: Omit<Framing, 'paragraph'>[] = [];
  for (const m of s.matchAll(CALLS_TO_RESIGN)) {
    const callers = readPartyBefore(s, m.index ?? 0);
    const target = readPartyAfter(s, (m.index ?? 0) + m[0].length);
    if (callers && target) out.push({ parties: [callers.name, target.name], accused: 1, rule: 'resignation call' });
  }
  return out;
};

export const FRAMING_RULES: Rule[] = [betweenRule, atOddsRule, accuseRule, versusRule, sueRule, filedByRule, strikeRule, criticismRule, withRule, againstRule, demandRule, investigationRule, answersCriticsRule, allegeRule, lashOutRule, drewIreRule, hostilityRule, prosecuteRule, fightsOverRule, strainedTiesRule, leadOverRule, criticisesRule, rejectsRequestRule, callsToResignRule];

/**
 * What a sentence's tokens must hold for a rule's pattern to match it: groups of words, one of each group inside
 * some token (a pattern's literal words, matched case-insensitively in ASCII, lie inside a token of the sentence;
 * of a phrase, its longest word is taken). A sentence lacking a group skips the rule, and most sentences skip every
 * rule: read from the sentence's tokens, which the pass has already, rather than by patterns over its text.
 */
const RULE_CUES = new Map<Rule, ((token: string) => boolean)[]>([
  [betweenRule, [holdsAny(['between']), holdsAny(longestWords([...DISPUTE_NOUNS, ...DEAL_NOUNS]))]],
  [atOddsRule, [holdsAny(['odds', 'loggerheads'])]],
  [accuseRule, [holdsAny(['accuse', 'critici', 'condemned', 'attacked', 'slammed', 'blasted', 'blamed'])]],
  [versusRule, [(t) => t === 'v' || t === 'vs' || t === 'versus']], // a whole word: white space before, "." or space after
  [sueRule, [holdsAny(['sue', 'suing', 'court'])]], // the suing verbs; "took … to court"
  [filedByRule, [holdsAny(['filed', 'brought', 'launched', 'lodged']), holdsAny(['by']), holdsAny(['suit', 'case', 'claim', 'complaint', 'action', 'challenge'])]],
  [strikeRule, [holdsAny(['strike', 'walk', 'downed'])]],
  [criticismRule, [holdsAny(['under']), holdsAny(['come', 'came', 'been']), holdsAny(longestWords(CRITICISM_NOUNS)), holdsAny(['from'])]],
  [withRule, [holdsAny(['with']), holdsAny(longestWords([...DISPUTE_NOUNS, ...CLASH_WITH_PHRASES]))]],
  [againstRule, [holdsAny(['against']), holdsAny(longestWords([...ACTION_AGAINST_NOUNS, 'striking', 'protesting', 'campaigning']))]],
  [demandRule, [holdsAny(['from']), holdsAny(longestWords(DEMAND_VERBS))]],
  [investigationRule, [holdsAny(['investigat', 'inquiry', 'probe'])]],
  [answersCriticsRule, [holdsAny(['critics', 'detractors'])]],
  [allegeRule, [holdsAny(['alleg']), holdsAny(['that'])]],
  [lashOutRule, [holdsAny(['lash', 'hit', 'round', 'turn', 'unload', 'aim', 'rail', 'tear', 'tore', 'lay', 'laid'])]],
  [strainedTiesRule, [holdsAny(['relations', 'ties', 'relationship']), holdsAny(STRAINED_WORDS)]],
  [leadOverRule, [holdsAny(['margin', 'lead', 'edge', 'advantage']), holdsAny(['over'])]],
  [drewIreRule, [holdsAny(['ire', 'anger', 'wrath', 'fury']), holdsAny(['drew', 'draw', 'sparked', 'provoked', 'incurred'])]],
  [prosecuteRule, [holdsAny(['prosecute'])]],
  [fightsOverRule, [holdsAny(['fight', 'fought', 'battl', 'take', 'taking', 'took', 'challeng']), holdsAny(['over'])]],
  [hostilityRule, [holdsAny(['against']), holdsAny(['grudge', 'vendetta', 'animus', 'animosity', 'violence', 'brutality'])]],
  [criticisesRule, [holdsAny(['critici', 'rip', 'rebuk', 'denounc', 'slam', 'blast', 'condemn', 'lambast', 'assail', 'excoriat', 'castigat', 'berat', 'chastis', 'chastiz', 'scold'])]],
  [rejectsRequestRule, [holdsAny(['reject', 'refuse', 'denie', 'defie', 'defy', 'rebuff'])]],
  [callsToResignRule, [holdsAny(['call']), holdsAny(['resign', 'quit', 'down', 'aside', 'sacked', 'fired', 'go'])]],
]);

function holdsAny(words: readonly string[]): (token: string) => boolean {
  return (token) => words.some((w) => token.includes(w));
}

/** The longest run of letters of each phrase: "war of words" → "words", "stand-off" → "stand". */
function longestWords(phrases: readonly string[]): string[] {
  return [...new Set(phrases.map((p) => (p.match(/[a-z]+/g) ?? [p]).reduce((a, b) => (b.length > a.length ? b : a))))];
}

/** One bit for each group of each rule, and each rule's bits together. Past 32 groups the shift wraps (JavaScript
 *  shifts by the count modulo 32), so two groups share a bit: either sets it, and a rule needing it may run on a
 *  sentence that lacks its words, never fail to run on one that has them. */
const CUE_GROUPS = FRAMING_RULES.flatMap((rule) => RULE_CUES.get(rule) ?? []);
const RULE_BITS: number[] = [];
{
  let bit = 0;
  for (const rule of FRAMING_RULES) {
    let mask = 0;
    for (let g = 0; g < (RULE_CUES.get(rule)?.length ?? 0); g++) mask |= 1 << bit++;
    RULE_BITS.push(mask);
  }
}

/** Bits of the cue groups a token holds: a property of the word form alone, so kept across calls (bounded, like
 *  the stems: an article's vocabulary is a few thousand forms). */
const cuesOfToken = new Map<string, number>();
const CUE_CACHE_LIMIT = 20_000;

export function cuesHeldBy(token: string): number {
  let bits = cuesOfToken.get(token);
  if (bits === undefined) {
    if (cuesOfToken.size >= CUE_CACHE_LIMIT) cuesOfToken.clear();
    bits = 0;
    for (let g = 0; g < CUE_GROUPS.length; g++) if (CUE_GROUPS[g](token)) bits |= 1 << g;
    cuesOfToken.set(token, bits);
  }
  return bits;
}

/** Every framing phrase in the headline and body, in reading order. The body's sentences are screened by the cue
 *  words the article's table says they hold. */
export function findFramings(doc: ArticleDocument, words: ArticleWords): Framing[] {
  const out: Framing[] = [];
  let i = 0;
  for (const sentences of doc.sentences) for (const sentence of sentences) readFramings(sentence, words.sentenceCues[i++], out);
  readRejectionsOfEarlierRequests(doc, out);
  const headline = doc.meta.headline ? splitSentences(doc.meta.headline, -1) : [];
  for (const sentence of headline) {
    let cued = 0;
    for (const token of readTokens(sentence.text)) cued |= cuesHeldBy(token);
    readFramings(sentence, cued, out);
  }
  return out;
}

/** The framings of the rules whose every cue group the sentence holds. */
function readFramings(sentence: Sentence, cued: number, out: Framing[]): void {
  if (!cued) return;
  for (let r = 0; r < FRAMING_RULES.length; r++) {
    if ((cued & RULE_BITS[r]) !== RULE_BITS[r]) continue;
    for (const f of FRAMING_RULES[r](sentence.text)) out.push({ ...f, paragraph: sentence.paragraph });
  }
}

const REQUEST_NOUNS = 'request|proposal|offer|bid|plea|demand|plan|ultimatum';
/** "Germany rejected the request": the request is one an earlier sentence names its maker for. */
const REJECTS_THE_REQUEST = new RegExp(String.raw`\s+(?:has\s+|have\s+|had\s+)?(?:rejects|rejected|refuses|refused|rebuffs|rebuffed|turned\s+down|dismissed)\s+(?:the|this|that)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(${REQUEST_NOUNS})\b`, 'giu');
const REJECTION_CUE = /\b(?:reject|refuse|rebuff|turned\s+down|dismissed)/i;
/** How far back the request's maker is looked for: the sentence and the two before it. */
const SENTENCES_BACK = 2;

/**
 * "The talks are aimed at a deal on the request made on Thursday by Greece … Germany rejected the request": who
 * refuses, and who asked, named for the request a sentence before ("made by Greece", "Greece's request", "Greece
 * requested"). Only a request with its maker so named makes the two parties.
 */
function readRejectionsOfEarlierRequests(doc: ArticleDocument, out: Framing[]): void {
  const flat = doc.sentences.flat();
  flat.forEach((sentence, i) => {
    if (!REJECTION_CUE.test(sentence.text)) return;
    for (const m of sentence.text.matchAll(REJECTS_THE_REQUEST)) {
      const refuser = readPartyBefore(sentence.text, m.index ?? 0);
      if (!refuser || !/^\p{Lu}/u.test(refuser.name)) continue;
      const noun = m[1].toLowerCase();
      for (let k = i; k >= Math.max(0, i - SENTENCES_BACK); k--) {
        const text = k === i ? sentence.text.slice(0, m.index) : flat[k].text;
        const asker = makerOf(text, noun);
        if (asker && asker !== refuser.name) {
          out.push({ parties: [refuser.name, asker], accused: null, rule: 'rejected request', paragraph: sentence.paragraph });
          break;
        }
      }
    }
  });
}

/** Who a sentence says made the request: "the request made … by Greece", "Greece's request", "Greece requested". */
function makerOf(text: string, noun: string): string | null {
  const madeBy = new RegExp(String.raw`\b${noun}s?\b[^.;:,]{0,50}?\bby\s+`, 'iu').exec(text);
  const by = madeBy && readPartyAfter(text, madeBy.index + madeBy[0].length);
  if (by && /^\p{Lu}/u.test(by.name)) return by.name;
  const owned = new RegExp(String.raw`[\u2019']s\s+(?:\p{Ll}[\p{Ll}-]*\s+)?${noun}s?\b`, 'iu').exec(text);
  const owner = owned && readPartyBefore(text, owned.index);
  if (owner && /^\p{Lu}/u.test(owner.name)) return owner.name;
  return null;
}
