// Words of the language that describe what a person is: titles written before a name ("Gov.", "Prime Minister"),
// role nouns used in descriptions and appositions ("the spokeswoman", "a consultant surgeon"),
// and the words that make a capitalised phrase an organisation ("... Hospital", "... Association").
// Never names, outlets or topics. Lower-case; a trailing dot is dropped ("Gov." = "gov").
import { OCCUPATIONS } from './occupations';

/** Offices a person is elected or named to some time before taking them up. */
const OFFICES_TAKEN_UP_LATER: readonly string[] = [
  'president', 'vice-president', 'governor', 'mayor', 'senator', 'premier', 'chancellor', 'speaker', 'secretary',
  'minister', 'ambassador', 'commissioner', 'sheriff', 'prosecutor', 'councillor', 'congressman', 'congresswoman',
  'representative', 'chairman', 'chairwoman', 'chair', 'leader', 'pope', 'attorney-general',
];

/**
 * Those offices' titles for the one who holds them next ("President-elect", "the governor-elect", "the
 * ambassador-designate"): the article writes them without a capital too, for the one person it has named.
 */
export const TITLES_IN_WAITING: ReadonlySet<string> = new Set(OFFICES_TAKEN_UP_LATER.flatMap((o) => [`${o}-elect`, `${o}-designate`]));

/** Titles that can stand right before a person's name ("Prime Minister David Cameron", "Gov. X", "Chief X"). */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  ...TITLES_IN_WAITING,
  'president', 'vice', 'minister', 'secretary', 'chancellor', 'premier', 'governor', 'gov', 'senator', 'sen',
  'representative', 'rep', 'congressman', 'congresswoman', 'speaker', 'mayor', 'chief', 'superintendent', 'judge',
  'justice', 'commissioner', 'general', 'gen', 'colonel', 'col', 'captain', 'capt', 'sergeant', 'sgt', 'lieutenant',
  'lt', 'major', 'maj', 'admiral', 'adm', 'commander', 'cmdr', 'officer', 'detective', 'det', 'inspector', 'insp',
  'constable', 'sheriff', 'director', 'chairman', 'chairwoman', 'chair', 'king', 'queen', 'prince', 'princess',
  'pope', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'pastor', 'father', 'sister', 'brother', 'coach',
  'principal', 'deputy', 'leader', 'ambassador', 'councillor', 'councilman', 'councilwoman', 'alderman',
  'attorney', 'prosecutor', 'mp', 'mep', 'msp', 'chief executive', 'ceo', 'cfo', 'coo', 'cio', 'cto', 'cmo', 'co-ceo', 'founder', 'head',
  'spokesman', 'spokeswoman', 'spokesperson', 'treasurer', 'auditor', 'comptroller', 'magistrate', 'sultan', 'emir',
  'sheikh', 'attorney-general', 'supt', 'pc', 'dc', 'ds', 'di', 'dci', 'dcs', 'solicitor-general', 'dean', 'provost', 'professor', 'prof',
  'dr', 'assemblyman', 'assemblywoman', 'delegate', 'lawmaker', 'legislator', 'trustee', 'chancellor', 'envoy',
  'ranking member', 'advocate', 'adv',
  // American spellings of local offices ("Councilmember Jane Doe", "Supervisor John Roe", "Selectwoman Ann Poe").
  'councilmember', 'council member', 'councilor', 'councilperson', 'alderwoman', 'alderperson', 'assemblymember',
  'selectman', 'selectwoman', 'supervisor', 'freeholder',
]);

/** Relatives beyond parents, children, siblings and spouses ("his aunt, Jane Doe", "the victim's cousin"). */
const KINSHIP_NOUNS: readonly string[] = [
  'aunt', 'uncle', 'niece', 'nephew', 'cousin', 'grandmother', 'grandfather', 'grandparent', 'grandson',
  'granddaughter', 'grandchild', 'stepmother', 'stepfather', 'stepson', 'stepdaughter', 'sibling', 'twin',
  'fiance', 'fiancee', 'fiancé', 'fiancée', 'girlfriend', 'boyfriend', 'mother-in-law', 'father-in-law',
  'sister-in-law', 'brother-in-law', 'son-in-law', 'daughter-in-law',
  // Informal words for the same relations ("his mom said").
  'mom', 'mum', 'dad', 'grandma', 'grandpa', 'granny', 'stepmom', 'stepmum', 'stepdad',
];

