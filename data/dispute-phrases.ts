// Words that frame a dispute and words that take a side in one. Words of the language only: never names or topics.
// Used by analysis/sides: the framing rules read the parties from these phrases, the stance rules read allies.

/** Nouns that name a dispute between two parties: "the impasse between X and Y", "X's row with Y". */
export const DISPUTE_NOUNS = [
  'impasse', 'dispute', 'disputes', 'row', 'rows', 'stand-off', 'standoff', 'stalemate', 'deadlock', 'talks',
  'negotiations', 'battle', 'fight', 'feud', 'clash', 'clashes', 'conflict', 'tension', 'tensions', 'rift', 'war',
  'showdown', 'confrontation', 'disagreement', 'spat', 'wrangle', 'struggle', 'stand off', 'trade war', 'legal battle',
  'court battle', 'war of words', 'tussle', 'quarrel', 'fallout', 'falling-out', 'fissure', 'schism',
  // Fighting itself: "killings and retaliations between Israelis and Palestinians".
  'violence', 'fighting', 'hostilities', 'hostility', 'bloodshed', 'killings', 'retaliations', 'reprisals', 'animosity',
  'enmity', 'strife',
] as const;

/** Nouns of a deal the parties are bargaining over: "a deal between X and Y" frames a dispute only in an article
 *  with a strong sign of one (tariffs, a strike, a lawsuit); elsewhere it is a merger or a partnership. */
export const DEAL_NOUNS = ['deal', 'trade deal', 'agreement', 'trade agreement', 'accord'] as const;

/** Nouns of an action taken against a party: "a strike against the trust", "a lawsuit against the firm". */
export const ACTION_AGAINST_NOUNS = [
  'strike', 'strikes', 'walkout', 'walkouts', 'protest', 'protests', 'lawsuit', 'lawsuits', 'suit', 'legal action',
  'legal challenge', 'complaint', 'complaints', 'industrial action', 'campaign', 'tariffs', 'tariff', 'sanctions',
  'boycott', 'class action', 'case', 'claim', 'legal claim', 'legal case', 'action', 'appeal', 'petition', 'picket',
  'demonstration', 'demonstrations', 'movement', 'uprising',
] as const;

/** A crowd's actions against a party, the crowd then the other party: "protests against the government". (A strike
 *  or a campaign has organisers who speak for it, a union or a group: those are read from who is quoted.) */
export const PROTEST_NOUNS = ['protest', 'protests', 'demonstration', 'demonstrations', 'movement', 'uprising'] as const;

/** What an article calls the people in a protest: the party a protest's doers are, when no body speaks for them. */
export const PROTESTER_NOUNS = ['protesters', 'protestors', 'demonstrators', 'activists', 'rioters', 'marchers'] as const;

/** Words that make "X v Y" a court case rather than a fixture list: "in the case of Smith v Jones". */
export const LEGAL_CONTEXT_WORDS = [
  'court', 'courts', 'lawsuit', 'case', 'judge', 'judges', 'ruling', 'ruled', 'tribunal', 'trial', 'hearing',
  'judgment', 'judgement', 'plaintiff', 'plaintiffs', 'defendant', 'defendants', 'sued', 'suing', 'litigation',
  'justices', 'verdict',
] as const;

/** "X has come under criticism from Y": the nouns after "under". */
export const CRITICISM_NOUNS = ['criticism', 'fire', 'attack', 'pressure', 'scrutiny', 'censure', 'condemnation'] as const;

/** Verbs whose subject sues its object: "the union sued the council". */
export const SUE_VERBS = ['sued', 'sues', 'suing', 'is suing', 'are suing', 'has sued', 'have sued', 'will sue', 'is taking', 'took'] as const;

/** Verbs that demand something from a party: "teachers called for better pay from the state government". */
export const DEMAND_VERBS = ['call for', 'calls for', 'called for', 'calling for', 'demand', 'demands', 'demanded', 'demanding'] as const;

/**
 * Words that attack whoever they are said of ("the Government had 'distorted' the figures", "these are lies").
 * Base forms; analysis/sides matches them by stem, so "distorted" and "distorting" count too.
 */
