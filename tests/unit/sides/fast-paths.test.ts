// The sides pass skips work it can prove useless (a framing rule on a sentence without its words, a token tokenised
// again, a party's mentions listed when one is enough, answers remembered within a call). Each shortcut must find
// exactly what the long way finds, on our own articles, odd spellings, and every page the tests can read.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../analysis';
import { buildDocument, splitSentences, type ArticleDocument } from '../../../analysis/document';
import { findQuotes } from '../../../analysis/quotes';
import { attributeQuotes } from '../../../analysis/speakers';
import { factsOf, ORGANISATION_NOUN_START, readArticleWords, SPORT_WORD, CUE_WORD, wordFacts } from '../../../analysis/sides/article-words';
import { ORGANISATION_NOUNS } from '../../../data/organisation-nouns';
import { FormTable } from '../../../analysis/sides/word-forms';
import { governmentPost } from '../../../analysis/sides/government-role';
import { findFramings, FRAMING_RULES } from '../../../analysis/sides/framing';
import { makeParty, mentionOffsets, mentionsParty } from '../../../analysis/sides/party';
import type { ArticleMeta } from '../../../analysis/types';
import { containsPhrase, contentStems, essentialPhrases, forEachLowerCaseToken, lowerCaseWords, readTokens, rememberPieceTokens, tokenStem, withTokenCache, wordTokens } from '../../../analysis/sides/words';
import { namesOf } from '../../../analysis/sides/speaker-context';
import { LAWSUIT, STRIKE, TRADE } from './articles';
import { OWN_PAGES, readPage, SAMPLES, SHARED_FIXTURES, sharedFixturePages } from '../page/support/pages';

const meta = (headline: string): ArticleMeta => ({ headline, published: '2026-03-02T09:00:00Z', outlet: null, authors: [], url: null, language: 'en' });

/** Invented sentences in the shapes the rules read, in odd capitals and spacing. */
const SHOUTED = {
  headline: 'UNION SUED THE COUNCIL',
  paragraphs: [
    'The STAND-OFF BETWEEN the Harbour Board and the Pilots Guild deepened. The Pilots Guild is SUING the Harbour Board.',
    'Ferry crews WALKED OUT at Northgate Ferries on Monday, and the Riverside Trust Has Come Under Fierce Criticism From tenants.',
    'Tenants CALLED FOR repairs from the Riverside Trust. The guild and the board REMAIN AT LOGGERHEADS over pay.',
    "The Pilots Guild Accused the Harbour Board OF lying. A lawsuit, FILED BY the guild against the board, was heard in court.",
    'The dispute\u00A0with the board began in May; the guild took the board to court, citing Smith v Harbour Board in the High Court.',
    'The Guild\u2019s War Of Words With the board and its legal battle with the port; a LEGAL CHALLENGE against the Harbour Board.',
    'The guild and the board, Locked Horns With each other, clashed with the port; strikers called for help from the Harbour Board.',
  ],
};

function ownArticles(): ArticleDocument[] {
  return [STRIKE, LAWSUIT, TRADE, SHOUTED].map((a) => buildDocument(a.paragraphs, meta(a.headline)));
}

function pageArticles(): ArticleDocument[] {
  const shared = sharedFixturePages()?.map((f) => join(SHARED_FIXTURES, f)) ?? [];
  const own = [OWN_PAGES, SAMPLES].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => join(dir, f)));
  return [...shared, ...own].map((path) => {
    const reading = readPage(path);
    return buildDocument(reading.paragraphs, reading.meta);
  });
}

const articles = [...ownArticles(), ...pageArticles()];

