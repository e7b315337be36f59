import type { UnitForms } from '../common';

/** English unit words, matched case-insensitively after a space or hyphen (`5 km`, `10-mile`, `27-point`). */
export const EN_UNIT_WORDS: readonly UnitForms[] = [
  // Ages: a duration that says who someone is, kept off the cards.
  { unit: 'years', kind: 'duration', age: true, forms: 'year-old|years-old|years old' },
  { unit: 'months', kind: 'duration', age: true, forms: 'month-old|months old' },
  { unit: 'weeks', kind: 'duration', age: true, forms: 'weeks old|week-old' },
  { unit: 'days', kind: 'duration', age: true, forms: 'days old|day-old' },
  // A change of a share is not a share: `2 percentage points`, `25 basis points`.
  { unit: 'pp', kind: 'percent', forms: 'percentage points|percentage point' },
  { unit: 'bp', kind: 'percent', forms: 'basis points' },
  { unit: 'km', kind: 'measure', forms: 'kilometres|kilometers|kilometre|kilometer' },
  { unit: 'cm', kind: 'measure', forms: 'centimetres|centimeters|centimetre|centimeter' },
  { unit: 'mm', kind: 'measure', forms: 'millimetres|millimeters|millimetre|millimeter' },
  { unit: 'm', kind: 'measure', forms: 'metres|meters|metre|meter' },
  { unit: 'miles', kind: 'measure', forms: 'miles|mile' },
  { unit: 'ft', kind: 'measure', forms: 'feet|foot' },
  // Not `yard`: `100 yard backstroke` names a race.
  { unit: 'yd', kind: 'measure', forms: 'yards' },
  { unit: 'in', kind: 'measure', forms: 'inches|inch' },
  { unit: 'kg', kind: 'measure', forms: 'kilograms|kilogram|kilos' },
  { unit: 'g', kind: 'measure', forms: 'grams|gram' },
  { unit: 'tonnes', kind: 'measure', forms: 'metric tons|metric tonnes|tonnes|tonne|tons|ton' },
  { unit: 'litres', kind: 'measure', forms: 'litres|liters|litre|liter' },
  { unit: 'gallons', kind: 'measure', forms: 'gallons|gallon' },
  { unit: 'barrels', kind: 'measure', forms: 'barrels|barrel' },
  { unit: 'acres', kind: 'measure', forms: 'acres|acre' },
  { unit: 'hectares', kind: 'measure', forms: 'hectares|hectare' },
  { unit: 'km²', kind: 'measure', forms: 'square kilometres|square kilometers|sq km' },
  { unit: 'sq mi', kind: 'measure', forms: 'square miles|sq miles' },
  { unit: 'm²', kind: 'measure', forms: 'square metres|square meters' },
  { unit: 'sq ft', kind: 'measure', forms: 'square feet|sq ft' },
  // A temperature names its scale: `107 degrees` alone could be an angle or either scale.
  { unit: '°F', kind: 'measure', forms: 'degrees fahrenheit|degree fahrenheit|degrees f' },
  { unit: '°C', kind: 'measure', forms: 'degrees celsius|degree celsius|degrees centigrade|degrees c' },
  { unit: '°', kind: 'measure', forms: 'degrees|degree' },
  // Points of a score, a poll lead or an index.
  { unit: 'points', kind: 'measure', forms: 'points|point|pts' },
  { unit: 'calories', kind: 'measure', forms: 'calories|kcal' },
  { unit: 'megawatts', kind: 'measure', forms: 'megawatts|megawatt' },
  // Data sizes and rates: what they measure is named before them (`a read speed of 3150 megabytes per second`).
  { unit: 'KB', kind: 'measure', forms: 'kilobytes|kilobyte' },
  { unit: 'MB', kind: 'measure', forms: 'megabytes|megabyte' },
  { unit: 'GB', kind: 'measure', forms: 'gigabytes|gigabyte' },
  { unit: 'TB', kind: 'measure', forms: 'terabytes|terabyte' },
  { unit: 'gigawatts', kind: 'measure', forms: 'gigawatts|gigawatt' },
  { unit: 'MPH', kind: 'measure', forms: 'mph' },
  // Golf scores.
  { unit: 'under par', kind: 'measure', forms: 'under par|under-par' },
  { unit: 'over par', kind: 'measure', forms: 'over par|over-par' },
  { unit: 'years', kind: 'duration', forms: 'years|year|yrs' },
  { unit: 'months', kind: 'duration', forms: 'months|month' },
  { unit: 'weeks', kind: 'duration', forms: 'weeks|week' },
  { unit: 'days', kind: 'duration', forms: 'days|day' },
  { unit: 'hours', kind: 'duration', forms: 'hours|hour|hrs' },
  { unit: 'minutes', kind: 'duration', forms: 'minutes|minute|mins' },
  { unit: 'seconds', kind: 'duration', forms: 'seconds|secs' },
  { unit: 'decades', kind: 'duration', forms: 'decades|decade' },
  { unit: 'centuries', kind: 'duration', forms: 'centuries|century' },
];
