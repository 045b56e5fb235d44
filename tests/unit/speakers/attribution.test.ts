import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('attribution: both orders', () => {
  it('names the speaker after the quote, before it, and in inverted order', () => {
    const a = attribute([
      'Priya Nandakumar, the director of the Lowfield Museum, opened the wing on Friday.',
      '“We waited ten years for this room,” Ms Nandakumar said.',
      'Council leader Tom Ebbe said: “It is a good day for the town and for its children.”',
      '“The roof still leaks in the east gallery,” said Oskar Brill, a volunteer guide.',
    ]);
    expect(a.who('We waited')).toBe('Priya Nandakumar');
    expect(a.who('It is a good day')).toBe('Tom Ebbe');
    expect(a.who('The roof')).toBe('Oskar Brill');
  });

  it('takes a partial quote from the verb before it and reads "according to"', () => {
    const a = attribute([
      'Mayor Lena Ostrova told councillors that the budget was “not a wish list” and urged them to vote.',
      'Turnout was “the lowest in living memory”, according to the electoral office.',
    ]);
    expect(a.who('not a wish list')).toBe('Lena Ostrova');
    expect(a.who('the lowest')).toBe('electoral office');
  });

  it('finds the speaker in the sentence before or after within the paragraph', () => {
    const a = attribute([
      '“We will appeal,” said Farid Osei. “The ruling ignores the evidence we put before the court.”',
      '“Nobody asked us about the new timetable.” The complaint came from Gita Rahn, who runs the bakery.',
    ]);
    expect(a.who('The ruling ignores')).toBe('Farid Osei');
    expect(a.who('Nobody asked')).toBe(null);
  });
});

describe('attribution: continuation and carry-over', () => {
  it('keeps the speaker across an open paragraph and a quote split by "she said"', () => {
    const a = attribute([
      'The head of the tenants’ association, Mirela Dacic, said: “We were promised new windows in spring.',
      '“Now it is autumn and the mould is back in every flat on the north side.”',
      '“It is cold,” she said, “and the children are ill again this winter.”',
    ]);
    expect(a.who('Now it is autumn')).toBe('Mirela Dacic');
    expect(a.who('and the children')).toBe('Mirela Dacic');
  });

  it('gives a quotation running over paragraphs to the speaker its last part names, over the one it was carried from', () => {
    const a = attribute([
      'Tom Vale, a lawyer for the ministry, argued there is no such duty. UN officials have defended the agency, saying it could not be replaced.',
      '“Novel legal readings will not bring an end to the conflict.',
      '“To be clear, we support the flow of aid into the region,” Vale concluded.',
    ]);
    expect(a.who('Novel legal readings')).toBe('Tom Vale');
    expect(a.who('To be clear')).toBe('Tom Vale');
  });

  it('carries the speaker into a quotation the writer then glosses, but not past narrative that brings someone in', () => {
    const a = attribute([
      '“If the times were real, we could predict the answers,” explains Dr. Petra Halvorsen.',
      '“We used a kind of statistical trick, taken from earlier work on choices.” This “trick” was the accumulation model.',
      '“It was chaos from the first minute to the last.” Jane Doe, 34, was in the shop when it happened.',
      '“Then the lights went out across the whole street.” She ran outside with her son.',
    ]);
    expect(a.who('We used a kind of statistical trick')).toBe('Petra Halvorsen');
    expect(a.who('It was chaos')).toBeNull();
    expect(a.who('Then the lights went out')).toBeNull();
  });

  it('carries the speaker of the previous paragraph into a paragraph that is only a quotation', () => {
    const a = attribute([
      'Jonas Weir, a ferry captain, said the crossing had been cancelled twice this week.',
      '“The swell was over four metres and the harbour master closed the port.”',
    ]);
    expect(a.who('The swell')).toBe('Jonas Weir');
  });

  it('leaves a quotation with no honest speaker unattributed', () => {
    const a = attribute([
      'The festival opened on Saturday in bright sunshine.',
      '“Please keep to the marked paths at all times.”',
      'Stallholders have to display “a clear price for every item offered for sale” under the rules.',
    ]);
    expect(a.who('Please keep')).toBe(null);
    expect(a.who('a clear price')).toBe(null);
  });

  it('does not borrow another sentence’s speaker when the quote’s own sentence names one we cannot read', () => {
    const a = attribute([
      '“I visited him often,” Dale Ford wrote. Dale and Martha disputed that their brother was estranged, saying instead he was “shy by nature.”',
    ]);
    expect(a.who('I visited him')).toBe('Dale Ford');
    expect(a.who('shy by nature')).toBe(null);
  });
});