/**
 * Role nouns that head a description of a person ("the spokeswoman", "a teacher at ...", "the head of the union"),
 * occupations included. The plural ("teachers", "presidents") describes a group.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...OCCUPATIONS,
  'spokeswoman', 'spokesman', 'spokesperson', 'representative', 'head', 'chairman', 'chairwoman', 'chair', 'chairperson',
  'secretary', 'leader', 'president', 'minister', 'chancellor', 'governor', 'senator', 'mayor', 'speaker', 'premier',
  'superintendent', 'commissioner', 'director', 'executive', 'chief', 'founder', 'co-founder', 'owner', 'operator',
  'manager', 'officer', 'official', 'source', 'aide', 'adviser', 'advisor', 'consultant', 'analyst', 'economist',
  'strategist', 'pollster', 'historian', 'expert', 'professor', 'lecturer', 'researcher', 'scientist', 'academic',
  'teacher', 'educator', 'headteacher', 'headmaster', 'headmistress', 'principal', 'student', 'pupil', 'parent',
  'mother', 'father', 'surgeon', 'doctor', 'physician', 'nurse', 'paramedic', 'medic', 'dentist', 'pharmacist',
  'lawyer', 'attorney', 'solicitor', 'barrister', 'advocate', 'prosecutor', 'judge', 'magistrate', 'campaigner',
  'activist', 'organiser', 'organizer', 'coordinator', 'lead', 'member', 'mp', 'mep', 'councillor', 'councilman',
  'councilwoman', 'councilmember', 'councilor', 'councilperson', 'alderman', 'alderwoman', 'assemblymember', 'selectman', 'selectwoman', 'lawmaker', 'legislator', 'politician', 'candidate', 'delegate', 'envoy', 'ambassador', 'diplomat',
  'villager', 'resident', 'neighbour', 'neighbor', 'farmer', 'worker', 'employee', 'miner', 'driver', 'pilot',
  'engineer', 'architect', 'editor', 'journalist', 'reporter', 'correspondent', 'columnist', 'author', 'writer',
  'broadcaster', 'presenter', 'host', 'producer', 'artist', 'singer', 'musician', 'actor', 'actress', 'designer',
  'player', 'captain', 'coach', 'manager', 'striker', 'athlete', 'detective', 'inspector', 'sergeant', 'constable',
  'sheriff', 'investigator', 'witness', 'survivor', 'victim', 'eyewitness', 'bystander', 'friend', 'relative',
  'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'widow', 'chef', 'shopkeeper', 'businessman',
  'businesswoman', 'fellow', 'entrepreneur', 'investor', 'trader', 'banker', 'landlord', 'tenant', 'owner', 'protester',
  'protestor', 'demonstrator', 'striker', 'critic', 'supporter', 'opponent', 'fan', 'voter', 'customer', 'patient',
  'trustee', 'treasurer', 'deputy', 'chief executive', 'ceo', 'secretary-general', 'general secretary', 'clerk',
  'auditor', 'regulator', 'inspector', 'officer', 'soldier', 'commander', 'general', 'colonel', 'veteran',
  'priest', 'bishop', 'pastor', 'rabbi', 'imam', 'monk', 'nun', 'vicar', 'insider', 'figure', 'staffer',
  'administrator', 'planner', 'developer', 'contractor', 'inspector', 'researcher', 'epidemiologist', 'virologist',
  'psychologist', 'psychiatrist', 'therapist', 'counsellor', 'counselor', 'activist', 'volunteer', 'organiser',
  'gp', 'passenger', 'commuter', 'shopper', 'traveller', 'traveler', 'motorist', 'pedestrian', 'onlooker', 'attendee',
  'spectator', 'visitor', 'tourist', 'diner', 'homeowner', 'retiree', 'pensioner', 'graduate', 'applicant', 'claimant',
  'plaintiff', 'defendant', 'suspect', 'accused', 'juror', 'mourner', 'marcher', 'picket', 'steward', 'caretaker',
  'cleaner', 'carer', 'midwife', 'star', 'celebrity', 'influencer', 'presenter', 'comedian', 'rapper', 'model', 'surgeon', 'consultant', 'registrar', 'trainee', 'apprentice', 'intern', 'official',
  'user', 'commenter', 'follower', 'subscriber', 'viewer', 'reader', 'listener', 'caller', 'colleague', 'teammate',
  'librarian', 'curator', 'guide', 'ranger', 'elder', 'firefighter', 'officer', 'partner', 'rival',
  'national', 'citizen', 'migrant', 'immigrant', 'emigrant', 'refugee', 'expatriate', 'expat',
  // A member of a party, written capitalised after an article ("the top Democrat on the committee").
  'democrat', 'republican',
  ...KINSHIP_NOUNS,
  // Positions in a team and other occupations: data/occupations.ts.
]);

/**
 * Lower-case words that qualify a role written before a name ("former adviser", "senior vp", "veteran winger",
 * "defensive captain"), besides role nouns themselves and adjectives known by their ending.
 */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'ex', 'then', 'acting', 'interim', 'senior', 'junior', 'chief', 'assistant', 'associate', 'deputy',
  'executive', 'managing', 'lead', 'principal', 'veteran', 'longtime', 'long-time', 'retired', 'incoming', 'outgoing',
  'current', 'founding', 'special', 'top', 'star', 'rookie', 'independent', 'freelance', 'first-time', 'two-time',
  'three-time', 'joint', 'honorary', 'emeritus', 'visiting', 'distinguished', 'controversial', 'celebrity', 'local',
  'research', 'policy', 'security', 'campaign', 'press', 'communications', 'marketing', 'program', 'programme',
  'project', 'team', 'club', 'party', 'union', 'county', 'city', 'state', 'district', 'regional', 'area',
]);

