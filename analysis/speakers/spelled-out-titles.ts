// A role in words, not abbreviations: "Sen." → "senator", "Republican Gov." → "Republican governor". The analysis
// keeps a role as the article prints it; what reads a role's meaning (the sides pass) or shows it to a reader spells
// it out here.
import { TITLE_ABBREVIATIONS } from '../../data/titles';

export function spelledOutTitles(role: string): string {
  if (!role.includes('.')) return role; // nothing abbreviated: no regex run
  return role.replace(/(?<![\p{L}.])(\p{L}+)\.(?!\p{L})/gu, (abbreviated, word: string) => TITLE_ABBREVIATIONS.get(word.toLowerCase()) ?? abbreviated);
}
