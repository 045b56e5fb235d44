// Words of a sports report: a "clash between" two clubs is a fixture, not a dispute. Words of the language only,
// and only those of sport: words of winning and losing ("win", "race", "victory", "points") fill election coverage too.
export const SPORT_WORDS = [
  'match', 'matches', 'goal', 'goals', 'scored', 'scorer', 'league', 'cup', 'half-time', 'penalty', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'coach', 'innings', 'wicket', 'wickets', 'touchdown', 'touchdowns',
  'quarterback', 'tournament', 'championship', 'semi-final', 'fixture', 'kick-off', 'referee', 'squad', 'stadium',
  'fans', 'club', 'lap', 'podium', 'medal', 'scoreline', 'equaliser', 'equalizer', 'inning', 'playoff', 'playoffs',
  'teammate', 'teammates', 'season',
] as const;


/** Words of a match report near which a bare "7:14" is the game clock ("goals at 7:14 of the first period"). */
export const GAME_CLOCK_WORDS = [
  'goal', 'goals', 'scored', 'scores', 'scoring', 'period', 'periods', 'quarter', 'quarters', 'half', 'halves',
  'inning', 'innings', 'lap', 'laps', 'overtime', 'power play', 'power-play', 'shot', 'shots', 'tiebreak',
] as const;

/** Words that only a dispute uses, enough for an article to be about one even without a framing phrase. */
export const DISPUTE_CUE_WORDS = [
  'row', 'dispute', 'criticism', 'criticised', 'criticized', 'accused', 'accuses', 'scandal', 'investigation',
  'complaint', 'complaints', 'allegations', 'alleged', 'protest', 'protests', 'strike', 'strikes', 'lawsuit', 'sued',
  'condemned', 'condemn', 'calls', 'demands', 'demanded', 'impasse', 'stalemate', 'standoff', 'talks', 'backlash',
  'outrage', 'opposition', 'opposed', 'rejected', 'denied', 'blamed', 'attacked', 'walkout', 'tariffs', 'sanctions',
] as const;