describe('attribution: a clause after “but” or “and”', () => {
  it('reads the name after the conjunction as the speaker', () => {
    const a = attribute([
      'Ines Varga leads the survey team.',
      'Prices rose again, but Varga said the overall picture was “solid and improving”.',
      'The board blamed the weather, and Halden Mills said demand was “holding up well”.',
    ]);
    expect(a.who('solid and improving')).toBe('Ines Varga');
    expect(a.who('holding up well')).toBe('Halden Mills');
  });
  it('gives words quoted before "but" to the speaker before them, not to the subject after it', () => {
    const a = attribute(['Transport chief Ana Ruiz said in July that the department “would be able to meet the standard,” but trust members questioned it.']);
    expect(a.who('would be able to meet')).toBe('Ana Ruiz');
  });
});

describe('attribution: pronouns, surnames, titles and descriptions', () => {
  it('resolves he/she to the most recent compatible subject, not to a possessive', () => {
    const a = attribute([
      'Ms Adaeze Obi, the union’s chair, accused the board of ignoring staff.',
      'Mr Carl Venn, the chief executive, said the board had listened.',
      'Responding to Mr Venn’s remarks, she added: “They listened and then did the opposite.”',
      '“We have met the union eleven times this year,” he said.',
    ]);
    expect(a.who('They listened')).toBe('Adaeze Obi');
    expect(a.who('We have met')).toBe('Carl Venn');
  });

  it('links a bare title to the person the article gave it to', () => {
    const a = attribute([
      'The rally was addressed by Prime Minister Ana Ruiz and by union leaders.',
      'The Prime Minister said: “Nobody in this country should work for less than a living wage.”',
      'Kofi Mensah, the Foreign Secretary, arrived later.',
      '“Our partners are watching closely,” the Foreign Secretary said.',
    ]);
    expect(a.who('Nobody in this country')).toBe('Ana Ruiz');
    expect(a.who('Our partners')).toBe('Kofi Mensah');
    expect(a.speaker('Ana Ruiz')?.role).toBe('Prime Minister');
  });

  it('links a later short description to an unnamed speaker', () => {
    const a = attribute([
      'The Mayor’s official spokesman said the mayor was “kept informed”.',
      'Asked about the delay, the spokesman said: “These things take time and the contractors are working hard.”',
    ]);
    expect(a.who('kept informed')).toBe('Mayor’s official spokesman');
    expect(a.who('These things')).toBe('Mayor’s official spokesman');
    expect(a.speakers).toHaveLength(1);
  });

  it('merges Sir + first name with the full name and keeps a same-surname woman apart', () => {
    const a = attribute([
      'Sir Colin Marsh has defended his record.',
      'Lady Marsh attended the gala in a borrowed gown.',
      'Sir Colin said: “Every gift was declared in accordance with the rules we all follow.”',
    ]);
    expect(a.who('Every gift')).toBe('Colin Marsh');
  });
});

describe('attribution: organisations, groups, posts', () => {
  it('names organisations, acronyms and groups as speakers', () => {
    const a = attribute([
      'The National Union of Bakers (NUB) called a strike.',
      'Riverside Hospital said: “All wards are open and staffed as normal today.”',
      'The NUB said in a statement: “Our members have had enough of broken promises.”',
      'Earlier, more than thirty head teachers urged the minister to act “before the summer term”.',
      'Dr Ines Kol, a consultant at Riverside Hospital, tweeted: “Busy morning, all patients seen.”',
    ]);
    expect(a.who('All wards')).toBe('Riverside Hospital');
    expect(a.who('Our members')).toBe('National Union of Bakers');
    expect(a.speaker('National Union of Bakers')?.aliases).toContain('NUB');
    expect(a.speaker('Riverside Hospital')?.kind).toBe('organisation');
    expect(a.who('before the summer term')).toBe('head teachers');
    expect(a.speaker('head teachers')?.kind).toBe('group');
    expect(a.who('Busy morning')).toBe('Ines Kol');
  });

  it('reads "the airline" as the business last named', () => {
    const a = attribute([
      'Skyway is asking for an exemption to the labour code.',
      'In a letter to the minister, the airline says it faces “unprecedented circumstances in air travel”.',
    ]);
    expect(a.who('unprecedented')).toBe('Skyway');
  });

  it('credits a statement to its author, also when it is referred to again', () => {
    const a = attribute([
      'The Greens’ letter to the regulator said: “The consultation was a sham from the very start.”',
      'The letter also said that “the public deserves a full account of what happened”.',
    ]);
    expect(a.who('The consultation')).toBe('Greens');
    expect(a.who('the public deserves')).toBe('Greens');
  });
});

