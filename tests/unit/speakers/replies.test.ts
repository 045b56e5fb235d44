// A reply comes from the one spoken to: after "Judge X told the defendant …", "He replied, “…”" is the defendant's.
// Only a reply verb right after the telling or asking moves the quote; "X asked Y …. “…,” X said" stays X's.
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a pronoun that replies right after someone was told or asked something', () => {
  it('is the one who was told', () => {
    const a = attribute(['Judge Mary Smith told the defendant to stand up in court.', 'He replied, “I did not do what they say I did.”']);
    expect(a.who('I did not do')).toBe('defendant');
  });

  it('is the one who was asked, in the same paragraph', () => {
    const a = attribute(['Defense lawyer Tom Hill asked Dr Ann Lee whether the wound was fatal. “It was not fatal at all, in my view,” she replied.']);
    expect(a.who('It was not fatal')).toBe('Ann Lee');
  });

  it('is the one who was asked, in the same sentence', () => {
    const a = attribute(['The prosecutor asked the witness where she had been, and she answered: “At home with my two children all night.”']);
    expect(a.who('At home')).toBe('witness');
  });
});

describe('what stays with the one who told or asked', () => {
  it.each([
    [['Tom Hill asked Ann Lee about the plan for the new year.', '“We will not change our minds on this,” Hill said.'], 'Tom Hill'],
    [['Tom Hill asked Ann Lee about the plan for the new year.', '“We will not change our minds on this,” he said.'], 'Tom Hill'],
    [['Coach Tom Hill told reporters the team was tired.', 'He replied to his critics: “We will be ready for the final, no doubt.”'], 'Tom Hill'],
    [['Mayor Ann Lee was asked by reporters whether she would resign.', 'She replied, “Not today and not next week either.”'], 'Ann Lee'],
    [['Judge Mary Smith told the defendant to stand up.', 'The room fell silent.', 'She replied, “I will hear the plea now, and then we break.”'], 'Mary Smith'],
  ])('%j', (paragraphs, speaker) => {
    const a = attribute(paragraphs);
    expect(a.speakers.find((s) => s.id === a.quotes[0].speakerId)?.name).toBe(speaker);
  });

  it('when the one told cannot be meant by the pronoun', () => {
    const a = attribute(['Judge Mary Smith told Mr Jones to sit down.', 'She replied, “Then we will begin again from the start.”']);
    expect(a.who('Then we will')).toBe('Mary Smith');
  });
});

describe('an answer whose sentence says who was asked', () => {
  it('stays with the one the sentence asks', () => {
    const a = attribute([
      'Ann Lee told a radio interviewer on Monday that she would stay in the job.',
      'Asked whether she would run again, she replied: “That is a question for another day, not today.”',
    ]);
    expect(a.who('That is a question')).toBe('Ann Lee');
  });
});
