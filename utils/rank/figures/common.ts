/**
 * Figure data shared by every language: currency symbols and codes, unit symbols, span rules for identifiers that
 * look alike in any script, and the shapes of the language packs (`en/`, `zh/`). Packs are data only: each table
 * says in one line why it exists, and the stages in `../figures/*.ts` read them.
 */

export type UnitKind = 'measure' | 'duration' | 'percent';

/** One unit and the ways it is written, `|`-separated; without `unit`, each form is its own unit (`公里`). */
export interface UnitForms {
  unit?: string;
  kind: UnitKind;
  forms: string;
  /** An age (`27-year-old`): a duration that tells who someone is. */
  age?: true;
}

/** A span rule of `exclude-spans.ts`: digits it matches are never read as a figure. */
export interface MaskRule {
  re: RegExp;
  /** Fires on Chinese numerals too; other rules need an ASCII digit. */
  han?: true;
  /** Further check on a match; a rule without one always masks. */
  keep?: (match: string) => boolean;
}

/** Symbols written before the amount, longest first so `US$` wins over `$`. */
export const CURRENCY_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'], ['HK$', 'HKD'], ['AU$', 'AUD'], ['A$', 'AUD'], ['CA$', 'CAD'], ['C$', 'CAD'], ['NZ$', 'NZD'],
  ['S$', 'SGD'], ['R$', 'BRL'], ['NT$', 'TWD'], ['$', 'USD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'CNY'], ['₹', 'INR'],
  ['₩', 'KRW'], ['₽', 'RUB'], ['RMB', 'CNY'], ['CNY', 'CNY'], ['USD', 'USD'], ['EUR', 'EUR'], ['GBP', 'GBP'],
  ['JPY', 'JPY'], ['HKD', 'HKD'], ['AUD', 'AUD'], ['CAD', 'CAD'], ['INR', 'INR'], ['Rs.', 'INR'], ['Rs', 'INR'],
  ['人民币', 'CNY'],
];

/**
 * Unit symbols, matched case-sensitively so `5G` (a network) is not `5 g` and `GB` is not `gb`; a trailing `2` is
 * read as `²`.
 */
export const UNIT_SYMBOLS = 'km² km2 m² m2 km/h kph mph km cm mm kg mg ml ft GWh MWh kWh TWh GW MW kW GB TB MB Gbps Mbps GHz MHz °C °F ℃ nm ha bp';
