import { describe, expect, it } from 'vitest';
import { cueForms, hasSpeechCue } from '../../../analysis/quotes/speech-cue';

describe('hasSpeechCue', () => {
  it('finds inflected speech verbs and source phrases', () => {
    for (const s of ['the minister said on Monday', 'she told MPs', 'He accused them of', 'they have warned', 'according to the council', 'in a statement on Friday', 'he refused to comment', 'insisting it was fine', 'the report stated', 'she noted', 'as he put it']) {
      expect(hasSpeechCue(s), s).toBe(true);
    }
  });

  it('does not take nouns or "so-called" for a speech verb', () => {
    for (const s of ['the state has the money', 'his tweets and posts', 'a so-called reform', 'the reports were late', 'a note from the state']) {
      expect(hasSpeechCue(s), s).toBe(false);
    }
  });
});

describe('cueForms', () => {
  it('inflects regular verbs', () => {
    expect(cueForms('deny')).toEqual(expect.arrayContaining(['denied', 'denies', 'denying']));
    expect(cueForms('admit')).toEqual(expect.arrayContaining(['admitted', 'admits', 'admitting']));
    expect(cueForms('urge')).toEqual(expect.arrayContaining(['urged', 'urges', 'urging']));
  });
});

describe('phrasal speech verbs as cues', () => {
  it('credits words quoted after a phrasal speech verb', () => {
    expect(hasSpeechCue('The host chimed in, noting the offer was')).toBe(true);
    expect(hasSpeechCue('The analyst weighs in on the plan')).toBe(true);
  });
});

describe('speech cues in any script', () => {
  it('finds the verb after words with accents, curly apostrophes or letters outside the BMP', () => {
    expect(hasSpeechCue('İlkay Demir said on Monday')).toBe(true); // "İ" grows when lower-cased
    expect(hasSpeechCue('the 𝒳 team said')).toBe(true);
    expect(hasSpeechCue('the naïve café owner said')).toBe(true);
    expect(hasSpeechCue('The council didn’t comment')).toBe(true);
  });
  it('still reads a word after a hyphen as part of a compound', () => {
    expect(hasSpeechCue('a well-said line in 𝒳')).toBe(false);
    expect(hasSpeechCue('a well-said line')).toBe(false);
  });
});

describe('a verb after "tough to", "hard to"', () => {
  it('is no speech cue, so a short quoted term there stays a scare quote', () => {
    for (const s of ['the old mains are tough to maintain', 'the rule is hard to explain', 'an easy to answer question']) {
      expect(hasSpeechCue(s), s).toBe(false);
    }
    expect(hasSpeechCue('she refused to explain')).toBe(true);
  });
});