describe('attribution: everyday newsroom shapes', () => {
  it('reads "the 38-year-old", a sentence-initial "But", and an aside between subject and verb', () => {
    const a = attribute([
      'Singer Mara Holt has cancelled her autumn tour.',
      'The 38-year-old said: “My voice needs a long rest after this year.”',
      'But Holt, speaking from her home in Dublin, said fans would “not be forgotten”.',
      'Her manager, Leo Park, 52, said: “Every ticket will be refunded in full by Friday.”',
    ]);
    expect(a.who('My voice')).toBe('Mara Holt');
    expect(a.who('not be forgotten')).toBe('Mara Holt');
    expect(a.who('Every ticket')).toBe('Leo Park');
    expect(a.speaker('Leo Park')?.role).toBe('manager');
  });

  it('reads an inverted attribution with an apposition and a "with X warning" clause', () => {
    const a = attribute([
      'The plan was rejected, with one local councillor warning that it would “gut the high street”.',
      '“We were never asked,” said Dr Nia Evans, a GP in the town.',
    ]);
    expect(a.who('gut the high street')).toBe('local councillor');
    expect(a.who('We were never asked')).toBe('Nia Evans');
    expect(a.speaker('Nia Evans')?.role).toBe('GP in the town');
  });
});

describe('a plain sentence after reported speech', () => {
  it('keeps its person in mind for a "he" the reporting organisation cannot be', () => {
    const a = attribute([
      'The harbour commissioner, Sam Lee, said the ruling “changes nothing for the fishermen of this town”.',
      'The port authority said it still considers the quay closed.',
      'Tom Reed visited the quay on Tuesday.',
      '“This is a great day for every boat owner in the bay,” he told reporters.',
    ]);
    expect(a.who('This is a great day')).toBe('Tom Reed');
  });

  it('still gives a later "she" to the person whose words the sentence went on reporting', () => {
    const a = attribute([
      'Jane Doe said the council had sold the lease.',
      'Ana Ruiz then sold it on to a developer.',
      '“Nobody asked the tenants,” she said.',
    ]);
    expect(a.who('Nobody asked')).toBe('Jane Doe');
  });
});

describe('attribution: asides set off by dashes', () => {
  it('keeps "she said" on the subject, not on someone who only wrote something in the aside', () => {
    const a = attribute([
      '“The paint smelled like rain on the first day,” Lara Venn said.',
      'Strange as that sounds — the late botanist described similar cases in a memoir — Venn was not pleased. “I could not work for weeks,” she said.',
    ]);
    expect(a.who('I could not work')).toBe('Lara Venn');
  });
});

describe('attribution: a bracketed aside after a name', () => {
  it('reads the name before the brackets, not a title inside them, as who spoke', () => {
    const a = attribute([
      '“The paint smelled like rain on the first day,” Lara Venn said.',
      'Venn’s son, director Ivo Rell (“Blue Hours,” “The Long Field”), also remembers it as a hard time. “When your mother hears colours, you worry a lot,” he said.',
    ]);
    expect(a.who('When your mother')).toBe('Ivo Rell');
  });

  it('keeps the name with its credits as the subject of a sentence without a speech verb', () => {
    const a = attribute([
      '“The paint smelled like rain on the first day,” Lara Venn said.',
      'Venn’s son, director Ivo Rell (“Blue Hours,” “The Long Field”), was away at the time. “When your mother hears colours, you worry a lot,” he said.',
    ]);
    expect(a.who('When your mother')).toBe('Ivo Rell');
  });
});

