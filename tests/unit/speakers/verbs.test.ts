import { describe, expect, it } from 'vitest';
import { inflect, speechVerb } from '../../../analysis/speakers/verbs';
import { analyzeArticle } from '../../../analysis';
import { attribute } from './helpers';

describe('speech verbs', () => {
  it('inflects regular, -y, -e and doubled verbs', () => {
    expect(inflect('warn')).toEqual(['warned', 'warns', 'warning']);
    expect(inflect('deny')).toEqual(['denied', 'denies', 'denying']);
    expect(inflect('argue')).toEqual(['argued', 'argues', 'arguing']);
    expect(inflect('admit')).toEqual(['admitted', 'admits', 'admitting']);
    expect(inflect('stress')).toEqual(['stressed', 'stresses', 'stressing']);
  });
  it('knows irregular forms and two-word verbs', () => {
    expect(speechVerb('told')?.base).toBe('tell');
    expect(speechVerb('Said')?.base).toBe('say');
    expect(speechVerb('wrote')?.base).toBe('write');
    expect(speechVerb('went', 'on')?.base).toBe('go on');
    expect(speechVerb('went', 'home')).toBeNull();
  });
  it('marks participles, bare forms and thinking verbs', () => {
    expect(speechVerb('adding')?.participle).toBe(true);
    expect(speechVerb('tweeted')?.participle).toBe(false);
    expect(speechVerb('argue')?.bare).toBe(true);
    expect(speechVerb('thought')?.thought).toBe(true);
    expect(speechVerb('insisted')?.reporting).toBe(true);
    expect(speechVerb('table')).toBeNull();
  });
});

describe('verbs of going on before "to"', () => {
  it('reads "continued to drop" as no speech, so a number is never taken for a speaker', () => {
    const a = attribute([
      '“Prices will rise,” said Mary Lovell, a university economist.',
      'Exports fell to $9 billion last year. That figure has continued to drop this year.',
      '“It is the tariffs, nothing else,” she said.',
    ]);
    expect(a.who('It is the tariffs')).toBe('Mary Lovell');
    expect(a.speakers.map((s) => s.name)).toEqual(['Mary Lovell']);
  });

  it('still reads "he continued" and "went on to say" as speech', () => {
    const a = attribute([
      '“The roads are safer,” said Piet Aalders, the transport chief. “Crashes are down,” he continued.',
      'He went on to say “the work is not finished.”',
    ]);
    expect(a.who('Crashes are down')).toBe('Piet Aalders');
    expect(a.who('the work is not finished')).toBe('Piet Aalders');
  });
});

describe('verbs of complaining', () => {
  it('credits a partial quote after "bemoans that" to the one bemoaning', () => {
    const a = attribute([
      '“The book was a gem,” said Ruth Kale, a critic.',
      'Kale still bemoans that the sequel “should have been sold as a thriller, not a romance.”',
    ]);
    expect(a.who('should have been sold')).toBe('Ruth Kale');
  });
});

describe('"instructed" and "summed up" introduce words', () => {
  it('inflects "sum up" with its doubled consonant', () => {
    expect(speechVerb('summed', 'up')?.base).toBe('sum up');
    expect(speechVerb('summing', 'up')?.participle).toBe(true);
    expect(speechVerb('summed', 'it')).toBeNull();
  });

  it('credits the quotation to the one instructing or summing up', () => {
    const a = attribute([
      '“Keep your head down and wait for my signal,” instructed Sgt. Mark Lyle.',
      'Coach Amy Ford summed up the season with a single image. “A marathon run in the rain, every single week.”',
    ]);
    expect(a.who('Keep your head down')).toBe('Mark Lyle');
    expect(a.who('A marathon run')).toBe('Amy Ford');
  });
});

describe('verbs of the manner of speaking', () => {
  it('credits a quotation to the one who fumed or gushed it', () => {
    const a = attribute([
      '“That was a disgrace,” coach Ivo Marsh fumed after the loss.',
      '“We have never seen anything like it,” gushed Pia Lund, the museum’s curator.',
    ]);
    expect(a.who('That was a disgrace')).toBe('Ivo Marsh');
    expect(a.who('We have never seen')).toBe('Pia Lund');
  });
});

