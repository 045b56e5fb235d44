// A role written right before a name the article mentions in passing: the person quoted later by surname has it.
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a role right before a name in passing', () => {
  it('reads an occupation', () => {
    const a = attribute(['Ana Ruiz lost a close race on Monday against singer Lia Moss.', '“Can I give my place to her?” Moss asked.']);
    expect(a.who('Can I give')).toBe('Lia Moss');
    expect(a.speaker('Lia Moss')?.role).toBe('singer');
  });
  it('leaves the preposition before the role out of it', () => {
    const a = attribute(['The trick has a name, after the essayist Rosa Fenn described it in a talk.', '“It is a trap for readers,” Fenn said.']);
    expect(a.speaker('Rosa Fenn')?.role).toBe('essayist');
  });
  it('keeps the organisation and two roles joined by “and”', () => {
    const a = attribute(['Ruiz spoke at a fireside chat with Acme founder and co-CEO Marc Oduya.', 'Oduya said the firm had been “pulled into the enterprise”.']);
    expect(a.speaker('Marc Oduya')?.role).toBe('Acme founder and co-CEO');
  });
  it('keeps the modifiers after a comma', () => {
    const a = attribute(['The plan was his own, said another witness, former Harbour Board policy adviser Fiona Lark.', '“On whose authority?” Lark asked.']);
    expect(a.speaker('Fiona Lark')?.role).toBe('former Harbour Board policy adviser');
  });
  it('stops at the verb before the role', () => {
    const a = attribute(['The club thanked striker Ola Brandt for his years of service.', '“It was an honour,” Brandt said.']);
    expect(a.speaker('Ola Brandt')?.role).toBe('striker');
  });
  it('takes the fuller form of the same title', () => {
    const a = attribute(['High school music teacher Rosa Diaz said she left home “before dawn” for the rally.']);
    expect(a.speaker('Rosa Diaz')?.role).toBe('High school music teacher');
  });
});