describe('attribution: the one a verb enables to speak', () => {
  it('credits the person "allowed ... to claim" a quote, not someone merely urged to say it', () => {
    const a = attribute([
      'The vote allowed Nora Quill to claim that the council is now “a place that listens to every street.”',
      'Residents urged Tomas Brey to call the plan “a quiet betrayal of the whole valley.”',
    ]);
    expect(a.who('a place that listens')).toBe('Nora Quill');
    expect(a.who('a quiet betrayal')).not.toBe('Tomas Brey');
  });
});

describe('attribution: "said Jane Doe" after reported words', () => {
  it('takes the person named after the verb as the speaker, so a later "she" finds her', () => {
    const a = attribute([
      '“Steel will cost more,” said Dan Abel, an analyst.',
      'Computers have seen price rises, too, said Mary Lovell, a university economist. “A third of imports are computers,” she said.',
    ]);
    expect(a.who('A third of imports')).toBe('Mary Lovell');
    expect(a.speaker('Mary Lovell')?.role).toContain('economist');
  });

  it('leaves a verb with a person as its object to the subject before it', () => {
    const a = attribute([
      '“We are ready,” said Dan Abel, the coach.',
      'He rang the club, told Mary Lovell the news and left. “It was a long day,” he said.',
    ]);
    expect(a.who('It was a long day')).toBe('Dan Abel');
  });
});

describe('a saying only imagined ("Nobody would say “…”", "Few would say “…”")', () => {
  it('credits nobody, and never the next person named', () => {
    const a = attribute([
      '“We lost our way,” said Mayor Ann Bell.',
      'Nobody would say “the city is thriving” today, but the numbers are improving. Some might say: “Too little, too late for the mills.”',
      'Few would say “the reforms worked as planned.” But Finance Minister Ines Varga did say “we learned a great deal.”',
    ]);
    expect(a.who('the city is thriving')).toBeNull();
    expect(a.who('Too little')).toBeNull();
    expect(a.who('the reforms worked')).not.toBe('Ines Varga');
  });
});


describe('attribution: a speaker in a clause that does not open the sentence', () => {
  it('reads the subject after "until", "when" or "before" as the one speaking', () => {
    const a = attribute([
      'Lena Okoro chaired the meeting, and Piet Haas took the notes.',
      'Nobody moved until Okoro said, “Let us begin with the budget.”',
    ]);
    expect(a.who('Let us begin')).toBe('Lena Okoro');
  });
  it('gives a participle to the coordinated clause it hangs on, not to the sentence’s first subject', () => {
    const a = attribute([
      'Lena Okoro chaired the meeting, and Piet Haas took the notes.',
      'Haas raised his voice, and Okoro cut him short, saying, “We have heard you. Thank you.”',
    ]);
    expect(a.who('We have heard you')).toBe('Lena Okoro');
  });
  it('reads a bare verb after an auxiliary ("would say", "will often argue") as speech', () => {
    const a = attribute([
      'Lena Okoro chaired the meeting, and Piet Haas took the notes.',
      'When a debate went in circles, Okoro would say, “Decide, then move on.”',
      'Haas will often argue: “A late decision is still a decision.”',
    ]);
    expect(a.who('Decide, then move on')).toBe('Lena Okoro');
    expect(a.who('A late decision')).toBe('Piet Haas');
  });
  it('reads nothing into a negated one ("would not say")', () => {
    const a = attribute([
      'Lena Okoro chaired the meeting.',
      'Okoro would not say “yes” or “no” to the plan, and the vote was put off.',
    ]);
    expect(a.who('yes')).toBeNull();
  });
});