describe('verbs of setting out', () => {
  it('reads "detailed" and "outlined" after a quotation as speech, and "a detailed report" as none', () => {
    const a = attribute([
      '“The plan has brought one system to every town,” Jane Doe detailed.',
      '“It will cost more than we hoped,” John Roe outlined. A detailed report followed.',
    ]);
    expect(a.who('The plan has brought')).toBe('Jane Doe');
    expect(a.who('It will cost more')).toBe('John Roe');
  });
});

describe('verbs of comparing', () => {
  it('credits the words something is compared or likened to, and only words that follow in the sentence', () => {
    const a = attribute([
      'Jane Doe, director of the Acme agency, compared the tactics to “mafia methods, when criminals run the town”.',
      'John Roe likened the plan to “a slow-motion car crash”.',
      'The court compared the ruling to earlier cases. “It was a fair result,” Ann Poe said.',
    ]);
    expect(a.who('mafia methods')).toBe('Jane Doe');
    expect(a.who('a slow-motion car crash')).toBe('John Roe');
    expect(a.who('It was a fair result')).toBe('Ann Poe');
    expect(a.speaker('court')).toBeUndefined();
  });
  it('reads "sold compared to" inside reported words as no new speech', () => {
    const a = attribute(['Ann Poe said the shop had a loyal market, as more books are sold compared to its rivals.']);
    expect(a.quotes.map((q) => q.text)).toEqual(['the shop had a loyal market, as more books are sold compared to its rivals']);
  });
});

describe('"shared" as a verb of speaking', () => {
  it('credits the quotation beside "shared" to its subject, and reads "Acme shares" as stock', () => {
    const a = attribute([
      '“I like to see it from the fans’ side,” Ivo Marsh shared. “I am a fan of live music.”',
      'Acme shares “soared” on Monday.',
      '“We are thrilled,” Pia Lund shared.',
    ]);
    expect(a.who('I like to see it')).toBe('Ivo Marsh');
    expect(a.who('I am a fan')).toBe('Ivo Marsh');
    expect(a.who('We are thrilled')).toBe('Pia Lund');
    expect(a.who('soared')).toBeNull();
  });
});

describe('"had this to say"', () => {
  it('credits the words after it to the subject, and "had nothing to say" to nobody', () => {
    const a = attribute([
      'On Saturday a spokesman for the Defence Commission had this to say about the film: “The president always goes reckless in words and deeds.”',
      'Jane Doe had the following to say: “We will not go quietly into the night.”',
      'John Roe had nothing to say. “The shop is closed,” read a sign on the door.',
    ]);
    expect(a.who('The president always')).toBe('spokesman for the Defence Commission');
    expect(a.who('We will not go')).toBe('Jane Doe');
    expect(a.who('The shop is closed')).not.toBe('John Roe');
  });
});

describe('tags of a feature writer ("“…,” she shares", "he reflects") and "Adv" before a name', () => {
  it('credits the quotation before "X shares." and "he reflects," to the speaker, and reads "Adv" as advocate', () => {
    const a = attribute([
      'Advocate Mokitimi Lerato was raised by his grandmother in Roma.',
      '“My grandmother was the shield against poverty,” he reflects, looking back on his childhood.',
      '“Education was a passion driven by my father,” Adv Lerato shares.',
    ]);
    expect(a.who('My grandmother was the shield')).toBe('Mokitimi Lerato');
    expect(a.who('Education was a passion')).toBe('Mokitimi Lerato');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['Mokitimi Lerato', 'Advocate']]);
  });

  it('keeps "Acme shares" a stock, and a scare quote after "reflects" or "will reflect" nobody’s words', () => {
    const a = analyzeArticle(['Acme shares “soared” on Monday.', 'The rise reflects the “stagnation” of wages.', 'The talks will reflect the nation’s “culture.”'], {
      headline: null, published: null, outlet: null, authors: [], url: null, language: 'en',
    });
    expect(a.quotes.filter((q) => q.kind !== 'indirect').map((q) => q.text)).toEqual([]);
  });
});
