// A name with a label before it and a role set beside it by commas: which one the reader is shown as the role.
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a label before the name and a job beside it', () => {
  it('takes the job over a descriptive label', () => {
    const a = attribute(['Senior author Dr. Ann Kirk, associate professor of nursing at Kestrel University, said: “The rise is worrying for all of us.”']);
    expect(a.speaker('Ann Kirk')).toMatchObject({ role: 'associate professor of nursing', org: 'Kestrel University' });
  });
  it('takes the job over a military rank', () => {
    const a = attribute(['Cmdr. Omar Bell, a spokesperson for Operation Dawn, told reporters the claim “is patently false.”']);
    expect(a.speaker('Omar Bell')?.role).toBe('spokesperson for Operation Dawn');
  });
  it('takes the job given later over a descriptive label', () => {
    const a = attribute([
      'Acme executive Ravi Menon said the launch went well.',
      '“We had some issues,” Menon, Acme’s chairman of streaming, said on Tuesday.',
    ]);
    expect(a.speaker('Ravi Menon')?.role).toBe('chairman of streaming');
  });
  it('keeps a title of office', () => {
    const a = attribute(['Ambassador Rhea Lund, the most awaited witness of the week, said she had “nothing to hide.”']);
    expect(a.speaker('Rhea Lund')?.role).toBe('Ambassador');
  });
  it('keeps the label when the apposition says who the person is to others', () => {
    const a = attribute(['Singer Lia Moss, a mother of two, said the show had been “a lovely ride.”']);
    expect(a.speaker('Lia Moss')?.role).toBe('Singer');
  });
  it('keeps a rank when the article gives nothing else', () => {
    const a = attribute(['Lt. Col. Ivo Marek told lawmakers it was his “duty” to report the call.']);
    expect(a.speaker('Ivo Marek')?.role).toBe('lieutenant colonel');
  });
});

describe('a role set off by dashes', () => {
  it('reads it as it reads one set off by commas', () => {
    const a = attribute(['Mara Quell — the port’s chief planner — opposed the plan.', '“It is too late for that,” Quell said.']);
    expect(a.speaker('Mara Quell')?.role).toBe('chief planner');
  });
  it('gives no role to a dash that sets off a remark about a thing', () => {
    const a = attribute(['The club beat Harwick — a result nobody expected — on Sunday.', '“We were ready,” said coach Ivo Penn.']);
    expect(a.speakers.map((s) => s.name)).toEqual(['Ivo Penn']);
  });
});

describe('a role followed by words about the person', () => {
  it('takes the noun phrase up to the role noun', () => {
    const a = attribute(['The script reached Ned Rook in May.', 'By then Rook, a young Welsh director fresh off a radio series, wanted a musical.', '“It had to be this one,” Rook said.']);
    expect(a.speaker('Ned Rook')?.role).toBe('young Welsh director');
  });
  it('keeps a compound role whole', () => {
    const a = attribute(['“We were ready,” said Ivo Penn, a star striker eager for the title.']);
    expect(a.speaker('Ivo Penn')?.role).toBe('star striker');
  });
});
