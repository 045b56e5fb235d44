// A word capitalised at a sentence's start may be capitalised only for its place: "New signs appeared …", "May said".
// The article itself tells which: a word it also writes in lower case and calls no one by is a common word, and a
// month's name before "said" is a person only where the article calls someone so ("Theresa May").
import { CALENDAR_WORDS } from '../../data/time-words';
import { isAlnumCode } from '../quotes/char-class';
import type { NameRef, Ref } from './mentions';
import type { Registry } from './registry';
import type { Token } from './tokens';

export class SentenceCapitals {
  /** The article's text, joined on the first question (most sentences ask none). */
  private allText: string | null = null;

  constructor(
    private readonly paragraphs: readonly string[],
    private readonly registry: Registry,
  ) {}

  /** A one-word name that opens the sentence and is a common word in this article ("New signs appeared …"). */
  isCommonWord(ref: Ref | null, tokens: readonly Token[]): boolean {
    if (ref?.type !== 'name' || ref.words.length !== 1 || tokens[0]?.text !== ref.words[0]) return false;
    return this.writesInLowerCase(ref.words[0]) && !this.registry.callsSomeone(ref.words[0]);
  }

  /** "“…,” May said": a month's name right before the verb at `verbAt`, read as the person the article calls so. */
  calendarNamedSubject(tokens: readonly Token[], verbAt: number): NameRef | null {
    const t = tokens[verbAt - 1];
    if (t?.kind !== 'word' || !t.capital || !CALENDAR_WORDS.has(t.lower) || !this.registry.callsSomeone(t.text)) return null;
    return { type: 'name', words: [t.text], honorific: null, gender: null, title: null, org: null, kind: 'person', surface: t.text, firstNameHonorific: false };
  }

  private writesInLowerCase(word: string): boolean {
    const text = (this.allText ??= this.paragraphs.join(' '));
    const lower = word.toLowerCase();
    for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
      if (!isAlnumCode(text.charCodeAt(at - 1)) && !isAlnumCode(text.charCodeAt(at + lower.length))) return true;
    }
    return false;
  }
}