describe('the sides pass shortcuts find what the long way finds', () => {
  it('screening framing rules by their words loses no framing', () => {
    let found = 0;
    for (const d of articles) {
      const headline = d.meta.headline ? splitSentences(d.meta.headline, -1) : [];
      const everyRule = [...d.sentences.flat(), ...headline].flatMap((s) =>
        FRAMING_RULES.flatMap((rule) => rule(s.text).map((f) => ({ ...f, paragraph: s.paragraph }))),
      );
      expect(findFramings(d, readArticleWords(d))).toEqual(everyRule);
      found += everyRule.length;
    }
    expect(found).toBeGreaterThan(10); // the texts do hold framings, so the comparison means something
  });

  it('a token is its own only token, and its stem is its content stem', () => {
    const odd = "İSTANBUL ΟΔΥΣΣΕΥΣ Ma\u2019am's 13.5% ab's% x\u2019y\u2019s rock'n'roll ǅemal ﬁnance Straße the 2026 Doctors' union's";
    const texts = [odd, ...articles.flatMap((d) => d.paragraphs)];
    for (const token of texts.flatMap(wordTokens)) {
      expect(wordTokens(token)).toEqual([token]);
      expect(tokenStem(token)).toBe(contentStems(token)[0] ?? '');
    }
  });

  it('the scan of characters finds the words the token pattern finds', () => {
    const pattern = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?%?/gu;
    const odd = "don't O\u2019Neill's 12'5 ab'12 x'%y 50% \u{1D400}\u{1D401}c \uD800lone \u0663\u0664 \u2167th na\u00EFve caf\u00E9's \u00BD %%";
    for (const text of [odd, ...articles.flatMap((d) => d.paragraphs)]) {
      const expected = (text.toLowerCase().match(pattern) ?? []).map((w) => w.replace(/['\u2019]s$/u, '').replace(/\u2019/g, "'"));
      expect(wordTokens(text), text.slice(0, 60)).toEqual(expected.filter(Boolean));
    }
  });

  it('the scan of characters finds the lower-case words the word pattern finds', () => {
    const odd = "don't O\u2019Neill's covid-19 \u00E9lan \u00C9lan x-ray -ab 'tis \u{1D41A}bc \u{1D400}bc \uD800x stra\u00DFe";
    for (const text of [odd, ...articles.flatMap((d) => d.paragraphs)]) {
      const expected = [...text.matchAll(/[\p{L}][\p{L}'\u2019-]*/gu)].map((m) => m[0]).filter((w) => /^\p{Ll}/u.test(w));
      expect(lowerCaseWords(text), text.slice(0, 60)).toEqual(expected);
    }
  });

  it('the lower-case words are read as their tokens with their stems, as tokenising each word gives them', () => {
    const odd = "don't O\u2019Neill's covid-19 \u00E9lan \u00C9lan x-ray -ab 'tis \u{1D41A}bc \u{1D400}bc \uD800x stra\u00DFe the the";
    for (const text of [odd, ...articles.flatMap((d) => d.paragraphs)]) {
      const expected = lowerCaseWords(text).flatMap((w) => readTokens(w)).map((t) => [t, tokenStem(t)]);
      const read: string[][] = [];
      forEachLowerCaseToken(text, (token, stem) => read.push([token, stem]));
      expect(read, text.slice(0, 60)).toEqual(expected);
    }
  });

  it('a whole-phrase search finds a phrase where letters and digits do not run on around it', () => {
    const around = (h: string, p: string) => {
      for (let i = h.indexOf(p); i >= 0; i = h.indexOf(p, i + 1)) {
        if (!/[\p{L}\p{N}]/u.test(h[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(h[i + p.length] ?? '')) return true;
      }
      return false;
    };
    const odd = 'nhs nhsx the nhs\u2019s \u00E9nhs nhs\u0663 \u{1D41A}nhs nhs\u{1D41A} 5nhs';
    let checked = 0;
    for (const text of [odd, ...articles.flatMap((d) => d.paragraphs)]) {
      const lower = text.toLowerCase();
      for (const phrase of ['nhs', 'the', 'union', 'a', 'said', ...wordTokens(text).slice(0, 30)]) {
        expect(containsPhrase(lower, phrase), `${phrase} in ${text.slice(0, 40)}`).toBe(around(lower, phrase));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('a text names one of the speakers when it holds one of the essential names, exactly as when it holds any name', () => {
    // A full name holding a surname, a role holding a shorter role, the same name twice, and names that only
    // look alike ("porters", "mark-porter", a digit or a letter beyond ASCII next to the shorter one).
    const odd = ['mark porter', 'porter', 'porters', 'mark-porter', 'porter2', '\u00E9porter', 'prime minister', "prime minister's spokeswoman", 'hunt', 'hunt', '', 'mr hunt'];
    let checked = 0;
    for (const d of articles) {
      const speakers = attributeQuotes(d, findQuotes(d)).speakers;
      const names = [...odd, ...speakers.flatMap(namesOf).map((n) => n.toLowerCase())];
      const essential = essentialPhrases(names);
      expect(essential.length).toBeLessThan(names.length);
      for (const text of [...d.paragraphs, ...d.sentences.flat().map((s) => s.text), 'Mark-Porter said', 'porter2 and \u00E9porter']) {
        const lower = text.toLowerCase();
        expect(essential.some((n) => containsPhrase(lower, n)), text.slice(0, 60)).toBe(names.some((n) => containsPhrase(lower, n)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('a sentence or any stretch of a paragraph gets the tokens of its own text when they are cut from the paragraph\'s', () => {
    const odd = "The \u03A3TOCK\u03A3 \u2018union\u2019s\u2019 x\u2019ll rock'n'roll 13.5% \u0130STANBUL said: \u201Cno.\u201D";
    let pieces = 0;
    for (const paragraph of [odd, ...articles.flatMap((d) => d.paragraphs)]) {
      // Sentences, and stretches that start and end anywhere, inside words too.
      const stretches = [...splitSentences(paragraph)];
      for (let at = 0; at < paragraph.length; at += 11) {
        const end = Math.min(paragraph.length, at + 23);
        stretches.push({ ...stretches[0], start: at, end, text: paragraph.slice(at, end) });
      }
      const alone = stretches.map((s) => wordTokens(s.text)); // outside a call: tokenised on its own
      withTokenCache(() => {
        rememberPieceTokens(paragraph, stretches);
        stretches.forEach((s, i) => expect(readTokens(s.text), s.text).toEqual(alone[i]));
        expect(readTokens(paragraph)).toEqual(wordTokens(paragraph));
      });
      pieces += stretches.length;
    }
    expect(pieces).toBeGreaterThan(1000);
  });

  it('whether a passage names a party agrees with where it names it', () => {
    const names = ['the British Medical Association (BMA)', 'Government', 'the Chinese-owned mining company', 'Harbour Board', 'the union'];
    const parties = names.map((n) => makeParty(n));
    for (const d of articles) {
      for (const s of d.sentences.flat()) {
        for (const party of parties) expect(mentionsParty(party, s.text)).toBe(mentionOffsets(party, s.text).length > 0);
      }
    }
    // A common noun's letters inside a longer word, after a letter beyond ASCII or a surrogate pair, capitalised
    // mid-sentence or after a quote mark, in a text whose lower case moves letters ("İ").
    const odd = [
      '\u00E9company', '\u{1D41A}mining', 'the company\u{1D41A} said', 'the Company said', '"Companies lie," she said.',
      'Mining. Companies', 'minings companys', 'the companies\u2019 bosses', '\u0130 the company', 'x mine', 'undermining',
      '\uD800company', 'co-mining firms', 'the comp any', 'Unions, and the union\u2019s',
    ];
    for (const text of odd) {
      for (const party of parties) expect(mentionsParty(party, text), text).toBe(mentionOffsets(party, text).length > 0);
    }
  });

  it('answers remembered inside one analysis do not leak into the next', () => {
    const analyse = () => analyzeArticle(STRIKE.paragraphs, meta(STRIKE.headline));
    const first = analyse();
    const again = withTokenCache(analyse); // even nested in an outer cache, the result is the same
    expect(again.sides).toEqual(first.sides);
    expect(again.responses).toEqual(first.responses);
    expect(first.sides.length).toBe(2);
  });

  it('the word-form table reads a plain paragraph\'s tokens as the tokeniser does, and leaves any other to it', () => {
    const forms = new FormTable((word) => `value of ${word}`);
    const plain = [
      "The union's members' pay, don't O'Neill's 13.5% ab's% x\u2019y\u2019s rock'n'roll \u201CNo,\u201D it\u2019s 50% \u2014 UNION\u2019S BMA\u2019s",
      "x's'y 'tis ''s a'b'c s's 9's 7'x y'S Z\u2019S%", 'caf\u00E9', '\u0130STANBUL', '\u03A3TOCK', '\u{1D400}bc', 'ab\u0663', 'no\u00A0break \u2167th',
    ];
    let read = 0;
    for (const text of [...plain, ...articles.flatMap((d) => d.paragraphs)]) {
      const scanned = forms.scan(text);
      if (!scanned) {
        // Left to the tokeniser only for a word with a letter or digit beyond ASCII.
        expect(/[^\x00-\x7F]/.test(wordTokens(text).join('')) || /[\p{L}\p{N}]/u.test(text.replace(/[\x00-\x7F]/g, '')), text).toBe(true);
        continue;
      }
      expect(scanned.tokens, text.slice(0, 60)).toEqual(wordTokens(text));
      expect(scanned.values).toEqual(scanned.tokens.map((t) => `value of ${t}`));
      // Each token's edges hold the text that tokenises to it alone.
      scanned.tokens.forEach((t, i) => expect(wordTokens(text.slice(scanned.starts[i], scanned.ends[i]))).toEqual([t]));
      read++;
    }
    expect(read).toBeGreaterThan(100); // most paragraphs of the articles are plain
    for (const odd of plain.slice(2)) expect(forms.scan(odd), odd).toBeNull();
  });

  it("the article's word table holds what reading each paragraph, sentence and quote alone gives", () => {
    let sentences = 0;
    for (const d of articles) {
      const quotes = attributeQuotes(d, findQuotes(d)).quotes;
      const table = withTokenCache(() => {
        const words = readArticleWords(d, quotes);
        quotes.forEach((q) => expect(readTokens(q.text)).toEqual(wordTokens(q.text))); // remembered quote tokens are right
        return words;
      });
      const paragraphFacts = d.paragraphs.map((p) => factsOf(wordTokens(p)));
      const all = paragraphFacts.flat();
      expect(table.sportWords).toBe(all.filter((f) => f.kinds & SPORT_WORD).length);
      expect(table.cueWords).toBe(all.filter((f) => f.kinds & CUE_WORD).length);
      expect(table.paragraphKinds).toEqual(paragraphFacts.map((fs) => fs.reduce((k, f) => k | f.kinds, 0)));
      d.sentences.flat().forEach((s, i) => {
        const own = factsOf(wordTokens(s.text));
        expect(table.sentenceFacts[i].slice(table.sentenceFrom[i], table.sentenceTo[i])).toEqual(own);
        expect(table.sentenceCues[i]).toBe(own.reduce((k, f) => k | f.framingCues, 0));
        sentences++;
      });
      for (const [q, facts] of table.quoteFacts) expect(facts).toEqual(factsOf(wordTokens(q.text)));
      // "the union" in a paragraph: a word of it begins with an organisation noun, so the alias reader looks there.
      const nouns = new Set<string>(ORGANISATION_NOUNS);
      d.paragraphs.forEach((p, i) => {
        const said = [...p.matchAll(/\b[Tt]he\s+(\p{Ll}+)\b/gu)].some((m) => nouns.has(m[1]));
        if (said) expect(table.paragraphKinds[i] & ORGANISATION_NOUN_START).toBeTruthy();
      });
    }
    expect(sentences).toBeGreaterThan(300);
    expect(wordFacts('strike').kinds & CUE_WORD).toBeTruthy();
  });

  it('a government post is read from a role in any case the pattern allows, and no post from a role without its words', () => {
    const posts: [string, string | null][] = [
      ['President', 'President'], ['the President', 'the President'], ['US President', 'US President'], ['Vice President', 'Vice President'],
      ['vice-President', null], ['former President', null], ['Teachers Association President', null], ['King', 'King'], ['queen', 'queen'],
      ['Health Secretary', 'Health Secretary'], ['general secretary', null], ['PRIME MINISTER', 'PRIME MINISTER'], ['Mark Porter', null],
      ['a spokesman for the Department for Transport', 'a spokesman for the Department for Transport'], ['Kingston Hospital', null], ['union president', null],
    ];
    for (const [role, post] of posts) expect(governmentPost(role), role).toBe(post);
  });
});
