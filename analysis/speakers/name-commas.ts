// Commas inside an organisation's name ("a partner at Barrow, Finch and Gale") are not the commas of an
// apposition. Every reader of a sentence's tokens cuts phrases at commas, so such a comma is dropped from the
// token list once, here: the phrase then reads as one, and its surface (taken from the text) keeps the comma.
import { HONORIFICS } from '../../data/honorifics';
import { NAME_TITLES } from '../../data/titles';
import { isRoleNoun, withoutDot } from './mentions';
import type { Token } from './tokens';

/** Prepositions that tie a role to its organisation ("chief executive of", "partner at", "lawyer with"). */
const ORG_PREPOSITIONS = new Set(['of', 'at', 'for', 'with']);
/** Words a firm's name may hold between its capitalised words. */
const NAME_JOINERS = new Set(['and', '&', 'of', 'on', 'the']);
/** How many capitalised words a run before a comma may have, and how far a role noun may sit from the preposition. */
const MAX_RUN = 6;
const ROLE_REACH = 4;

/**
 * The tokens without the commas inside organisation names. A comma is inside a name when a role noun, a
 * preposition and a capitalised run come before it ("chief executive of Barrow,"), and after it come only
 * capitalised runs separated by commas, the last one joined by "and"/"&" ("Finch and Gale"): the way firms
 * list their partners. People ("…, Jane Doe and John Roe") are not firms: an honorific or title stops it.
 */
export function withoutNameCommas(text: string, tokens: Token[]): Token[] {
  let drop: Set<number> | null = null;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'punct' || t.text !== ',' || !tokens[k - 1].capital || drop?.has(k)) continue;
    if (!roleBeforeRun(tokens, k)) continue;
    const commas = continuationCommas(text, tokens, k);
    if (!commas) continue;
    drop ??= new Set();
    for (const c of commas) drop.add(c);
  }
  return drop ? tokens.filter((_, k) => !drop!.has(k)) : tokens;
}

/** "… chief executive of Barrow" right before the comma at `comma`. */
function roleBeforeRun(tokens: readonly Token[], comma: number): boolean {
  let k = comma - 1;
  let run = 0;
  while (k >= 0 && tokens[k].kind === 'word' && (tokens[k].capital || (NAME_JOINERS.has(tokens[k].lower) && tokens[k - 1]?.capital)) && !tokens[k].possessive) {
    if (run++ >= MAX_RUN) return false;
    k--;
  }
  if (k >= 1 && tokens[k].lower === 'the') k--; // "at the Council on Energy,"
  if (k < 1 || tokens[k].kind !== 'word' || !ORG_PREPOSITIONS.has(tokens[k].lower)) return false;
  for (let r = k - 1; r >= 0 && r >= k - ROLE_REACH && tokens[r].kind === 'word'; r--) {
    if (isRoleNoun(tokens[r].lower)) return true;
  }
  return false;
}

/** The commas of the name's continuation after `comma` (itself included), or null when it is not one. */
function continuationCommas(text: string, tokens: readonly Token[], comma: number): number[] | null {
  const commas = [comma];
  let k = comma + 1;
  for (;;) {
    const start = k;
    let joined = false;
    while (k < tokens.length && tokens[k].kind === 'word') {
      const w = tokens[k];
      const l = withoutDot(w.lower);
      if (HONORIFICS.has(l) || NAME_TITLES.has(l)) return null;
      if (NAME_JOINERS.has(w.lower)) {
        if (!tokens[k + 1]?.capital || k === start) return null;
        joined ||= w.lower === 'and' || w.lower === '&';
      } else if (!w.capital) break;
      // "Finch & Gale": a lone ampersand makes no token; it sits in the gap between two words.
      else if (k > start && text.slice(tokens[k - 1].end, w.start).includes('&')) joined = true;
      k++;
    }
    if (k === start || k - start > MAX_RUN) return null;
    if (joined) return commas;
    if (tokens[k]?.text !== ',' || commas.length >= 3) return null;
    commas.push(k);
    k++;
  }
}
