// Common nouns an article uses for an organisation once it has named it ("the union", "the company").
// Words of the language only.
export const ORGANISATION_NOUNS = [
  'union', 'company', 'firm', 'group', 'association', 'council', 'trust', 'board', 'ministry', 'department', 'club',
  'party', 'federation', 'league', 'corporation', 'bank', 'airline', 'university', 'school', 'hospital', 'agency',
  'commission', 'authority', 'government', 'administration', 'regime', 'employer', 'operator', 'owner',
  'manufacturer', 'retailer', 'supplier', 'insurer', 'developer', 'charity', 'society', 'institute', 'college',
  'organisation', 'organization', 'plant', 'factory', 'mine', 'campaign', 'coalition', 'network', 'chain', 'operator',
  'landlord', 'developer', 'state', 'city', 'county', 'district', 'network', 'broadcaster', 'publisher', 'platform',
  'carrier', 'lender', 'provider', 'maker', 'producer', 'exporter', 'importer', 'distributor', 'regulator',
  'newspaper', 'watchdog', 'nonprofit', 'non-profit', 'alliance', 'movement', 'foundation',
] as const;

/** The same words, for look-ups. */
export const ORGANISATION_NOUN_SET: ReadonlySet<string> = new Set(ORGANISATION_NOUNS);

/** Words for a body that are also surnames ("George Church", "Ann Temple"): a name ending in one is a person's when
 *  the article describes them by a person's job. */
export const BODY_WORDS_ALSO_SURNAMES: ReadonlySet<string> = new Set([
  'church', 'temple', 'chapel', 'hall', 'castle', 'abbey',
]);

/** Words a company's legal name ends with that its everyday name leaves off ("Acme Corp" is "Acme"). */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'ltd', 'plc', 'llc', 'llp', 'co', 'corp', 'corporation', 'company', 'group', 'holdings', 'gmbh', 'ag', 'sa',
  'nv', 'bv', 'limited', 'incorporated',
]);

/** Words in a labour body's name that "the union" stands for ("the Writers Guild of America … the union said"). */
export const LABOUR_BODY_WORDS: ReadonlySet<string> = new Set([
  'union', 'unions', 'guild', 'federation', 'brotherhood', 'teamsters', 'workers', 'employees', 'confederation',
]);