export const ATTACK_WORDS = [
  'blackmail', 'lie', 'lies', 'lying', 'distort', 'mislead', 'misleading', 'fail', 'failure', 'refuse', 'bribe',
  'corrupt', 'corruption', 'deceive', 'shocking', 'scandal', 'shame', 'shameful', 'wrong', 'unfair', 'unacceptable',
  'disgrace', 'disgraceful', 'damage', 'destroy', 'broken', 'crack', 'suffer', 'force', 'threat', 'threaten', 'attack',
  'blame', 'accuse', 'stoke', 'stoking', 'vilify', 'mud', 'reckless', 'dangerous', 'irresponsible', 'betray',
  'betrayal', 'greed', 'greedy', 'exploit', 'ignore', 'neglect', 'abandon', 'harm', 'hazard', 'unsafe', 'disease',
  'intimidate', 'silence', 'heartbreaking', 'unbearable', 'cruel', 'callous', 'arrogant', 'incompetent', 'chaos',
  'insult', 'insulting', 'outrage', 'outrageous', 'disaster', 'back off', 'hypocrisy', 'hypocritical', 'cover-up',
  'negligent', 'negligence', 'unlawful', 'illegal', 'steal', 'stolen', 'cheat', 'abuse', 'pollute', 'pollution',
  'poison', 'unjustified', 'confrontation', 'false', 'untrue', 'nonsense', 'scaremongering', 'smear', 'baseless', 'misled', 'rubbish', 'did nothing', 'nothing was done', 'deliberately', 'agenda', 'sabotage', 'bully', 'bullying', 'victimise', 'victimize', 'punish', 'vandalise',
  'criminals', 'thugs', 'vandals', 'looters', 'criticise', 'criticize', 'condemn', 'denounce',
] as const;

/** Words that back whoever they are said of ("the union's brave response", "solidarity with the strikers"). */
export const SUPPORT_WORDS = [
  'support', 'solidarity', 'brave', 'courage', 'courageous', 'backs the', 'stand with', 'in support of', 'defend', 'defence',
  'defense', 'praise', 'right to', 'justified', 'deserve', 'deserves', 'admire', 'proud of', 'salute', 'champion',
] as const;

/** Phrases that mark a reply to the other side: "Responding to Ms Dale's claim that …, he added". */
export const RESPONSE_CUES = [
  'responding to', 'in response to', 'in reply to', 'replying to', 'hit back', 'hitting back', 'hits back',
  'responded', 'responds', 'replied', 'replies', 'retorted', 'rejected', 'rejects', 'dismissed', 'dismisses',
  'denied', 'denies', 'rebutted', 'countered', 'disputed', 'disputes', 'in a response', 'asked about',
  'in answer to', 'reacting to', 'reacted',
] as const;

/** Words that accuse someone: a speaker who "denied the allegations" is on the accused party's side. */
export const DENIAL_PHRASES = ['denied', 'denies', 'deny', 'rejected the allegations', 'dismissed the claims'] as const;

/**
 * Nouns for people that a dispute's party can be named by, beyond the group and role nouns of data/titles.ts
 * ("residents", "nurses") and those read from their ending ("workers", "activists"): "the public", "the army".
 */
export const PEOPLE_NOUNS = [
  'public', 'army', 'military', 'troops', 'forces', 'crew', 'crews', 'men', 'women', 'children', 'youth', 'village',
  'villages', 'town', 'townspeople', 'side', 'team', 'rebels', 'opposition', 'majority', 'minority', 'leadership',
  'management', 'bosses', 'clergy', 'faculty', 'midwives', 'guards', 'cadets', 'couples', 'tribes', 'clans', 'nations',
  'allies', 'states',
] as const;

/** Words for the two parties together: a speaker who addresses "both sides" stands between them. */
export const ALL_SIDES_PHRASES = [
  'both sides', 'both parties', 'both camps', 'the two sides', 'the two parties', 'all sides', 'all parties involved',
  'each side', 'either side',
] as const;

