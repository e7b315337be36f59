/**
 * English for the figure reader: number words, scales, currencies, hedges, and the words that decide what an
 * ordinal, a multiple or a bare number is. Data only; a missing word is a one-line fix here plus a corpus row.
 */

/** English month names, full or cut (`Sept`, `Dec`), as a pattern for a case-insensitive or capitalised match. */
export const EN_MONTHS =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

/** Number words below a hundred: `two million`, `twenty-five`. */
export const EN_SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** Scale words, after digits (`3.2 million`) or number words (`two billion`). */
export const EN_SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  // Indian English writes amounts in lakhs and crores: `Rs 25 lakh`, `₹1,200 crore`.
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
};
/** Scale words that a number word may be built of (`a hundred`, `two million`); lakh and crore follow digits. */
export const EN_NUMBER_SCALES = 'hundred|thousand|million|billion|trillion';
/** Abbreviated scales: `$3.2bn`, `£40m`, `30k`. Single letters are guarded in the scanner (`40m` may be metres). */
export const EN_SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  bn: 1e9,
  bln: 1e9,
  mn: 1e6,
  mln: 1e6,
  tn: 1e12,
  trn: 1e12,
  m: 1e6,
  k: 1e3,
  b: 1e9,
};

/**
 * A scale right after digits: a word (`3.2 million`, `25 lakh`), an abbreviation (`$3.2bn`), or one letter (`40m`,
 * `30k`), which the scale reader only takes before what it counts or after a currency.
 */
export const EN_SCALE =
  /\s?(thousand|million|billion|trillion|lakhs?|crores?)\b|\s?(bn|bln|mn|mln|tn|trn)\b|([mkbMKB])(?![A-Za-z0-9])/y;

/** Plurals and people a one-letter scale counts (`40m people`, `30k jobs`): only before one is `m` millions. */
export const EN_COUNTED_NOUN = /s$|^(?:people|children|men|women|staff)$/i;
/** Words after `40m` that make it metres however they end (`40m tall`, `30m away`). */
export const EN_MEASURE_ADJECTIVE = /^(?:tall|high|long|wide|deep|away|above|below)$/i;

/** Marks of a placing before digits: `No. 1`, `#3`, `Top 10`. */
export const EN_RANK_MARKER = /(?:\bNo\.\s?|#|\b[Tt]op\s)$/;
/** A placing before a number word: `number one`. */
export const EN_RANK_WORD_MARKER = /\bnumber\s$/i;

/** Ordinal words that rank (`third-largest`): a sentence with one may hold a figure. */
export const EN_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
/** Denominators of spelled fractions (`a third of`, `two-thirds of`). */
export const EN_FRACTIONS: Readonly<Record<string, number>> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
};
/** Words that make an ordinal a ranking (`third-largest`, `second place`). */
export const EN_RANK_WORDS =
  'largest|biggest|highest|lowest|most|least|best|worst|fastest|slowest|smallest|richest|poorest|busiest|oldest|' +
  'youngest|strongest|weakest|longest|tallest|greatest|top|leading|place|position|spot|seed|seeded';

/** Currency written after the amount, in English (after a space). */
export const EN_CURRENCY_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['US dollars', 'USD'],
  ['Australian dollars', 'AUD'],
  ['Canadian dollars', 'CAD'],
  ['Hong Kong dollars', 'HKD'],
  ['Singapore dollars', 'SGD'],
  ['New Zealand dollars', 'NZD'],
  ['Swiss francs', 'CHF'],
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['pounds sterling', 'GBP'],
  ['pounds', 'GBP'],
  ['sterling', 'GBP'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['yen', 'JPY'],
  ['rupees', 'INR'],
  ['roubles', 'RUB'],
  ['naira', 'NGN'],
  ['pesos', 'MXN'],
  ['kronor', 'SEK'],
  ['kroner', 'NOK'],
  ['shekels', 'ILS'],
  ['dirhams', 'AED'],
  ['ringgit', 'MYR'],
  ['rubles', 'RUB'],
  ['USD', 'USD'],
  ['GBP', 'GBP'],
  ['EUR', 'EUR'],
  ['CNY', 'CNY'],
  ['RMB', 'CNY'],
  ['JPY', 'JPY'],
  ['HKD', 'HKD'],
];

/** A rate after a quantity or its noun: `per shift`, `per inch`, `a month`, `each year`. */
export const EN_RATE =
  /^\s*(?:per\s+(?!cent\b)[a-z]+|(?:per|a|an|each|every)\s+(?:second|minute|hour|day|night|week|month|quarter|year|shift|person|capita|head|household|student|patient|passenger|game|match|season))\b(?!\s+(?:ago|earlier|before|later|old)\b)/i;

/** After `pounds`, `of` and a thing that isn't money: a weight (`pounds of water vapor`, not `pounds of funding`). */
export const EN_POUNDS_OF_WEIGHT =
  /^\s+of\s+(?!(?:funding|investment|money|revenue|cash|debt|spending|savings|taxpayers|public money|tax|profit|losses|damages|sales)\b)[a-z]/i;

/** Hedges written before a number (`more than 1,200`, `~40`), longest first. */
export const EN_APPROX_PREFIXES = [
  'an average of',
  'a maximum of',
  'a minimum of',
  'a total of',
  'up to a',
  'more than',
  'fewer than',
  'less than',
  'up to',
  'at least',
  'close to',
  'upwards of',
  'as many as',
  'as much as',
  'as few as',
  'an estimated',
  'just over',
  'just under',
  'well over',
  'almost',
  'nearly',
  'about',
  'around',
  'roughly',
  'approximately',
  'some',
  'over',
  'under',
  'circa',
  'estimated',
  '~',
  '≈',
  '>',
  '<',
];
/** Hedges written after a number: `30 or more`, `100+`, `40-odd`. */
export const EN_APPROX_SUFFIX = /^(?:\s+or\s+(?:more|so)\b|\+|-plus\b|-odd\b)/i;