describe('attribution: a subject and a colon that opens the quotation ("Doe hesitated: “…”")', () => {
  it('gives the words to the subject, whatever the verb before the colon', () => {
    const a = attribute([
      'Lena Okoro chaired the meeting, and Piet Haas took the notes.',
      'When asked to run again, Okoro hesitated: “I did not think I had it in me.”',
      'Haas was blunt: “The plan is dead and everyone knows it.”',
    ]);
    expect(a.who('I did not think')).toBe('Lena Okoro');
    expect(a.who('The plan is dead')).toBe('Piet Haas');
  });
  it('gives the words to a subject whose object is their own account ("Doe had a similar experience: “…”")', () => {
    const a = attribute([
      'Mira Sand plays the lead, and Tobias Lund directed the film.',
      '“It hit me the moment I read it,” Lund said.',
      'Sand, who called in from a set in Oslo, had a very similar experience: “It felt like the song had always been mine.”',
      'Lund gave a blunt warning: “Nobody should expect a sequel soon.”',
    ]);
    expect(a.who('It felt like the song')).toBe('Mira Sand');
    expect(a.who('Nobody should expect')).toBe('Tobias Lund');
  });
  it('leaves words with no speaker when the clause has an object of its own ("Police found a note: “…”")', () => {
    const a = attribute([
      'Lena Okoro chaired the meeting.',
      'Police found a note: “Back soon, do not worry about the dog.”',
      'Okoro, who was out at the time, found a note: “Gone to the shop, back by noon at the latest.”',
    ]);
    expect(a.who('Back soon')).toBeNull();
    expect(a.who('Gone to the shop')).toBeNull();
  });
});

describe('attribution: a quotation signed with a dash and a name', () => {
  it('gives the words to the name after the dash, on the same line or the next', () => {
    const a = attribute([
      '“We did everything we could for the town and its people.” — Lena Okoro, the mayor',
      '“I am not nervous any more, because I have done this a hundred times.”',
      '— PIET HAAS, a 13-year-old pitcher for the home team',
    ]);
    expect(a.who('We did everything')).toBe('Lena Okoro');
    expect(a.speaker('Lena Okoro')?.role).toBe('mayor');
    expect(a.who('I am not nervous')).toBe('PIET HAAS');
  });
  it('reads no signature in a dash that goes on with the writer’s sentence', () => {
    const a = attribute(['“It was a long night” — and then the rain came down on Lena Okoro and her crew.']);
    expect(a.who('It was a long night')).toBeNull();
  });
});

describe('attribution: a name standing alone after a quotation, its verb left out ("“…” Doe.")', () => {
  it('gives the words around the name to the person the article has named', () => {
    const a = attribute([
      'The carrier showed the app on Monday. “We built it in software,” said Shaw Kimble, its technology chief.',
      '“We have to start somewhere.” Kimble. “And the tablet is the right device for it.”',
    ]);
    expect(a.who('We have to start')).toBe('Shaw Kimble');
    expect(a.who('And the tablet')).toBe('Shaw Kimble');
  });
  it('reads no speaker in a capitalised word nobody in the article is called', () => {
    const a = attribute(['“The line is closed.” Thursday. “Nobody will travel today.”']);
    expect(a.who('The line is closed')).toBeNull();
  });
});

describe('attribution: a lone surname with an age beside it ("Curie, 21, said")', () => {
  it('is a person, who a later pronoun stands for', () => {
    const a = attribute([
      'Okafor, 21, a student at the city college, came second, but she admitted the prize “came with a price”.',
      'She said: “I have always liked hot food and thought it was for a good cause.”',
    ]);
    expect(a.who('came with a price')).toBe('Okafor');
    expect(a.who('I have always liked')).toBe('Okafor');
    expect(a.speaker('Okafor')?.kind).toBe('person');
  });
});

describe('attribution: words someone said, inside a sentence another source reports', () => {
  it('"He said, “…,” the office said" gives the words to the one who said them', () => {
    const a = attribute([
      'Piet Vale, 55, pleaded guilty on Monday, the prosecutor’s office said.',
      'During the call, he asked about the mayor and said, “somebody ought to teach her a lesson,” the prosecutor’s office said.',
      '“The case is closed,” the prosecutor’s office said.',
    ]);
    expect(a.who('somebody ought to teach')).toBe('Piet Vale');
    expect(a.who('The case is closed')).toBe('prosecutor’s office');
  });
});

