// A quotation that repeats words one speaker is credited with elsewhere (a caption, a headline in the body, a
// pull quote) is that speaker's. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('quotations echoing words someone said elsewhere in the article', () => {
  it('credits a caption quoting the words a named speaker says in the body', () => {
    const a = attribute([
      '“Open the Gates!” Film Shows the Flood Night',
      'The river rose fast after midnight.',
      '“Open the gates now. Open the gates!” a police officer shouted.',
    ]);
    expect(a.who('Open the Gates!')).toBe('police officer');
  });

  it('credits a few words the narrative quotes without a speaker when one speaker says them in full later', () => {
    const a = attribute([
      'The town has the “will and the money” to rebuild.',
      'Residents met on Monday.',
      '“We have the will and the money to rebuild every street,” the mayor, Jane Doe, said.',
    ]);
    expect(a.who('will and the money')).toBe('Jane Doe');
  });

  it('credits a longer run repeated out of the middle of one speaker’s quotation', () => {
    const a = attribute([
      '“We will not comment on that, but I have given plenty of public statements that were truthful and accurate -- and that must do,” Jane Doe told reporters.',
      'Doe, by her own account, has given “plenty of public statements that were truthful and accurate.” Not all agree.',
      'Tom Reed has also made “plenty of public statements that were truthful and accurate about the plan, and others.”',
    ]);
    expect(a.who('plenty of public statements that were truthful and accurate.')).toBe('Jane Doe');
    expect(a.who('plenty of public statements that were truthful and accurate about')).not.toBe('Jane Doe');
  });

  it('credits nobody when two speakers said the words', () => {
    const a = attribute([
      'Posters with “Build the bridge” in red letters and “Not yet” in blue lined the road.',
      '“Build the bridge,” Jane Doe said. “Not yet,” she said later.',
      '“We say build the bridge too,” said Tom Reed.',
    ]);
    expect(a.quotes[0].speakerId).toBeNull();
    expect(a.who('Not yet')).toBe('Jane Doe');
  });

  it('credits nobody for one repeated word', () => {
    const a = attribute(['Signs saying “Enough” hung from windows.', '“Enough,” Jane Doe said. “We are tired.”']);
    expect(a.quotes[0].speakerId).toBeNull();
  });

  it('credits a long quotation repeated whole, as a pull quote or a lead quoting ahead, to who says it in the body', () => {
    const a = attribute([
      'The council expects two new ferries by spring. “A third boat could help, but I doubt we can crew it by then.”',
      'The vote was close.',
      '“A third boat could help, but I doubt we can crew it by then,” the harbour master, Ilse Marr, said at the meeting.',
    ]);
    expect(a.quotes.map((q) => a.speakers.find((s) => s.id === q.speakerId)?.name ?? null)).toEqual(['Ilse Marr', 'Ilse Marr']);
  });

  it('credits nobody for a long quotation that only shares its opening with someone’s words', () => {
    const a = attribute([
      'The board met at noon. “We will open the new wing in June and hire twelve more nurses for it.”',
      '“We will open the new wing in June and see how the budget holds,” said Ilse Marr, the director.',
    ]);
    expect(a.quotes[0].speakerId).toBeNull();
  });
});
