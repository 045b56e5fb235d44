// Units that follow or precede a number: currencies, measurements, time spans. Words and symbols of the language.

/** Currency symbols written before the amount ("£5,000", "US$3", "€40m"). */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  '£': 'GBP', '$': 'USD', 'US$': 'USD', 'A$': 'AUD', 'C$': 'CAD', 'NZ$': 'NZD', 'HK$': 'HKD', 'S$': 'SGD',
  '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₦': 'NGN', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₱': 'PHP', 'Rs': 'INR',
  'KSh': 'KES', 'R$': 'BRL',
};

/**
 * One-letter currency signs ("R" rand, "M" loti, "K" kwacha, "P" pula, "E" lilangeni). They double as letters
 * in names ("M25", "R2-D2"), so they count only before a grouped or scaled amount ("M50 000", "R2 billion").
 */
export const LETTER_CURRENCIES: Record<string, string> = { R: 'ZAR', M: 'LSL', K: 'ZMW', P: 'BWP', E: 'SZL' };

/** Currency words written after the amount ("5,000 pounds", "20 cents", "50p"). */
export const CURRENCY_WORDS: Record<string, string> = {
  pound: 'GBP', pounds: 'GBP', sterling: 'GBP', p: 'GBP', pence: 'GBP', penny: 'GBP',
  dollar: 'USD', dollars: 'USD', cent: 'USD', cents: 'USD', euro: 'EUR', euros: 'EUR',
  rand: 'ZAR', maloti: 'LSL', loti: 'LSL', naira: 'NGN', shillings: 'KES', rupees: 'INR', yen: 'JPY', yuan: 'CNY',
  francs: 'CHF', kwacha: 'ZMW', pula: 'BWP',
};

/** Currency words whose amount is a hundredth of the main unit ("50p" = £0.50). */
export const SUBUNIT_CURRENCY_WORDS = new Set(['p', 'pence', 'penny', 'cent', 'cents']);

/** Measurement units after a number ("200 metres", "5km", "30C"). Value: the short unit name reported. */
export const MEASURE_UNITS: Record<string, string> = {
  metre: 'm', metres: 'm', meter: 'm', meters: 'm', m: 'm', km: 'km', kilometre: 'km', kilometres: 'km',
  kilometer: 'km', kilometers: 'km', cm: 'cm', centimetres: 'cm', centimeters: 'cm', mm: 'mm', millimetres: 'mm',
  mile: 'mi', miles: 'mi', yard: 'yd', yards: 'yd', foot: 'ft', feet: 'ft', ft: 'ft', inch: 'in', inches: 'in',
  kg: 'kg', kilo: 'kg', kilos: 'kg', kilogram: 'kg', kilograms: 'kg', kilogrammes: 'kg', g: 'g', grams: 'g',
  gram: 'g', tonne: 't', tonnes: 't', ton: 't', tons: 't', pound: 'lb', lb: 'lb', lbs: 'lb', ounces: 'oz', oz: 'oz',
  litre: 'l', litres: 'l', liter: 'l', liters: 'l', gallon: 'gal', gallons: 'gal', ml: 'ml',
  hectare: 'ha', hectares: 'ha', acre: 'acre', acres: 'acre', 'square metres': 'm²', 'square miles': 'mi²',
  mph: 'mph', kph: 'km/h', 'km/h': 'km/h', degrees: '°', '°C': '°C', '°F': '°F', C: '°C', F: '°F',
  mw: 'MW', gw: 'GW', kw: 'kW', kwh: 'kWh', mwh: 'MWh', gwh: 'GWh',
  kiloton: 'kt', kilotons: 'kt', kilotonnes: 'kt', megaton: 'Mt', megatons: 'Mt', megatonnes: 'Mt',
  'square kilometres': 'km²', 'square kilometers': 'km²', 'square feet': 'ft²', 'cubic metres': 'm³', 'cubic meters': 'm³',
  barrel: 'bbl', barrels: 'bbl',
  knot: 'kn', knots: 'kn', 'nautical mile': 'nmi', 'nautical miles': 'nmi', 'square nautical miles': 'nmi²',
  'square yards': 'yd²', 'cubic feet': 'ft³', millisecond: 'ms', milliseconds: 'ms',
  watt: 'W', watts: 'W', kilowatt: 'kW', kilowatts: 'kW', megawatt: 'MW', megawatts: 'MW', gigawatt: 'GW', gigawatts: 'GW',
  volt: 'V', volts: 'V', decibel: 'dB', decibels: 'dB', megabyte: 'MB', gigabyte: 'GB', terabyte: 'TB', megapixel: 'MP',
  megabytes: 'MB', gigabytes: 'GB', terabytes: 'TB', mbps: 'Mbps', gbps: 'Gbps', megapixels: 'MP',
  'basis point': 'bp', 'basis points': 'bp', bp: 'bp',
  milligram: 'mg', milligrams: 'mg', mg: 'mg', microgram: 'µg', micrograms: 'µg',
  'degrees celsius': '°C', 'degrees fahrenheit': '°F', 'degrees centigrade': '°C',
};

/** Units that "a" or "an" can count, as in "a foot of snow" or "more than a mile away". */
export const ARTICLE_COUNTED_UNITS = ['foot', 'inch', 'mile', 'metre', 'meter', 'yard', 'kilometre', 'kilometer', 'kilogram', 'kilo', 'gallon', 'litre', 'liter', 'acre', 'hectare', 'tonne'];

/** Units of time: after a number they make a duration ("28 days", "a 10-year lease"), not a statistic. */
export const TIME_UNITS = new Set([
  'second', 'seconds', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'night',
  'nights', 'week', 'weeks', 'fortnight', 'fortnights', 'month', 'months', 'year', 'years', 'yr', 'yrs', 'decade',
  'decades', 'century', 'centuries', 'term', 'terms', 'season', 'seasons', 'weekend', 'weekends',
]);