describe('attribution: a tag closing the narrative sentence before the quotation', () => {
  it('", says Lind." with a surname alone names the person met before, and the quotation after is theirs', () => {
    const a = attribute([
      '“I am thrilled to use the telescope,” says Maura Lind, a radio astronomer at a state university.',
      'The array will also study faint pulsars in other galaxies, says Lind. “That is where the dish will shine.”',
    ]);
    expect(a.who('That is where the dish')).toBe('Maura Lind');
  });

  it('"“…,” remembers Doe, her role, with a laugh. “…”": a short aside after the tag keeps the next quotation hers', () => {
    const a = attribute([
      '“Those goats were so smart,” remembers Shana Cole, coordinator for the Island Restoration Programme, with a laugh. “They would look at our snares, and jump over them.”',
    ]);
    expect(a.who('They would look')).toBe('Shana Cole');
    expect(a.speaker('Shana Cole')?.role).toBe('coordinator for the Island Restoration Programme');
  });
});

describe('attribution: a name, its age, then an apposition or a relative clause before "said"', () => {
  it('"Doe, 36, the owner of a store nearby, said" and "Roe, 30, who works next door, said" name each speaker', () => {
    const a = attribute([
      'Diego Varo, 36, the owner of a store near the square, said he opened his front door. He heard five shots.',
      '“Then it calmed down a little bit,” he said.',
      'Shaun Stiles, 30, who works at the body shop next door, said he saw police cars race past.',
      '“Then multiple, multiple shots,” he said.',
    ]);
    expect(a.who('Then it calmed down')).toBe('Diego Varo');
    expect(a.speaker('Diego Varo')?.role).toBe('owner of a store near the square');
    expect(a.who('Then multiple')).toBe('Shaun Stiles');
  });

  it('reads no apposition in a clause after the age ("Doe, 75, has overseen … as the leading expert, called on by …")', () => {
    const a = attribute([
      'Hori Pane, 75, has now overseen 500 strandings and is renowned as the leading whale expert, called on by tribes for guidance.',
      '“The ocean is sick,” says Pane, an elder of the coastal tribe.',
    ]);
    expect(a.speaker('Hori Pane')?.role).toBe('elder of the coastal tribe');
  });
});

describe('attribution: "“…,” as the paper reported." closing the sentence', () => {
  it('gives the words to the one who reported them, and "as the company continued …" stays no tag', () => {
    const a = attribute([
      'One witness, Felicia Sand, described hiding under a table and “cowering with her granddaughter who was with her,” as WRN’s Debbie Ellis reported.',
      'Harbour crews “rebuilt the engine twice over” as the company continued to sell tickets for the crossing, Tomas Verlaine said.',
    ]);
    expect(a.who('cowering with her granddaughter')).toBe('Debbie Ellis');
    expect(a.who('rebuilt the engine')).toBe('Tomas Verlaine');
  });
});

describe('attribution: "In X’s words, “…”" and "In the words of X, “…”"', () => {
  it('gives the quotation to the one whose words they are', () => {
    const a = attribute([
      'The study was led by Dr. Petra Halvorsen of Linden University.',
      'In Dr. Halvorsen’s words, “Could the feeling of knowing be the moment the brain decides?”',
      'In the words of Mayor Ann Lee, “We cannot pay for both roads and schools this year.”',
      'In Halvorsen’s own words, “It is subjective, and it ought to be unverifiable.”',
    ]);
    expect(a.who('Could the feeling of knowing')).toBe('Petra Halvorsen');
    expect(a.who('We cannot pay for both')).toBe('Ann Lee');
    expect(a.who('It is subjective')).toBe('Petra Halvorsen');
  });
  it('reads no source in a possessive that is not about words ("In Britain’s view")', () => {
    const a = attribute(['In Britain’s view, “the deal is dead and buried for now,” a minister said.']);
    expect(a.who('the deal is dead')).toBe('minister');
  });
});

