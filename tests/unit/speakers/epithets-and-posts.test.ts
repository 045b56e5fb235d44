import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('an epithet for the person in focus ("the Russian leader said")', () => {
  it('is the named person just mentioned, who takes it as a role', () => {
    const a = attribute([
      'Ivan Petrov spoke to reporters in Minsk on Tuesday.',
      '“We will answer in our own time,” the Belarusian leader said.',
    ]);
    expect(a.who('We will answer')).toBe('Ivan Petrov');
    expect(a.speaker('Ivan Petrov')?.role).toBe('Belarusian leader');
    expect(a.speakers).toHaveLength(1);
  });

  it('is the named person for an epithet word before a job, or a title "-elect"', () => {
    const a = attribute(['“I found my feet again,” Sam Reyes said.', '“The goals will come,” the veteran striker said.']);
    expect(a.who('The goals will come')).toBe('Sam Reyes');
    const b = attribute(['Dana Cole toured the plant on Friday.', '“Jobs stay here,” the governor-elect said.']);
    expect(b.who('Jobs stay here')).toBe('Dana Cole');
  });

  it('is the named person for a job with an age ("the 35-year-old actor said"), who takes the job as a role', () => {
    const a = attribute(['Omar Vell has had a pretty stellar year.', '“It is intense,” the 35-year-old actor said.']);
    expect(a.who('It is intense')).toBe('Omar Vell');
    expect(a.speaker('Omar Vell')?.role).toBe('actor');
  });

  it('is the named person for a noun a writer calls someone by ("the mogul said")', () => {
    const a = attribute(['Dale Trask spoke in Ohio on Thursday.', '“He is a kid,” the mogul said.']);
    expect(a.who('He is a kid')).toBe('Dale Trask');
    expect(a.speaker('Dale Trask')?.role).toBe('mogul');
  });

  it('is someone else when the description is a plain job or a relation, or the person in focus has a role', () => {
    const a = attribute([
      'Tom Hill, 45, was arrested on Monday.',
      '“He was always kind to the children,” the neighbour said.',
      '“We knew him for years,” the local doctor said.',
    ]);
    expect(a.who('He was always kind')).toBe('neighbour');
    expect(a.who('We knew him')).toBe('local doctor');
    const b = attribute(['“We are ready,” coach Ann Lee said.', '“I feel sharp,” the veteran striker said.']);
    expect(b.who('I feel sharp')).toBe('veteran striker');
  });
});

describe('a bare title when two people without a role are in mind', () => {
  it('is given to neither of two people just named together ("A and B clashed … the Prime Minister said")', () => {
    const a = attribute([
      'Ana Ruiz and Sir Tom Hale clashed over the harbour on Wednesday.',
      '“The boats have not stopped,” Sir Tom told the chamber.',
      '“They would scrap the scheme,” the Prime Minister said.',
    ]);
    expect(a.who('The boats have not stopped')).toBe('Tom Hale');
    expect(a.who('They would scrap')).not.toBe('Tom Hale');
    expect(a.speaker('Tom Hale')?.role).toBeNull();
    // An unnamed speaker in between ("the Labour leader") does not make the title any less open.
    const b = attribute([
      'Ana Ruiz and Sir Tom Hale clashed over the harbour on Wednesday.',
      'The Labour leader said the council had “lost control”. “The boats have not stopped,” Sir Tom told the chamber.',
      'The Prime Minister hit back, accusing the council of having “no plan”. “They would scrap the scheme,” he said.',
    ]);
    expect(b.who('They would scrap')).not.toBe('Tom Hale');
    expect(b.speaker('Tom Hale')?.role).toBeNull();
  });
  it('is still the one person in focus when nobody else is', () => {
    const a = attribute(['Sir Tom Hale toured the harbour on Wednesday.', '“They would scrap the scheme,” the Prime Minister said.']);
    expect(a.who('They would scrap')).toBe('Tom Hale');
  });
});

describe('a post held "as" something after where it is held', () => {
  it('gives the role from "who is working with the body as Officer"', () => {
    const a = attribute([
      'Ben Ortiz, who is working with the Coastal Housing Network (CHN) as Programme Officer, says the lights help.',
      '“Women feel safer at night,” Ortiz said.',
    ]);
    expect(a.who('Women feel safer')).toBe('Ben Ortiz');
    expect(a.speaker('Ben Ortiz')?.role).toBe('Programme Officer');
  });

  it('gives the role from "works as" and "worked at the bank as"', () => {
    const a = attribute([
      'Nina Vale works as a nurse at the clinic.',
      '“We ran out of beds,” she said.',
      'Owen Marsh, who worked at the bank as chief economist, said: “Rates will fall.”',
    ]);
    expect(a.speaker('Nina Vale')?.role).toBe('nurse at the clinic');
    expect(a.speaker('Owen Marsh')?.role).toBe('chief economist');
  });
});
