// Whether a party is someone who can take a side: people or an organisation that acts or speaks. "Air pollution"
// in "cities struggle with air pollution" is a problem the article explains, not a party to a dispute.
import { ORGANISATION_NOUNS } from '../../data/organisation-nouns';
import { PEOPLE_NOUNS } from '../../data/dispute-phrases';
import { isGroupNoun } from '../../data/titles';
import { stem } from './words';

const BODY_STEMS = new Set([...ORGANISATION_NOUNS, ...PEOPLE_NOUNS].map((w) => stem(w)));
/** Nouns of people by their ending: "workers", "residents", "activists", "villagers", "employees". */
const PERSON_ENDING = /(?:ers|ors|ists|ians|ants|ents|ees|men|women|folk)$/;

/** A party name that reads as people or an organisation: a proper name, an acronym, or a body's or people's noun. */
export function namesAnAgent(name: string): boolean {
  const words = name.replace(/\([^)]*\)/g, ' ').split(/\s+/).filter(Boolean);
  if (words.some((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An)$/.test(w))) return true;
  const last = (words.at(-1) ?? '').toLowerCase().replace(/['\u2019]s?$/u, '');
  return isGroupNoun(last) || BODY_STEMS.has(stem(last)) || PERSON_ENDING.test(last);
}