describe('a paragraph of bare quotation after a paragraph about someone', () => {
  it('is heard from the one the paragraph before was about, for the whole run', () => {
    const a = attribute([
      '“It was a long one, but we played it well,” Ann Kirk said.',
      'Omar Bell meanwhile wrapped up his win in just over two hours, knocking out Lev Orlov in straight sets.',
      '“Having other players from home do well in the draw is amazing for all of us.',
      '“They have been incredible role models for me and good support on the tour.”',
    ]);
    expect(a.who('It was a long one')).toBe('Ann Kirk');
    expect(a.who('Having other players')).toBe('Omar Bell');
    expect(a.who('They have been')).toBe('Omar Bell');
  });
  it('is heard from the one person already quoted whom the paragraph before names, though it opens on something else', () => {
    const a = attribute([
      '“The whales are our ancestors,” says Hori Tane, an elder of the tribe.',
      '“It was a shock,” says Ann Werner, a ranger.',
      'But for Tane the slow deaths of the whales are personal.',
      '“It is very emotional. The strandings are a sign from the sea.”',
    ]);
    expect(a.who('It is very emotional')).toBe('Hori Tane');
  });
  it('is heard from the one of two people sharing a surname whom the article calls by the surname alone', () => {
    const a = attribute([
      '“The river is sick,” said Mere Kahu, who farms the valley.',
      '“We keep listening,” says Kahu.',
      'Her nephew, Rangi Wiremu Kahu, agrees. “Nobody asked us,” says Rangi.',
      'But for Kahu and her family the floods are personal.',
      '“It is hard to watch. The land is telling us something.”',
    ]);
    expect(a.who('It is hard to watch')).toBe('Mere Kahu');
  });
  it('is nobody’s when the paragraph before opens with no one named', () => {
    const a = attribute([
      '“It was a long one, but we played it well,” Ann Kirk said.',
      'Rain meanwhile delayed the last match on the outside courts for two hours.',
      '“Having other players from home do well in the draw is amazing for all of us.”',
    ]);
    expect(a.who('Having other players')).toBeNull();
  });
});

describe('a time phrase between the subject and the verb', () => {
  it.each(['at the time called', 'last year called', 'earlier this month called', 'in 2009 called'])('is skipped: "Doe %s …"', (middle) => {
    const a = attribute([
      'The new jet will replace the one that now carries President Ann Kirk.',
      `Kirk ${middle} the old jet “an example of the buying process gone wrong.”`,
    ]);
    expect(a.who('an example of')).toBe('Ann Kirk');
  });
});

describe('a time fronted before the subject without its comma ("On Friday Ann Kirk said")', () => {
  it.each([
    ['On Friday Ann Kirk said: “We will not use the funds.”', 'Ann Kirk'],
    ['Yesterday Ann Kirk said: “We will not use the funds.”', 'Ann Kirk'],
    ['Last week residents of the estate said: “We will not use the funds.”', 'residents of the estate'],
  ])('is no part of the speaker: %s', (sentence, speaker) => {
    const a = attribute([sentence]);
    expect(a.who('We will not use')).toBe(speaker);
  });
});

describe('a participle set off between the name and the verb ("Doe, speaking to reporters, said")', () => {
  it('leaves the name the speaker and gives it no alias from the participle’s object', () => {
    const a = attribute(['Ann Kirk, speaking to reporters outside the court, said the verdict was “a farce.”']);
    expect(a.who('a farce')).toBe('Ann Kirk');
    expect(a.speaker('Ann Kirk')?.aliases.join('|') ?? '').not.toMatch(/reporters/);
  });
});

describe('a participle after a clause opened by "But"', () => {
  it.each([
    'But Ann Kirk brushed Tom Hale off, saying only, “We will not use the funds in any illegal way.”',
    'But in April, Ann Kirk brushed him off, saying, “We will not use the funds in any illegal way.”',
  ])('speaks for the clause’s subject: %s', (sentence) => {
    const a = attribute(['Ann Kirk leads the party into the election.', sentence]);
    expect(a.who('We will not use')).toBe('Ann Kirk');
  });
});

describe('a document’s finding and a phrase fronted without its comma', () => {
  it('"Papers show Mrs Kirk warned that …" is Mrs Kirk’s, not the papers’', () => {
    const a = attribute(['Papers show Mrs Kirk warned that she did not “like the sound of the new exam”, and asked for a delay.']);
    expect(a.who('like the sound')).toBe('Kirk');
  });
  it('"in a note to his letter Mrs Kirk said" is Mrs Kirk’s', () => {
    const a = attribute(['But in a hand-written note to his letter Mrs Kirk said: “This is not a correct judgement of the system.”']);
    expect(a.who('This is not a correct')).toBe('Kirk');
  });
});

