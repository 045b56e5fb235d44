// The month of May after a word that names it, where chrono-node reads no month ("published this May in the
// journal", "last May", "since May."): the parser leaves "May" alone unless "in" comes before it, for the modal verb.
// Capitalised inside a sentence after such a word, "May" is the month ("this May", "early May", "since May").
import { cueWords, holdsAtCueWord } from '../cue-words';
import { matchesOf, type TimeExpression, type TimeRule } from '../expression';
import { placeMonth, placeMonthNamed } from '../refiners/place-month';
import { tenseAt } from '../tense';

const MAY_MONTH = 4;
const NAMED_MAY = /\b(this|last|next|early|late|mid-?|since|until|by|during|through|throughout)\s+May(?![\p{L}'’-])(?!\s+\d)/gu;
const MAY_WORDS = cueWords(['\\bmay']);
const MAY_WORD = /May/;
const MAY_AT_WORD = new RegExp(MAY_WORD.source, 'y');

export const mayRule: TimeRule = ({ sentence, offset, ref, cues }) =>
  (holdsAtCueWord(cues, MAY_WORDS, MAY_AT_WORD, MAY_WORD, sentence) ? matchesOf(NAMED_MAY, sentence) : []).map((m): TimeExpression => {
    // The month alone, as chrono gives "April" for "last April": the word before places it.
    const at = m.index + m[0].length - 'May'.length;
    const base = { start: offset + at, end: offset + m.index + m[0].length, kind: 'point' as const, origin: 'may' };
    if (!ref) return { ...base, date: null, precision: null };
    const word = m[1].toLowerCase();
    let date: Date;
    if (word === 'this') date = new Date(ref.getFullYear(), MAY_MONTH, 1, 12);
    else if (word === 'last' || word === 'since' || word === 'next') date = placeMonthNamed(MAY_MONTH, null, ref, word !== 'next');
    else {
      const tense = tenseAt(sentence, m.index, m.index + m[0].length);
      date = placeMonth(MAY_MONTH, null, ref, tense.ahead, tense.back);
    }
    return { ...base, date, precision: 'month' as const };
  });