/** Verbs that address the parties: "urged both sides", "called on the two sides", "I want both sides back". */
export const ADDRESS_VERBS = [
  'urge', 'urged', 'urges', 'urging', 'call on', 'called on', 'calls on', 'calling on', 'appeal to', 'appealed to',
  'appeals to', 'appealing to', 'ask', 'asked', 'asks', 'asking', 'want', 'wants', 'wanted', 'told', 'tell', 'tells',
  'encourage', 'encouraged', 'encourages', 'implore', 'implored', 'invite', 'invited', 'invites', 'pressed', 'press',
  'bring', 'brought', 'get', 'plead with', 'pleaded with', 'summoned', 'summon', 'brought together', 'bring together',
] as const;

/** What the parties are urged to do after "both sides": "both sides to return to talks", "both sides must compromise". */
export const SETTLING_WORDS = [
  'return', 'resume', 'talk', 'talks', 'negotiate', 'negotiating', 'table', 'compromise', 'settle', 'restraint',
  'calm', 'dialogue', 'agreement', 'deal', 'room', 'sit down', 'come together', 'step back', 'de-escalate',
] as const;

/** Verbs of standing between the parties, after "offered to", "ready to": "offered to mediate", "help broker". */
export const MEDIATION_VERBS = ['mediate', 'broker', 'facilitate', 'arbitrate', 'conciliate'] as const;

/** Words before a mediation verb: "offered to mediate", "stands ready to broker". */
export const MEDIATION_OFFERS = [
  'offer', 'offered', 'offers', 'offering', 'help', 'helped', 'helps', 'helping', 'willing', 'ready', 'agreed',
  'agrees', 'tried', 'trying', 'try', 'sought', 'seeking', 'attempt', 'attempted', 'attempting', 'bid',
] as const;

/** Nouns of someone standing between the parties: "acted as mediator", the role "chief conciliator". */
export const MEDIATOR_NOUNS = ['mediator', 'mediators', 'go-between', 'intermediary', 'conciliator', 'arbitrator', 'peacemaker', 'honest broker'] as const;

/** "called for calm", "urged restraint", "appealed for de-escalation". */
export const CALM_NOUNS = ['calm', 'restraint', 'de-escalation', 'cool heads', 'cooler heads'] as const;
export const CALM_APPEAL_VERBS = ['call', 'calls', 'called', 'calling', 'appeal', 'appeals', 'appealed', 'appealing', 'urge', 'urges', 'urged', 'urging', 'plea', 'pleaded', 'pleas'] as const;

/** What is said of a defendant in a criminal case: "pleaded guilty", "were charged with", "was indicted". */
export const CHARGE_PHRASES = [
  'pleaded guilty', 'pleads guilty', 'pleaded not guilty', 'pleads not guilty', 'pled guilty', 'pled not guilty',
  'was charged', 'were charged', 'has been charged', 'have been charged', 'is charged', 'are charged',
  'was indicted', 'were indicted', 'has been indicted', 'have been indicted', 'was convicted', 'were convicted',
  'was sentenced', 'were sentenced', 'was arrested', 'were arrested', 'has been arrested', 'have been arrested',
] as const;

/** Words of a prosecutor's post or office in a role, an organisation or a speaker's name ("U.S. Attorney for …",
 *  "the district attorney's office", "Crown Prosecution Service"). A defendant's own attorney is none of these. */
export const PROSECUTOR_WORDS = [
  'prosecutor', 'prosecutors', 'prosecution', 'prosecuting', 'district attorney', 'u.s. attorney', 'us attorney',
  'state attorney', "state's attorney", 'county attorney', "attorney's office", 'attorneys office', 'procurator fiscal',
] as const;

/**
 * Verbs in "-s" that end a name in a headline ("Big Machine looks set to …", "Acme faces a fine"), where a plural
 * after a name would belong to it ("Bela Bela villages").
 */
export const VERBS_AFTER_A_NAME: ReadonlySet<string> = new Set([
  'looks', 'seems', 'appears', 'faces', 'seeks', 'wants', 'plans', 'vows', 'hits', 'slams', 'wins', 'loses', 'gets',
  'takes', 'makes', 'calls', 'asks', 'urges', 'agrees', 'refuses', 'rejects', 'backs', 'blames', 'sues', 'threatens',
  'launches', 'ends', 'settles', 'remains', 'returns', 'responds', 'insists', 'admits', 'defends', 'drops', 'moves',
  'deepens', 'escalates', 'intensifies', 'grows', 'continues', 'erupts', 'heats', 'worsens',
]);
