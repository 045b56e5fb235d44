// Words capitalised only because they open a sentence: never the first word of a person's name ("Once Doe had
// left", "Meanwhile Jane Doe said"). Words of the language only, lower case.
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'but', 'and', 'so', 'yet', 'or', 'then', 'now', 'meanwhile', 'however', 'also', 'in', 'on', 'at',
  'when', 'while', 'as', 'if', 'after', 'before', 'asked', 'speaking', 'earlier', 'later', 'still', 'only', 'even',
  'both', 'this', 'that', 'these', 'those', 'there', 'here', 'today', 'yesterday', 'tonight', 'instead', 'finally',
  'once', 'since', 'until', 'unless', 'because', 'although', 'though', 'whether', 'whereas', 'during', 'despite',
  'second', 'third', 'all', 'every', 'each', 'several', 'unlike', 'besides', 'overall', 'indeed', 'perhaps',
  // Ordinals and adverbs that order or join an argument ("Second, the Fed…", "Likewise, …").
  'first', 'firstly', 'secondly', 'thirdly', 'fourth', 'fifth', 'next', 'lastly', 'likewise', 'similarly', 'additionally',
  'furthermore', 'moreover', 'thus', 'therefore', 'hence', 'otherwise', 'nevertheless', 'nonetheless', 'consequently',
  'accordingly', 'actually', 'again', 'already', 'recently', 'currently', 'previously', 'initially', 'ultimately',
  'eventually', 'apparently', 'clearly', 'unfortunately', 'fortunately', 'importantly', 'notably', 'specifically',
  // Indefinite pronouns: "Everyone", "Nobody" speak for no one in particular.
  'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'nobody', 'no', 'not',
  // A preposition capitalised at a sentence's start ("To Jane Doe, ...") opens no name.
  'to', 'for', 'from', 'with', 'by', 'like', 'without', 'against', 'among', 'about',
]);

/** Conjunctions that open a subordinate clause ("although he said …, Doe …", "“…” as the company continued"). */
export const SUBORDINATING_CONJUNCTIONS: ReadonlySet<string> = new Set([
  'although', 'though', 'while', 'whilst', 'when', 'whereas', 'as', 'after', 'before', 'because', 'since', 'once', 'if',
  'until', 'unless',
]);
