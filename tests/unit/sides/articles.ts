// Three short invented articles (a strike, a lawsuit, a trade dispute) for the full-pipeline sides tests.
export const STRIKE = {
  headline: 'Bus drivers walk out as pay talks collapse',
  paragraphs: [
    'Hundreds of bus drivers in Eastbrook walked out on Monday after talks between the Transit Workers Union and Eastbrook Coaches broke down over pay.',
    'The union\'s regional organiser, Dana Whitfield, said the company had "insulted" drivers with a pay offer of 2%.',
    '"Our members keep this city moving, and they deserve a fair wage," she said.',
    'Eastbrook Coaches said the offer was the best it could afford. "We have made a fair offer in difficult times, and we urge the union to return to talks," said the company\'s managing director, Paul Renner.',
    'Responding to the union\'s claim that drivers had been insulted, Mr Renner added: "Nobody is insulting our drivers. A 2% rise is more than most firms in the region are offering."',
    'Local councillor Ruth Ames backed the drivers. "The company is treating its drivers shamefully, and they have my full support," she said.',
    'Commuter Tom Baines said: "I just want to get to work. I have no idea how long this will go on."',
  ],
};

export const LAWSUIT = {
  headline: 'Residents take chemical plant to court over river',
  paragraphs: [
    'A group of residents in Millbank has sued Carver Chemicals, accusing the company of poisoning the river that runs through the town.',
    'The lawsuit, filed on Tuesday in the county court, claims the plant released solvents into the water for years.',
    '"Our children used to swim in that river. Now nobody goes near it," said Maria Olsen, who chairs the Millbank Residents Group.',
    '"Carver Chemicals knew what it was doing to the river and did nothing," she said.',
    'Carver Chemicals denied the allegations. "Our plant meets every environmental standard, and we will defend ourselves in court," said the company\'s spokesman, Greg Hale.',
    'Responding to the claim that the river had been poisoned, Mr Hale added: "Independent tests have found the water in the river safe."',
    'The group\'s lawyer, Anita Rao, said the tests had been paid for by the company. "Those tests prove nothing, and the company is misleading the whole town," she said.',
    'Sam Ortiz, a county health inspector, said: "We are reviewing the samples and will publish our findings next month."',
  ],
};

export const TRADE = {
  headline: 'Freedonia and Sylvania trade blows over steel',
  paragraphs: [
    'The trade war between Freedonia and Sylvania escalated on Thursday after Freedonia announced tariffs of 25% on steel from its neighbour.',
    'Freedonia\'s trade minister, Lena Marsh, said the tariffs answered years of unfair subsidies. "Sylvania has flooded our market with cheap subsidised steel, and our workers have paid the price," she said.',
    'Sylvania\'s commerce secretary, Omar Reyes, called the tariffs reckless. "These tariffs will hurt shoppers on both sides of the border, and we will respond in kind," he said.',
    'Asked about the subsidies, Mr Reyes said: "Our steel makers receive no subsidised loans and no unfair help. That claim is simply false."',
    'Ms Marsh said the tariffs would stay until the subsidies ended. "Shoppers will not be hurt. Cheap steel has already cost us thousands of jobs," she said.',
    'Priya Nair, an economist at the Northgate Institute, said: "History tells us that nobody wins these contests. Both economies will grow more slowly."',
  ],
};
