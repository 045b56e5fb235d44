// Roles that belong to a government, whatever the country: "the Health Secretary", "the Prime Minister's spokeswoman".
// Words of the language only. analysis/sides places a speaker with one of these on the party that is the government.

/** Whole-word role phrases of the executive (lower case; matched case-insensitively). */
export const GOVERNMENT_ROLE_PHRASES = [
  'prime minister', 'deputy prime minister', 'first minister', 'minister', 'ministers', 'secretary of state',
  'chancellor of the exchequer', 'chancellor', 'premier', 'governor', 'lieutenant governor', 'mayor', 'cabinet',
  'attorney general', 'attorney-general', 'house speaker', 'speaker of the house', 'government spokesman',
  'government spokeswoman', 'government spokesperson', 'government official', 'government source',
  'downing street spokesman', 'downing street spokeswoman', 'white house press secretary', 'press secretary',
  'department of', 'department for', 'ministry of', 'ministry for', 'government', 'whitehall source', 'no 10 source', 'state department', 'treasury',
  'taoiseach', 'tanaiste', 'chief minister', 'home office', 'foreign office', 'administration official',
  'ambassador to', 'envoy to',
] as const;

/** "X Secretary" is a government post ("Health Secretary", "Foreign Secretary") unless X says otherwise. */
export const NON_GOVERNMENT_SECRETARY_WORDS = ['general', 'executive', 'assistant', 'company', 'union', 'national', 'club', 'branch', 'party'] as const;

/** Words that make a party name a government: "the Government", "the Republican-dominated state government". */
export const GOVERNMENT_NOUNS = [
  'government', 'administration', 'ministry', 'ministers', 'cabinet', 'executive', 'department', 'legislature',
  'lawmakers', 'legislators', 'council', 'authorities', 'state', 'regime', 'whitehall', 'treasury',
] as const;

/** Head-of-state title usable alone: "President" with no organisation named beside it. */
export const HEAD_OF_STATE_TITLES = ['president', 'vice president', 'vice-president', 'king', 'queen'] as const;

/** Last words of a state's own bodies named after the country ("Israel Defense Forces", "Kenya Police", "Ukraine's Army"). */
export const STATE_BODY_WORDS = [
  'forces', 'force', 'army', 'military', 'navy', 'police', 'ministry', 'government', 'guard', 'gendarmerie', 'authorities',
] as const;