/** Lower-case words inside an organisation's capitalised name ("Centers for Disease Control and Prevention", "Bank of the West"). */
export const ORGANISATION_NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', '&']);

/** Words that end (or sit inside) a capitalised organisation name ("Riverside Hospital", "Teachers Association"). */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'hospital', 'hospitals', 'association', 'union', 'council', 'ministry', 'department', 'party', 'company', 'commission',
  'committee', 'trust', 'government', 'police', 'office', 'university', 'college', 'colleges', 'bank', 'agency',
  'inc', 'ltd', 'plc', 'llc', 'llp', 'co', 'gmbh', 'corp', 'corporation', 'group', 'federation', 'institute', 'institution', 'authority',
  'service', 'services', 'court', 'board', 'foundation', 'society', 'congress', 'senate', 'parliament',
  'legislature', 'assembly', 'club', 'team', 'network', 'airline', 'airlines', 'church', 'school', 'schools', 'academy',
  'organisation', 'organization', 'alliance', 'coalition', 'movement', 'campaign', 'army', 'navy', 'military', 'force',
  'forces', 'administration', 'bureau', 'centre', 'center', 'fund', 'league', 'initiative', 'watch', 'international',
  'industries', 'holdings', 'partners', 'associates', 'news', 'times', 'press', 'post', 'herald', 'guardian', 'telegraph', 'journal',
  'tribune', 'broadcasting', 'media', 'labs', 'systems', 'technologies', 'motors', 'energy', 'mining', 'construction',
  'council', 'cabinet', 'secretariat', 'executive', 'directorate', 'tribunal', 'prison', 'council', 'nhs', 'trust',
  'charity', 'fellowship', 'chamber', 'guild', 'syndicate', 'cooperative', 'co-operative', 'consortium', 'firm',
  'brigade', 'unit', 'squad', 'regiment', 'command', 'ministries', 'inquiry', 'review', 'panel', 'museum', 'library',
  // Trading names of businesses ("Acme Records", "Northwind Productions", "Bluefin Therapeutics").
  'records', 'productions', 'studios', 'pictures', 'entertainment', 'publishing', 'publishers', 'pharmaceuticals',
  'therapeutics', 'ventures', 'investments', 'insurance', 'enterprises', 'solutions', 'communications', 'airways',
  'railways', 'logistics', 'laboratories', 'stores', 'hotels', 'resorts', 'foods', 'markets', 'supermarkets', 'brands',
  'beverages', 'brewing', 'breweries', 'farms', 'restaurants', 'electronics', 'chemicals', 'software', 'games',
  'apparel', 'outfitters', 'realty', 'properties', 'securities', 'bancorp', 'financial', 'automotive', 'aerospace',
  'cinemas', 'theaters', 'theatres',
  // Bodies named by what they run or house ("the Island Restoration Programme", "the Shanghai Astronomical Observatory").
  'programme', 'program', 'project', 'observatory', 'laboratory', 'gallery', 'orchestra', 'clinic', 'zoo', 'label',
  // Publications named with what they are ("Vulture magazine", "the Tehran newspaper", "Snopes website").
  'magazine', 'newspaper', 'website', 'tabloid',
]);

