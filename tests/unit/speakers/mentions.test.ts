import { describe, expect, it } from 'vitest';
import { classifyPhrase } from '../../../analysis/speakers/mentions';
import { tokenize } from '../../../analysis/speakers/tokens';
import { findSpeechEvents } from '../../../analysis/speakers/events';
import { findAcronyms } from '../../../analysis/speakers/acronyms';
import { attribute } from './helpers';

const phrase = (text: string) => classifyPhrase(text, tokenize(text, 0, text.length));

describe('tokens', () => {
  it('folds a quotation into one token and strips possessives', () => {
    const text = '“We will win,” the union’s leader said.';
    const tokens = tokenize(text, 0, text.length, [{ start: 1, end: 13, index: 0 }]);
    expect(tokens.map((t) => (t.kind === 'quote' ? 'Q' : t.text))).toEqual(['Q', 'the', 'union', 'leader', 'said']);
    expect(tokens[2].possessive).toBe(true);
  });
  it('reads a hyphen between spaces as a dash, inside a word as part of it', () => {
    const text = 'Ann Lee - a well-known nurse - said.';
    expect(tokenize(text, 0, text.length).map((t) => t.text)).toEqual(['Ann', 'Lee', '-', 'a', 'well-known', 'nurse', '-', 'said']);
  });
  it('strips a plural possessive mark and a sentence-final dot', () => {
    const text = 'the Dock Workers’ Union and more.';
    const tokens = tokenize(text, 0, text.length);
    expect(tokens.map((t) => t.text)).toEqual(['the', 'Dock', 'Workers', 'Union', 'and', 'more']);
    expect(tokens[2]).toMatchObject({ possessive: true, pluralPossessive: true });
  });
  it('keeps the dot of an abbreviation', () => {
    const text = 'Gov. Ann Lee spoke.';
    expect(tokenize(text, 0, text.length).map((t) => t.text)).toEqual(['Gov', 'Ann', 'Lee', 'spoke']);
  });
});

describe('noun phrases', () => {
  it('splits a title from a name', () => {
    const ref = phrase('Labour leader Tom Hale');
    expect(ref).toMatchObject({ type: 'name', words: ['Tom', 'Hale'], title: 'Labour leader', kind: 'person' });
    expect(phrase('Deputy Mayor Rosa Lind')).toMatchObject({ words: ['Rosa', 'Lind'], title: 'Deputy Mayor' });
    expect(phrase('Mr Hale')).toMatchObject({ words: ['Hale'], honorific: 'mr', gender: 'm' });
  });
  it('knows organisations, descriptions and groups', () => {
    expect(phrase('Fairview Hospital')).toMatchObject({ type: 'name', kind: 'organisation' });
    expect(phrase('the Health Secretary')).toMatchObject({ type: 'description', titleOnly: true });
    expect(phrase('the spokeswoman')).toMatchObject({ type: 'description', head: 'spokeswoman', gender: 'f', definite: true });
    expect(phrase('more than twenty head teachers')).toMatchObject({ type: 'description', kind: 'group', text: 'head teachers' });
    expect(phrase('the union')).toMatchObject({ type: 'description', kind: 'organisation' });
  });
  it('refuses clauses and verb phrases', () => {
    expect(phrase('the plan was late')).toBeNull();
    expect(phrase('teachers wearing red surrounded the hall')).toBeNull();
  });
  it('reads a statement and its author', () => {
    expect(phrase('The Greens’ letter')).toMatchObject({ type: 'statement', author: { type: 'name' } });
    expect(phrase('The letter')).toMatchObject({ type: 'statement', author: null });
  });
});

describe('speech events', () => {
  const events = (text: string) => findSpeechEvents(text, tokenize(text, 0, text.length));
  it('never reads the noun after "of" as a verb ("heads of state")', () => {
    expect(events('She flew to parties with billionaires, royals and heads of state.')).toEqual([]);
    expect(events('The strike was retaliation for attacks on the city.')).toEqual([]);
  });
  it('never gives a participle the subject of a verb inside its own words ("saying they … he felt")', () => {
    const found = events('Earlier Saturday, Jane Doe apologised for her actions, saying they stemmed from the urgency he felt.');
    expect(found.find((e) => e.verb?.participle)?.subject).toBeNull();
  });
  it('finds subjects before and after the verb, through appositions', () => {
    expect(events('Ann Lee, a nurse at the clinic, said the ward was full.')[0].subject).toMatchObject({ words: ['Ann', 'Lee'] });
    expect(events('The head of the union, Ann Lee, told reporters.')[0]).toMatchObject({ subject: { words: ['Ann', 'Lee'] }, apposition: { head: 'head' } });
    expect(events('Ann Lee, who runs the clinic, said so.')[0].subject).toMatchObject({ words: ['Ann', 'Lee'] });
  });
  it('shares the subject with "and" and participles', () => {
    const e = events('Ann Lee said the ward was full, adding that staff were tired.');
    expect(e).toHaveLength(2);
    expect(e[1].shared).toBe(true);
  });
  it('ignores infinitives, nouns and bare verbs after a singular subject', () => {
    expect(events('They have to declare every gift.')).toHaveLength(0);
    expect(events('His claim was false.')).toHaveLength(0);
    expect(events('The report said nothing.')[0].subject?.type).toBe('statement');
  });
});

