import type { MaskRule } from '../common';

/** English spans that count nothing: emergency numbers, clock times, references, versions, zip codes. */
export const EN_MASK_RULES: readonly MaskRule[] = [
  // Emergency numbers are dialled: `called 911`, `a 999 call`.
  {
    re: /(?:\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?|rang|ring(?:ing|s)?|phoned)\s+|\b)(?:911|999|112)\b(?=\s+(?:call|calls|phone|operator|operators|dispatcher|dispatchers|emergency|line|number|service|recording|tape)\b)|\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?|rang|ring(?:ing|s)?|phoned)\s+(?:911|999|112)\b/gi,
  },
  // Clock times.
  { re: /\b\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b|o'clock)/gi },
  // A time of day by its zone: `0100 GMT`, `1800 CET`, `0930 local time`.
  {
    re: /\b\d{3,4}\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|IST|JST|local time|hours?\s+(?:local|GMT|UTC))\b/g,
  },
  // Section, clause and page references.
  {
    re: /(?:\b(?:sections?|sec\.|articles?|art\.|chapters?|ch\.|clauses?|paragraphs?|para\.|pages?|pp?\.|appendix|annex|schedule|volume|vol\.|exhibit|amendment)|§)\s*\d+(?:\.\d+)*[a-z]?/gi,
  },
  // Figure, table and part references.
  { re: /\b(?:Figure|Fig\.|Table|Part|Title|Item|Step|Line|Rule|Chart)\s+\d+(?:\.\d+)*[a-z]?/g },
  // Version numbers: `version 3.2`, `the 0.17 releases`.
  { re: /\b(?:version|ver\.)\s*\d+(?:\.\d+)*/gi },
  { re: /\b\d+\.\d+(?:\.\d+)*(?=\s+(?:releases?|versions?|branch|series|builds?)\b)/gi },
  // A half named as a part: `the other half of the device`, `this half of the wordchain` — a place, not a quantity.
  {
    spelled: true,
    re: /\b(?:(?:the|this|that|my|his|her|their|our|its|your)\s+(?:other|same|first|second|top|bottom|upper|lower|back|front|latter|former|opposite|left|right|bad|good|better|worse|northern|southern|eastern|western)|this|either|each)\s+half\b/gi,
  },
  // Screen resolutions: `4K TVs`, `8K video` (a count of thousands is written with a lower-case k: `30k jobs`).
  { re: /\b(?:2|4|5|8|10|16)K\b/g },
  // HTTP status codes: `404 status code`, `HTTP 500`, `error 404` name a response, they count nothing.
  { re: /\b[1-5]\d\d(?=\s+(?:status|error|response)\s+codes?\b)|\b(?:HTTP|error|status)\s+[1-5]\d\d\b/gi },
  // A type, stage or category by its number names a kind (`type 2 diabetes`, `a category 5 hurricane`, `stage 3`).
  { re: /\b(?:type|category|stage|phase|tier)\s+\d+\b/gi },
  // US state and zip code: `IL 62704`.
  { re: /\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b/g },
];

/** Words that may stand capitalised before a number without naming it (`In 2023`, `About 40`, `Some 300`). */
export const EN_UNNAMING_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the in on at by of to for from with since until till after before during between among and but or nor so ' +
    'about around over under nearly almost roughly approximately some only just all another each every both its their ' +
    'his her our your my we they he she it i there here then now still yet even also more less fewer than up down ' +
    'while when where as if though although because per last next first this that these those no not nearly ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec'
  ).split(' '),
);