/** Words that quantify a group in front of its noun ("more than a dozen presidents", "some protesters"). */
export const GROUP_QUANTIFIERS: ReadonlySet<string> = new Set([
  'more', 'than', 'less', 'fewer', 'a', 'an', 'the', 'dozen', 'dozens', 'of', 'hundreds', 'thousands', 'several', 'some',
  'many', 'most', 'all', 'both', 'few', 'other', 'several', 'numerous', 'various', 'two', 'three', 'four', 'five', 'six',
  'seven', 'eight', 'nine', 'ten', 'about', 'around', 'nearly', 'almost', 'over', 'at', 'least', 'these', 'those',
  'another', 'fellow', 'score', 'scores', 'handful', 'number', 'group', 'couple', 'pair', 'one', 'each', 'every', 'any',
]);

/** Plural or collective nouns for a group of people ("Security personnel said", "Residents say"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'people', 'personnel', 'staff', 'authorities', 'officials', 'police', 'crowd', 'crowds', 'community', 'communities',
  'families', 'locals', 'residents', 'villagers', 'workers', 'unions', 'ministers', 'mps', 'campaigners', 'experts',
  'critics', 'protesters', 'protestors', 'demonstrators', 'teachers', 'doctors', 'nurses', 'students', 'parents',
  'lawmakers', 'legislators', 'leaders', 'members', 'analysts', 'economists', 'scientists', 'researchers', 'officers',
  'investigators', 'prosecutors', 'lawyers', 'supporters', 'opponents', 'fans', 'voters', 'colleagues', 'relatives',
  'neighbours', 'neighbors', 'witnesses', 'survivors', 'organisers', 'organizers', 'activists', 'strikers', 'pupils',
]);

/** Nouns for a written or spoken statement that can be the subject of "said" ("The letter said", "a statement read"). */
export const STATEMENT_SUBJECTS: ReadonlySet<string> = new Set([
  'statement', 'letter', 'tweet', 'post', 'report', 'memo', 'email', 'release', 'message', 'filing', 'notice',
  'document', 'complaint', 'petition', 'motion', 'submission', 'ruling', 'judgment', 'judgement', 'lawsuit', 'note',
  'study', 'survey', 'audit', 'analysis',
]);

/**
 * Statement nouns for a document whose words stand on their own when the article names no author ("the report
 * concludes", "the study found", "the lawsuit alleges"): the document itself is the speaker. A letter, a statement or
 * an email carries its writer's words and is never a speaker of its own.
 */
export const SELF_STANDING_DOCUMENTS: ReadonlySet<string> = new Set([
  'report', 'study', 'survey', 'audit', 'analysis', 'review', 'lawsuit', 'complaint', 'petition', 'motion', 'ruling',
  'judgment', 'judgement', 'indictment', 'document',
]);

/**
 * Titles that are also common surnames: written last in a capitalised run after a given name ("Simon Dean", "Tessa
 * Bishop", "Carole King"), they close a person's name rather than name a post.
 */
export const TITLES_ALSO_SURNAMES: ReadonlySet<string> = new Set([
  'dean', 'bishop', 'king', 'judge', 'major', 'pope', 'cardinal', 'prior', 'abbot', 'sheriff', 'chancellor', 'knight',
]);

/**
 * Capitalised words that qualify such a title rather than name anyone ("High Sheriff", "Circuit Judge", "Grand Prior"),
 * besides honorifics ("Lord"), role modifiers ("Deputy") and adjectives known by their ending ("Federal", "Auxiliary").
 */