describe('acronyms', () => {
  it('links an acronym to the capitalised words that spell it', () => {
    const found = findAcronyms(['Members of the Royal College of Nursing (RCN) met the Food Standards Agency (FSA).']);
    expect(found.get('RCN')).toBe('Royal College of Nursing');
    expect(found.get('FSA')).toBe('Food Standards Agency');
  });
  it('links an acronym used without brackets to the one body the article names in full, never to a person', () => {
    const found = findAcronyms(['The Valdoria Defense Forces arrested him on Tuesday.', 'The VDF said so. JFK was shot in Dallas, said John F. Kennedy Jr.']);
    expect(found.get('VDF')).toBe('Valdoria Defense Forces');
    expect(found.has('JFK')).toBe(false);
  });
  it('links a hyphenated acronym to a long name joined by a hyphen, and leaves the short acronym of its first words alone', () => {
    const found = findAcronyms(['The board of the Screen Players Guild-American Federation of Radio and Stage Artists met.', 'SPG-AFRSA members voted; the SPG strike ended.']);
    expect(found.get('SPG-AFRSA')).toBe('Screen Players Guild-American Federation of Radio and Stage Artists');
    expect(found.has('SPG')).toBe(false);
  });
});

describe('tokens beyond plain ASCII', () => {
  it('reads a word that runs into accented letters whole, with its possessive', () => {
    const text = 'Zoë’s union and the Workers’ leader spoke.';
    const tokens = tokenize(text, 0, text.length);
    expect(tokens.map((t) => t.text)).toEqual(['Zoë', 'union', 'and', 'the', 'Workers', 'leader', 'spoke']);
    expect(tokens[0]).toMatchObject({ possessive: true, pluralPossessive: false, capital: true, lower: 'zoë' });
    expect(tokens[4]).toMatchObject({ possessive: true, pluralPossessive: true });
  });
  it('treats a capital outside ASCII as a capital', () => {
    const text = 'Élodie Marchand said it.';
    expect(tokenize(text, 0, text.length).map((t) => t.capital)).toEqual([true, true, false, false]);
    expect(phrase('Élodie Marchand')).toMatchObject({ type: 'name', words: ['Élodie', 'Marchand'] });
  });
});

describe('a common word capitalised because it opens the sentence ("New signs appeared …")', () => {
  it('names nobody when the article writes it in lower case too', () => {
    const a = attribute([
      'Acme Foods opened new shops this spring.',
      'New signs in the shops appeared this month: “Lower prices. Same high standards,” reads one.',
      'At the same time, the company says its deals have saved shoppers “millions of pounds” this year.',
    ]);
    expect(a.speakers.map((s) => s.name)).not.toContain('New');
  });

  it('still names the person the article calls by that word ("Page said" after "Lina Page")', () => {
    const a = attribute([
      'Lina Page founded the studio, and each page of its catalogue lists a film.',
      'Page said: “We only make films we would watch ourselves.”',
    ]);
    expect(a.who('We only make films')).toBe('Lina Page');
  });
});

describe('a body named by what it is for', () => {
  it('reads "the new committee on Kestrel" as an organisation, not "the union on Monday"', () => {
    expect(phrase('the new committee on Kestrel')).toMatchObject({ type: 'description', kind: 'organisation', head: 'committee' });
    expect(phrase('the union on Monday')).toBeNull();
    expect(phrase('a scholar at the Institute')).toMatchObject({ kind: 'person', head: 'scholar' });
  });
  it('is the author of the letter it sends', () => {
    const a = attribute([
      'The new House committee on Kestrel sent a letter Wednesday to the minister demanding answers.',
      '“Only after this report did the ministry act,” the letter stated.',
    ]);
    expect(a.who('Only after this report')).toBe('new House committee on Kestrel');
  });
});
