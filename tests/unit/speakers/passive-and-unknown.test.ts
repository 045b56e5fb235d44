import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a speech verb in the passive ("Doctors were told to stop")', () => {
  it('does not make the ones spoken to the speakers of a quotation nearby', () => {
    const a = attribute([
      'Doctors were told to halt the trial on Friday. The firm said later that the pill was “not effective.”',
      'Nurses were warned about the side effects. The firm said the trial had been “a learning exercise.”',
    ]);
    expect(a.who('not effective')).toBeNull();
    expect(a.who('a learning exercise')).toBeNull();
  });

  it('still lends its subject to a participle sharing it', () => {
    const a = attribute([
      'Two wardens were charged on Tuesday with falsifying logs, stating they had checked every cell that night.',
    ]);
    const checked = a.quotes.find((q) => q.kind === 'indirect' && q.text.startsWith('they had checked'));
    expect(a.speakers.find((s) => s.id === checked?.speakerId)?.name).toBe('wardens');
  });
});

describe('an unnamed group speaking before a quotation in its own sentence', () => {
  it('keeps the quotation from the person another sentence names', () => {
    const a = attribute([
      'Ana Ruiz said on Sunday that she had taken the photos herself. But somebody later instructed websites to “remove and block” the pictures.',
    ]);
    expect(a.who('remove and block')).toBeNull();
  });
});

describe('the one a passive verb speaks to', () => {
  it('comes into focus, so the "he" of the next quotation is them', () => {
    const a = attribute([
      'The goalkeeper was asked about the penalty save after the match.',
      '“I just guessed left and it worked out for me,” he said.',
    ]);
    expect(a.who('I just guessed')).toBe('goalkeeper');
  });
});

describe('a quotation that is the subject of a passive ("“…” are all thought to contribute, according to X")', () => {
  it('goes to the source the sentence ends with', () => {
    const a = attribute([
      'Nobody knows why the bees vanish, but “mites, poor weather or a new pesticide” are all thought to play a part, according to the Garden Pollinator Trust.',
    ]);
    expect(a.who('mites, poor weather')).toBe('Garden Pollinator Trust');
  });

  it('lets "all" and "both" sit between a subject and its verb', () => {
    const a = attribute(['The players all agreed that the coach had been “fair to everyone.”']);
    expect(a.who('fair to everyone')).toBe('players');
  });
});

describe('the agent of a passive speech verb ("was described as “…” by X")', () => {
  it('speaks the quotation', () => {
    const a = attribute([
      'The rail plan has been described as “reckless and rushed” by the Kestrel Commuters Union.',
      'The singer was told by her manager to “keep quiet about the tour.”',
      'The film was hailed as “a quiet triumph” in a review by critic Ann Wu.',
    ]);
    expect(a.who('reckless and rushed')).toBe('Kestrel Commuters Union');
    expect(a.who('keep quiet')).toBe('manager');
    expect(a.who('a quiet triumph')).toBe('Ann Wu');
  });

  it('is no one when "by" names a time or a means', () => {
    const a = attribute(['The bridge was described as “close to failing” by Friday, a week after the storm.']);
    expect(a.who('close to failing')).toBeNull();
  });
});

describe('words put to someone ("she was asked, “…”")', () => {
  it('are never the words of the one asked, even when she answers right after', () => {
    const a = attribute([
      'Prime Minister Jane Doe spoke at the debate on Monday.',
      'During the session, Doe was asked, “Do you feel any guilt?” The prime minister admitted that she did.',
      'When she was asked, “Will you keep saying that for decades?” Doe responded: “We will reach a conclusion.”',
    ]);
    expect(a.who('Do you feel')).toBeNull();
    expect(a.who('Will you keep')).toBeNull();
    expect(a.who('We will reach')).toBe('Jane Doe');
  });
  it('still go to whoever the paragraph says put them', () => {
    const a = attribute(['Jane Doe was advised by the policy unit to wait. In one note she was warned that “the exam is one nobody will fail”.']);
    expect(a.who('the exam is')).toBe('policy unit');
  });
});