export const TITLE_QUALIFIERS: ReadonlySet<string> = new Set([
  'high', 'grand', 'crown', 'field', 'circuit', 'county', 'state', 'city', 'town', 'district', 'arch', 'suffragan',
  'presiding', 'vice',
]);

/** Role nouns that say who a person is to others or to an event, not what they do ("a mother of two", "a witness"). */
export const RELATION_NOUNS: ReadonlySet<string> = new Set([
  'mother', 'father', 'parent', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'widow', 'widower',
  'friend', 'relative', 'neighbour', 'neighbor', 'resident', 'villager', 'survivor', 'victim', 'witness',
  'eyewitness', 'bystander', 'fan', 'supporter', 'opponent', 'critic', 'voter', 'customer', 'patient', 'passenger',
  'colleague', 'teammate', 'member', 'partner', 'rival', 'veteran', 'user', 'visitor', 'tourist', 'suspect', 'defendant',
  'national', 'citizen', 'migrant', 'immigrant', 'emigrant', 'refugee', 'expatriate', 'expat',
  ...KINSHIP_NOUNS,
]);

/**
 * Relatives who usually share a person's surname: "Jane Doe's mother" in an article that names one other Doe is that
 * Doe. Partners before marriage and in-laws are left out.
 */
export const FAMILY_NOUNS: ReadonlySet<string> = new Set([
  'mother', 'father', 'parent', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'widow', 'widower',
  'sibling', 'twin', 'grandmother', 'grandfather', 'grandparent', 'grandson', 'granddaughter', 'grandchild', 'aunt',
  'uncle', 'niece', 'nephew', 'cousin', 'mom', 'mum', 'dad', 'grandma', 'grandpa', 'granny',
]);

/** Nouns for a person that say nothing of them, neither a role nor a relation ("a man", "someone"). */
export const PLAIN_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'man', 'woman', 'guy', 'boy', 'girl', 'lady', 'gentleman', 'person', 'individual', 'someone', 'somebody', 'anyone',
  'anybody', 'everyone', 'everybody', 'nobody', 'kid', 'child', 'baby',
]);

/** Military and police ranks: before a name they work like an honorific, saying little of the person's job. */
export const RANKS: ReadonlySet<string> = new Set([
  'general', 'gen', 'colonel', 'col', 'lieutenant', 'lt', 'major', 'maj', 'captain', 'capt', 'sergeant', 'sgt',
  'corporal', 'cpl', 'private', 'pvt', 'admiral', 'adm', 'commander', 'cmdr', 'cdr', 'commodore', 'brigadier', 'brig',
  'detective', 'det', 'inspector', 'insp', 'constable', 'pc', 'dc', 'ds', 'di', 'dci', 'dcs', 'trooper', 'marshal',
]);

/**
 * Titles of a seat in an elected body, with no portfolio ("Rep.", "Sen.", "MP", "councillor"): they say where a
 * person sits; a job set beside the name ("the chairman of the subcommittee") says what they do in the story.
 */
export const SEAT_TITLES: ReadonlySet<string> = new Set([
  'rep', 'representative', 'sen', 'senator', 'congressman', 'congresswoman', 'congressmember', 'mp', 'mep', 'msp',
  'councillor', 'councilman', 'councilwoman', 'councilmember', 'alderman', 'alderwoman', 'assemblyman',
  'assemblywoman', 'assemblymember', 'delegate', 'lawmaker', 'legislator',
]);

/**
 * Words of a post inside an elected body ("chairman of the subcommittee", "the ranking member", "a member of the
 * budget committee", "the shadow transport secretary"): only such a job replaces a seat title before the name; a
 * lawmaker's trade or past ("a farmer from Iowa", "a physician") does not.
 */
export const POSTS_IN_A_BODY: readonly string[] = [
  'chairman', 'chairwoman', 'chair', 'chairperson', 'co-chair', 'vice-chair', 'ranking member', 'ranking', 'leader', 'whip',
  'speaker', 'secretary', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'treasurer', 'committee',
  'subcommittee', 'caucus', 'panel', 'delegation',
];

/** Words that make a role one the person held before ("former adviser", "ex-officer", "retired judge"). */
export const PAST_ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'ex', 'retired', 'onetime', 'one-time', 'erstwhile', 'then',
]);