describe('attribution: a study named after "according to"', () => {
  it('credits the words to the study\'s author when the study\'s title follows the name', () => {
    const a = attribute([
      'According to a study conducted by Jane Doe of Kestrel University titled ‘Lamps at Night: Using Light for Safety’ in 2018, lamps are “a public good for everyone in town.”',
    ]);
    expect(a.quotes.map((q) => q.text)).toEqual(['a public good for everyone in town.']);
    expect(a.who('a public good')).toBe('Jane Doe');
  });
});

describe('attribution: the inverted speaker, in more shapes', () => {
  it('drops a relative clause after a description ("says one resident who wishes to remain anonymous")', () => {
    const a = attribute(['“He founded the radio station,” says one resident who wishes to remain anonymous.']);
    expect(a.who('He founded')).toBe('resident');
  });
  it('ends the name at a colon closing the paragraph, whose words come next ("…, explains Doe:")', () => {
    const a = attribute([
      'Jane Doe is an expert on the tribunal.',
      'Under the current protocol, the court tries those who organised the killings, explains Doe:',
      '“Kabuga is undoubtedly part of this group of perpetrators. But so are others.”',
    ]);
    expect(a.who('Kabuga is undoubtedly')).toBe('Jane Doe');
  });
  it('reads no subject opened by a preposition (“thank you” calls from two people)', () => {
    const a = attribute(['Ann Poe said she has received “thank you” calls from two people who found work.']);
    expect(a.speaker('people')).toBeUndefined();
  });
});

describe('words owned by a possessive right before the quotation', () => {
  it('are the owner’s: "Doe’s request to “…”", "Doe’s promise that “…”"', () => {
    const a = attribute([
      'Jane Doe chairs the transition board.',
      'Nonetheless, Doe’s request to “provide a list of all staff who attended” the meetings alarmed workers.',
      'Doe’s promise that “nobody will lose their job” was broken.',
    ]);
    expect(a.who('provide a list of all staff')).toBe('Jane Doe');
    expect(a.who('nobody will lose their job')).toBe('Jane Doe');
  });
  it('leave words that are no one’s own where they were ("the town’s “worst day in memory”")', () => {
    const a = attribute(['Jane Doe chairs the board.', 'It was the town’s “worst day in memory,” residents agreed.']);
    expect(a.who('worst day in memory')).not.toBe('Jane Doe');
  });
});

describe('an opening that describes someone the next paragraph names', () => {
  it('makes one speaker of "A top regional Harbour Bank official" and the Harbour Bank president named next', () => {
    const a = attribute([
      'A top regional Harbour Bank official sharply criticized the bank’s policy of low rates as a “dangerous gamble.”',
      'Harbour Bank of Kettle President Ana Kosta said the policy was “risking a repeat of past errors.”',
    ]);
    expect(a.who('dangerous gamble')).toBe('Ana Kosta');
    expect(a.who('risking a repeat')).toBe('Ana Kosta');
  });
  it('keeps them apart when the person named next is of another body', () => {
    const a = attribute([
      'A top regional Harbour Bank official sharply criticized the policy as a “dangerous gamble.”',
      'Treasury Secretary Ana Kosta said the policy was “working as planned.”',
    ]);
    expect(a.who('dangerous gamble')).not.toBe('Ana Kosta');
  });
});

describe('speaking or talking about words quoted', () => {
  it('gives “…” after "spoken about" or "talked of" to the one speaking, and leaves "spoke to reporters" a meeting', () => {
    const a = attribute([
      'Staff worry about the Harbour Board, which has spoken about “the urgent need for cuts.”',
      'Jane Doe talked of “a new era for the town” on Monday.',
      'Jane Doe spoke to reporters about the budget. “It is tight,” she said.',
    ]);
    expect(a.who('the urgent need for cuts')).toBe('Harbour Board');
    expect(a.who('a new era for the town')).toBe('Jane Doe');
    expect(a.who('It is tight')).toBe('Jane Doe');
  });
});

describe('a company called by its short name', () => {
  it('is the company its legal name introduced ("Acme Corp" … "Acme said"), one speaker', () => {
    const a = attribute(['Acme Corp makes tools.', '“We will appeal,” the company said.', 'In a statement, Acme said: “We regret the decision.”']);
    expect(a.who('We will appeal')).toBe('Acme Corp');
    expect(a.who('We regret the decision')).toBe('Acme Corp');
    expect(a.speakers.filter((s) => s.kind === 'organisation')).toHaveLength(1);
  });
});
