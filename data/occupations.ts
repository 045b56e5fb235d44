// Nouns for what a person does: occupations, military and police ranks, positions in a team. They head a role
// ("a trade scholar with ...", "the team's defenseman", "singer Jane Doe"). Words of the language only, lower
// case, one word each. Left out on purpose: occupations that are also common surnames or first names ("cook",
// "baker", "porter", "barber", "boxer", "foreman", "major", "dean", "marine"), since a capitalised one would read as
// a title before a name; words more often something else ("guard", "back", "forward", "champion", "safety"); and
// words for a body ("authority", "watchdog", "retailer").
export const OCCUPATIONS: readonly string[] = [
  // learning and research
  'scholar', 'postdoc', 'tutor', 'instructor', 'fellow', 'alumnus', 'alumna',
  'astronomer', 'astrophysicist', 'physicist', 'chemist', 'biologist', 'geologist', 'ecologist', 'mathematician',
  'statistician', 'demographer', 'sociologist', 'anthropologist', 'archaeologist', 'philosopher', 'theologian',
  'linguist', 'ethicist', 'criminologist', 'scientist', 'specialist', 'astronaut', 'cosmonaut',
  // business and office
  'vp', 'svp', 'evp', 'cto', 'cio', 'cmo', 'cso', 'cpo', 'co-ceo', 'cofounder', 'boss', 'executive', 'exec',
  'supervisor', 'accountant', 'broker', 'dealer', 'agent', 'salesman',
  'saleswoman', 'marketer', 'recruiter', 'secretary', 'receptionist', 'assistant', 'associate', 'chairperson',
  'proprietor', 'franchisee', 'shareholder', 'stakeholder', 'bureaucrat', 'censor', 'lobbyist', 'counsel',
  'paralegal', 'notary', 'consul', 'attache', 'negotiator', 'mediator', 'arbitrator', 'ombudsman',
  'tycoon', 'mogul', 'magnate', 'billionaire', 'millionaire', 'financier', 'industrialist', 'philanthropist',
  // health and care
  'veterinarian', 'vet', 'optician', 'radiologist', 'anaesthetist', 'anesthesiologist', 'cardiologist',
  'oncologist', 'paediatrician', 'pediatrician', 'obstetrician', 'gynaecologist', 'neurologist', 'neuroscientist',
  'carer', 'caregiver', 'orderly',
  // uniformed services and ranks
  'trooper', 'deputy', 'marshal', 'warden', 'jailer', 'bodyguard', 'firefighter', 'fireman', 'lifeguard', 'soldier',
  'sailor', 'airman', 'serviceman', 'servicewoman', 'corporal', 'lieutenant', 'brigadier',
  'commodore', 'cadet', 'reservist', 'sniper', 'gunner', 'paratrooper',
  // sport
  'winger', 'defender', 'defenseman', 'defenceman', 'midfielder', 'goalkeeper', 'goalie', 'keeper',
  'netminder', 'goaltender', 'quarterback', 'linebacker', 'lineman', 'cornerback', 'receiver',
  'pitcher', 'catcher', 'shortstop', 'outfielder', 'infielder', 'batsman', 'batter', 'bowler', 'wicketkeeper',
  'all-rounder', 'fielder', 'jockey', 'rider', 'cyclist', 'swimmer', 'runner', 'sprinter', 'wrestler',
  'fighter', 'golfer', 'skater', 'skier', 'racer', 'gymnast', 'rookie', 'skipper', 'playmaker', 'referee', 'umpire',
  'linesman', 'titleholder', 'full-back', 'fullback', 'halfback', 'fly-half', 'scrum-half',
  'centre-back', 'center-back', 'right-back', 'left-back',
  // arts and media
  'songwriter', 'singer-songwriter', 'drummer', 'guitarist', 'bassist', 'pianist', 'violinist', 'cellist',
  'composer', 'conductor', 'dancer', 'choreographer', 'filmmaker', 'screenwriter', 'playwright', 'novelist',
  'poet', 'photographer', 'sculptor', 'illustrator', 'animator', 'anchor', 'newsreader', 'commentator', 'pundit',
  'blogger', 'vlogger', 'podcaster', 'youtuber', 'streamer', 'dj', 'entertainer', 'magician', 'performer',
  'director', 'showrunner',
  // running for office
  'hopeful', 'contender', 'nominee', 'frontrunner', 'front-runner',
  // trades and services
  'chef', 'waiter', 'waitress', 'bartender', 'barista', 'cashier', 'grocer', 'florist', 'hairdresser',
  'plumber', 'electrician', 'mechanic', 'technician', 'builder', 'bricklayer', 'labourer', 'laborer',
  'rancher', 'grower', 'fisherman', 'fisherwoman', 'trucker', 'courier', 'crewman', 'deckhand',
  'diver', 'janitor', 'nanny', 'housekeeper', 'landowner', 'programmer', 'coder', 'hacker', 'inventor',
  'surveyor', 'assessor', 'translator', 'interpreter', 'preacher', 'cleric', 'chaplain', 'missionary', 'clergyman',
  'actuary', 'archivist', 'trainer', 'convener', 'convenor', 'realtor', 'welder', 'logger',
  // buying, selling, renting and owing
  'homebuyer', 'buyer', 'seller', 'renter', 'borrower', 'debtor', 'vendor',
  // outdoors
  'climber', 'hiker',
  // church, court and crown
  'prefect', 'rector', 'abbot', 'deacon', 'nuncio', 'ayatollah', 'mufti', 'emissary', 'bailiff', 'coroner',
  'regent', 'viceroy', 'laureate',
];