/** Words before a role noun that say the person has died ("her late husband", "his now-deceased father"). */
export const LIFE_STATE_WORDS: ReadonlySet<string> = new Set(['late', 'deceased', 'now-deceased', 'since-deceased']);

/** How the writer or others rate someone, no part of what they are ("a favorite teacher" → "teacher"). */
export const ESTEEM_WORDS: ReadonlySet<string> = new Set([
  'favorite', 'favourite', 'beloved', 'popular', 'well-liked', 'well-loved', 'respected', 'revered', 'renowned', 'acclaimed',
]);

/** Abbreviated titles and what they stand for ("Gov." → governor), so "the governor" finds "Gov. X". */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'], ['sen', 'senator'], ['rep', 'representative'], ['gen', 'general'], ['col', 'colonel'],
  ['capt', 'captain'], ['sgt', 'sergeant'], ['lt', 'lieutenant'], ['maj', 'major'], ['adm', 'admiral'],
  ['cmdr', 'commander'], ['det', 'detective'], ['insp', 'inspector'], ['supt', 'superintendent'], ['prof', 'professor'],
  ['pres', 'president'], ['amb', 'ambassador'], ['atty', 'attorney'], ['rev', 'reverend'], ['dr', 'doctor'],
  ['adv', 'advocate'],
]);

/** A plural noun's singular, by the regular endings ("nurses" → "nurse", "firemen" → "fireman", "parties" → "party"). */
export function singular(lower: string): string {
  if (lower.endsWith('ies')) return lower.slice(0, -3) + 'y';
  if (lower.endsWith('men')) return lower.slice(0, -3) + 'man';
  if (lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}

/** A noun for a group of people: a group noun ("residents", "police") or the plural of a role noun ("nurses"). */
export function isGroupNoun(lower: string): boolean {
  if (GROUP_NOUNS.has(lower)) return true;
  const one = singular(lower);
  return lower !== one && ROLE_NOUNS.has(one);
}

/** Role nouns for people who study or report on something: the word before them is their subject, not their side
 *  ("a China scholar", "a Russia expert", "the BBC's Europe correspondent"). */
export const STUDY_NOUNS: ReadonlySet<string> = new Set([
  'scholar', 'expert', 'analyst', 'specialist', 'watcher', 'correspondent', 'researcher', 'historian', 'observer',
  'commentator', 'reporter', 'editor', 'fellow', 'professor', 'lecturer', 'academic', 'economist', 'strategist',
  'pollster',
]);

/** Words a business is called by in place of its name ("the company", "the label"). */
export const BUSINESS_NOUNS: ReadonlySet<string> = new Set(['company', 'bank', 'firm', 'label', 'studio', 'business', 'retailer', 'carrier', 'lender', 'insurer', 'publisher', 'broadcaster', 'manufacturer', 'carmaker', 'automaker', 'chain', 'startup', 'airline', 'supermarket', 'utility', 'drugmaker', 'chipmaker', 'platform']);
/** Lower-case words that call the name after them a business ("banking giant X", "retailer X", "the firm X"). */
export const BUSINESS_LABELS: ReadonlySet<string> = new Set([...BUSINESS_NOUNS, 'giant', 'conglomerate', 'multinational']);
/** Words a public agency is called by in place of its name ("the agency", "the regulator", "the watchdog"). */
export const AGENCY_NOUNS: ReadonlySet<string> = new Set(['agency', 'regulator', 'watchdog']);
/** Words in the name of a body "the agency" may stand for ("… Weather Service", "… Prediction Center"). */
export const AGENCY_NAME_WORDS: ReadonlySet<string> = new Set([
  'agency', 'administration', 'bureau', 'authority', 'service', 'office', 'commission', 'center', 'centre', 'institute',
  'directorate', 'board', 'inspectorate', 'regulator',
]);
/** Words that make an organisation a public body, never "the company". */
export const PUBLIC_BODY_WORDS: ReadonlySet<string> = new Set([
  'government', 'ministry', 'department', 'council', 'union', 'party', 'police', 'court', 'university', 'committee', 'commission',
  'agency', 'parliament', 'congress', 'senate', 'assembly', 'army', 'navy', 'school', 'hospital', 'church', 'office', 'administration',
  'force', 'military', 'bureau', 'authority', 'service', 'corps', 'guard',
]);