/** `3x`, `threefold`; `10 times` only when comparing (`10 times faster`), not counting occasions. */
export const EN_MULTIPLE =
  /^(?:x(?![A-Za-z0-9])|-?fold\b|\s+times(?=\s+(?:more|less|faster|slower|higher|larger|bigger|greater|smaller|longer|stronger|cheaper|as|the)\b))/;
/** `ranked 66th`, `finished 14th`: a placing, read before the ordinal. */
export const EN_PLACED_BEFORE =
  /\b(?:ranked|ranks|ranking|finished|finishes|finishing|came|comes|coming|placed|rated|lying|lies|sits|sitting)\s+(?:joint\s+|equal\s+)?$/i;
/** `91st in the rankings`, `12th in the table`: a placing, read after it. */
export const EN_PLACED_AFTER =
  /^\s+in\s+the\s+(?:world|(?:world\s+|\w+\s+)?rankings?|table|standings|league|charts?|poll|list|race|division|order|queue|class)\b/i;
/** `his 50th cap`, `a 13th successive win`, `its 20th anniversary`: how many so far. */
export const EN_MILESTONE =
  /^[\s-](?:(?:successive|consecutive|straight|career|international|league|senior|major|grand\s+slam|test|world\s+cup)\s+)?(anniversary|birthday|cap|appearance|goal|win|victory|title|wicket|start|game|match|league\s+goal)s?\b/i;
/** Milestones that count years: `its 10th anniversary` is a duration, `his 50th cap` a count. */
export const EN_YEARLY_MILESTONE = /^(?:anniversary|birthday)$/i;

/** Plural nouns a year qualifies rather than a number counts: `2019 sales`, `the 2020 elections`. */
export const EN_YEAR_NOUN =
  /^(?:sales|results|earnings|revenues|profits|losses|accounts|figures|forecasts|budgets|elections|games|olympics|seasons|standings|rankings|models|editions|awards|finals|playoffs|midterms|primaries)\b/i;
/** Words before a four-digit number that make it a year: `in 2019`, `between 1999 and`. */
export const EN_DATE_PREPOSITION =
  /\b(?:in|since|by|from|until|till|during|before|after|of|early|late|mid|around|circa|through|to|and|between)\s+$/i;
/** Words before an age, and the first bound of an age range: `aged 26`, `from the age of 5`, `between the ages of 25 and 54`. */
export const EN_AGE_BEFORE = /\b(?:aged(?:\s+between)?|ages?(?:\s+of)?)\s+(?:\d{1,3}\s*(?:and|to|-|–)\s*)?$/i;
/** A subject that has parts, before its copula: `The purpose of this exercise is twofold` means two parts, not double. */
export const EN_PARTS_SUBJECT =
  /\b(?:purpose|aim|goal|reason|problem|answer|benefit|mission|approach|strategy|challenge|objective|role|function|point|idea|plan|task|lesson|question|issue|advantage|appeal)s?\s+(?:of\s+[\w\s'’-]{1,40}?\s+)?(?:is|are|was|were)\s+$/i;
/** Capitalised at the start of a sentence without being a name, so not part of `Mr Abbasi, 23,`. */
export const EN_NOT_NAME = /^(?:The|A|An|And|But|Or|Both|Mr|Mrs|Ms|Miss|Dr)$/;

/** Verbs of winning whose object is the loser: `Liverpool beat PSG 3-1` names both sides before the result. */
const BEATING =
  'beat|beats|beating|defeated|defeats|defeating|edged|edges|edging|thrashed|thrashing|hammered|crushed|routed|swept|overcame|downed|stunned|dispatched|topped|outlasted|upset|blanked|whipped';
/** Verbs of a result with no object: the other side follows it (`Spain won 2-1 against Russia`). */
const RESULT_SIDES = 'won|wins|lost|loses|drew|draws|tied';
export const EN_BEATING = new RegExp(`^(?:${BEATING})$`, 'i');
export const EN_RESULT_SIDES = new RegExp(`^(?:${RESULT_SIDES})$`, 'i');
/** Words before a result, a few words away at most (`beat Aston Villa 3-1`, `the score at 1-1`). */
export const EN_RESULT_VERB = new RegExp(
  `\\b(?:${BEATING}|${RESULT_SIDES}|beaten|lose|losing|win|winning|draw|drawn|drawing|led|leads|leading|trailed|trails|trailing|saw off|sank|held|level|levelled|leveled|locked|finished|ended|score|scoreline)\\b`,
  'gi',
);
/** Words between a side and its verb of winning: `Nadal earlier defeated`, `Herbert and Mahut rallied to defeat`. */
export const EN_RESULT_FILLERS =
  /^(?:had|has|have|also|earlier|then|later|eventually|finally|comfortably|easily|narrowly|duly|rallied|managed|went|on|to)$/i;
/** Words inside a side's name: `Herbert and Mahut`, `Ben McLachlan … of Japan`, `Botic van de Zandschulp`. */
export const EN_SIDE_LINKS = /^(?:and|&|of|de|van|von|der|den|da|di|du|le|la)$/;
/** Nouns after a result (`a 3-1 semi-final first leg win`, `the 4-2 defeat`). */
export const EN_RESULT_NOUN =
  /^(?:[\s-]+[A-Za-z'’-]+){0,3}?[\s-]+(?:wins?|victory|victories|defeats?|loss|losses|draws?|lead|deficit|triumph|thrashing|drubbing|hammering|success|reverse|scoreline|aggregate|comeback|upset|result)\b/i;
