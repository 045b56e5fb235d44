// A word quoted as a name or a term is nobody's speech.
import { describe, expect, it } from 'vitest';
import { isScareQuote, type QuotePlace } from '../../../analysis/quotes/classify';

/** The `nth` quotation of the text (0: the first), between straight double marks. */
function place(text: string, nth = 0): QuotePlace {
  let openAt = text.indexOf('"');
  for (let k = 0; k < nth; k++) openAt = text.indexOf('"', text.indexOf('"', openAt + 1) + 1);
  const closeAt = text.indexOf('"', openAt + 1);
  return { paragraphText: text, openAt, closeAt, text: text.slice(openAt + 1, closeAt), sentenceStart: 0 };
}

describe('isScareQuote: quoted names and terms', () => {
  it('drops "the use of "Go."" and "the word "sorry"", keeps a credited partial quote', () => {
    expect(isScareQuote(place('He repaid the fee he earned from the use of "Go."'), true)).toBe(true);
    expect(isScareQuote(place('She never once said the word "sorry" to them.'), true)).toBe(true);
    expect(isScareQuote(place('The new ferry, dubbed "Gull", sails on Monday.'), true)).toBe(true);
    expect(isScareQuote(place('The mayor called the plan "reckless" on Monday.'), true)).toBe(false);
  });

  it('drops a term named in the passive or with its article ("has been called the "agency model"", "known as the "green deal"")', () => {
    expect(isScareQuote(place('Acme embraced what has been called the "agency model" of pricing, its chief said.'), true)).toBe(true);
    expect(isScareQuote(place('The scheme, known as the "green deal", ends in May.'), true)).toBe(true);
    expect(isScareQuote(place('The device is called a "smart ring" by its makers.'), true)).toBe(true);
    expect(isScareQuote(place('Critics have called the scheme "a giveaway" all week.'), true)).toBe(false);
  });

  it('drops a title named by "called" after a noun ("a segment called "Final Verdict""), keeps "what he called"', () => {
    expect(isScareQuote(place('During a segment called "Final Verdict" on the channel, the two sparred.'), true)).toBe(true);
    expect(isScareQuote(place('She launched a programme named "Fresh Start," officials said.'), true)).toBe(true);
    expect(isScareQuote(place('The mayor attacked what he called "a Witch Hunt" on Tuesday.'), true)).toBe(false);
    expect(isScareQuote(place('They opened a shop called "we sell everything" in May.'), true)).toBe(false);
  });

  it('drops a handle or brand written as one word ("factcheckUK", "#MeToo", "@acme")', () => {
    expect(isScareQuote(place('The party was accused of renaming its account “factcheckUK” during the debate.'.replace(/[“”]/g, '"')), true)).toBe(true);
    expect(isScareQuote(place('She was accused of hijacking "#MeToo" for the campaign.'), true)).toBe(true);
    expect(isScareQuote(place('She accused them of trying to "blackmail" the Government.'), true)).toBe(false);
  });

  it('drops a title-case name after an article and its adjectives ("a dedicated "Topical Team""), keeps "was "Pure Evil""', () => {
    expect(isScareQuote(place('The panel recommended it, resulting in a dedicated "Topical Team" on the subject.'), true)).toBe(true);
    expect(isScareQuote(place('The mayor said the man was "Pure Evil" and left.'), true)).toBe(false);
    expect(isScareQuote(place('The mayor said the plan was a "Total Disaster" for the city.'), true)).toBe(false);
  });

  it('drops a translation in brackets after a quoted term (known as "La Violencia" ("The Violence"))', () => {
    const text = 'A period known as "La Violencia" ("The Violence") followed.';
    const openAt = text.indexOf('"', text.indexOf('(')), closeAt = text.indexOf('"', openAt + 1);
    expect(isScareQuote({ paragraphText: text, openAt, closeAt, text: text.slice(openAt + 1, closeAt), sentenceStart: 0 }, true)).toBe(true);
    const said = 'The mayor (who said "we will win") left.';
    const at = said.indexOf('"'), end = said.indexOf('"', at + 1);
    expect(isScareQuote({ paragraphText: said, openAt: at, closeAt: end, text: said.slice(at + 1, end), sentenceStart: 0 }, true)).toBe(false);
  });

  it('drops a nickname after "called" and the one it names (\'Everyone called Reed "Coach"\'), keeps a called-it verdict', () => {
    expect(isScareQuote(place('Everyone called Reed "Coach" because he once ran a team.'), true)).toBe(true);
    expect(isScareQuote(place('Fans call him "The Wall" at home.'), true)).toBe(true);
    expect(isScareQuote(place('The mayor called it "a disgrace" on Monday.'), true)).toBe(false);
  });

  it('drops a name someone gives for themselves, and a quoted name the sentence goes on from', () => {
    expect(isScareQuote(place('A man who would say only that his name was "Rafe" stood by.'), true)).toBe(true);
    expect(isScareQuote(place('A woman who identified herself only as "Mags" said little.'), true)).toBe(true);
    expect(isScareQuote(place('"Rafe" chimed in with a story.'), false)).toBe(true);
    expect(isScareQuote(place('Then "Rafe" and his friend went quiet.'), false)).toBe(true);
    // Words someone says stay theirs: a speech verb comes before them.
    expect(isScareQuote(place('She shouted "Stop" at the driver.'), true)).toBe(false);
  });
});

describe('isScareQuote: titles with the writer\'s comma or stop, and glosses', () => {
  it('drops a title after "in" or after the kind of work, its comma or stop inside the marks', () => {
    expect(isScareQuote(place('He won for his role as a stunt man in "Once Upon A Time in Hollywood," while she won for another.'), true)).toBe(true);
    expect(isScareQuote(place('She said the prize should have gone to the British comedy "Fleabag."'), true)).toBe(true);
    expect(isScareQuote(place('He said in "We will fight on," that the war was not over.'), true)).toBe(false);
  });

  it('drops the meaning of a foreign term given after "or", keeps an answer after "or" that is no gloss', () => {
    expect(isScareQuote(place('He signed so-called "Schutzvertraege," or "protection contracts," with the chiefs.', 1), true)).toBe(true);
    expect(isScareQuote(place('He earned the nickname "mkono wa damu," or "the man with the bloody hand," for his cruelty.', 1), true)).toBe(true);
    expect(isScareQuote(place('Asked whether "the plan as drafted by the council" would pass or "fail again in the chamber next year," he shrugged.', 1), true)).toBe(false);
  });

  it('drops a title after "titled" or "entitled", however long, keeps quoted sentences after it', () => {
    expect(isScareQuote(place('A study titled "Solar Lamps: Using Renewable Energy for Safety in Small Towns" found as much.'), true)).toBe(true);
    expect(isScareQuote(place('The report, entitled "Why we keep failing our children," was published on Monday.'), true)).toBe(true);
    expect(isScareQuote(place('He felt entitled "to every penny. I earned it," he said.'), true)).toBe(false);
  });

  it('drops titles the writer points to in "(see …)", and a name given after "dubbed a"', () => {
    const see = 'Scientists have used it in monkeys (see "Gene Surgery" and "10 Breakthrough Technologies 2014: Gene Editing").';
    expect(isScareQuote(place(see), true)).toBe(true);
    expect(isScareQuote(place(see, 1), true)).toBe(true);
    expect(isScareQuote(place('The system, dubbed a "search and replace function" for DNA, is cheap.'), true)).toBe(true);
    expect(isScareQuote(place('She dubbed it "a search and replace function" on Monday.'), true)).toBe(false);
  });
});
