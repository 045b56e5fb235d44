// What a speaker's profile says they are: their role, and their organisation unless the role already names it
// ("attorney for the Lawyers Guild" needs no ", Lawyers Guild" after it), in words rather than abbreviations ("Gov."
// reads "governor"). Shared by the popup and the hover card.
import { spelledOutTitles } from '../../analysis/speakers/spelled-out-titles';

export interface SpeakerAbout {
  role: string | null;
  org: string | null;
}

export function speakerAbout(speaker: { name: string; role: string | null; org: string | null }): SpeakerAbout {
  const { name, role, org } = speaker;
  const shownRole = role && role !== name ? spelledOutTitles(role) : null;
  const shownOrg = org && org !== name && !(shownRole && namesWholly(shownRole, org)) ? org : null;
  return { role: shownRole, org: shownOrg };
}

/** Whether the role holds the organisation's name as whole words, in any case. */
function namesWholly(role: string, org: string): boolean {
  const at = role.toLowerCase().indexOf(org.toLowerCase());
  if (at < 0) return false;
  const isWordChar = (ch: string) => /[\p{L}\p{N}]/u.test(ch);
  return !isWordChar(role.charAt(at - 1)) && !isWordChar(role.charAt(at + org.length));
}
