import type { Block } from '../../core/article';
import { segmenter } from '../../core/segmenter';
import type { Sentence } from '../../core/sentence';
import { monthsAfterOrdinalDay } from './calendar';
import { cutText, safeCuts } from './cut';
import { looksLikeHeading } from './heading';

/**
 * Article blocks → sentences, with Intl.Segmenter doing the language work and a few repairs where its rules
 * fall short for news text: English abbreviations, Chinese `；`, and quotations that span sentences.
 */

/** Segment at most this much at once: Node 20's segmenter is super-linear on long strings. */
const SEGMENT_CHUNK = 2000;
/** A longer "sentence" is a run-on (a table flattened, a list without stops) and is cut at clause marks. */
const MAX_SENTENCE = 400;
/** Quoted speech spanning sentences is kept whole up to this length. */
const MAX_QUOTE_MERGE = 300;

// Abbreviations after which ICU splits but a sentence rarely ends: titles, and words always followed by more.
const NON_FINAL_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'rev',
  'hon',
  'pres',
  'supt',
  'insp',
  'det',
  'mt',
  'ft',
  'fig',
  'figs',
  'vol',
  'vs',
  'v',
  'cf',
  'approx',
  'dept',
  'est',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'messrs',
  'mme',
  'mlle',
]);

/** Abbreviations that are also words ("said no."): they continue a sentence only before a number. */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos']);

interface Span {
  start: number;
  end: number;
}

export function splitSentences(blocks: readonly Block[], lang: string): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, b) => {
    const heading = block.kind === 'heading' || (block.kind === 'paragraph' && looksLikeHeading(block.text));
    for (const span of blockSpans(block.text, lang, heading)) {
      sentences.push({
        index: sentences.length,
        text: block.text.slice(span.start, span.end),
        block: b,
        start: span.start,
        end: span.end,
        heading,
      });
    }
  });
  return sentences;
}

function blockSpans(text: string, lang: string, heading: boolean): Span[] {
  if (heading) return trimSpans(text, [{ start: 0, end: text.length }]);
  const raw: Span[] = [];
  for (const piece of cutText(text, SEGMENT_CHUNK)) {
    for (const s of segmenter(lang, 'sentence').segment(piece.text)) {
      raw.push({ start: piece.start + s.index, end: piece.start + s.index + s.segment.length });
    }
  }
  const cut = splitAfter(text, attachCitations(text, splitAfter(text, raw, SEMICOLON)), AFTER_CITATIONS);
  const spans = mergeQuotations(text, mergeAfterAbbreviations(text, cut, lang));
  return trimSpans(
    text,
    spans.flatMap((s) => cutLong(text, s)),
  );
}

/** Chinese `；` joins two complete sentences; ICU does not split there. */
const SEMICOLON = /；[”’」』）]*/g;

/** A stop, its citation marks, then the next sentence's capital: `…states.[12][a] The…` (ICU doesn't break there). */
const AFTER_CITATIONS = /[.!?。！？]["”’)]*(?:\[[\da-z]{1,4}\])+(?=\s*\p{Lu})/gu;

/** Cuts spans after each match of `pattern` (a global regex) that has more text after it in the span. */
function splitAfter(text: string, spans: Span[], pattern: RegExp): Span[] {
  return spans.flatMap((span) => {
    const out: Span[] = [];
    let start = span.start;
    pattern.lastIndex = span.start;
    for (let m = pattern.exec(text); m && m.index < span.end; m = pattern.exec(text)) {
      const end = m.index + m[0].length;
      if (end < span.end && text.slice(end, span.end).trim()) {
        out.push({ start, end });
        start = end;
      }
    }
    out.push({ start, end: span.end });
    return out;
  });
}

/** The rest of a citation mark the segmenter cut after its `[`: `65]`, `1]: 207`, `a][12]`. */
const CITATION_REST = /^(?:[\da-z]{1,4}\])(?:\[[\da-z]{1,4}\])*(?::\s?[\d–-]+)?/;

/** `…states.[65] The Cook Islands…`: ICU breaks after the `[`; the mark belongs to the sentence it cites. */
function attachCitations(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    const rest = prev && text[prev.end - 1] === '[' ? CITATION_REST.exec(text.slice(span.start, span.end)) : null;
    if (prev && rest) {
      prev.end = span.start + rest[0].length;
      if (prev.end < span.end) out.push({ start: prev.end, end: span.end });
    } else {
      out.push({ ...span });
    }
  }
  return out;
}

function mergeAfterAbbreviations(text: string, spans: Span[], lang: string): Span[] {
  const months = monthsAfterOrdinalDay(lang);
  const piece = (span: Span | undefined) => (span ? text.slice(span.start, span.end) : '');
  const out: Span[] = [];
  spans.forEach((span, i) => {
    const prev = out[out.length - 1];
    const before = piece(prev);
    const next = piece(span);
    if (
      prev &&
      (continuesAfterAbbreviation(before, next) || continuesAfterOrdinal(before, next, piece(spans[i + 1]), months))
    ) {
      prev.end = span.end;
    } else {
      out.push({ ...span });
    }
  });
  return out;
}

/** A day written as an ordinal (`12.`), as German, the Nordic and Slavic languages write dates. */
const ENDS_WITH_ORDINAL = /(?:^|[^\d.,])\d{1,2}\.\s*$/;
/** A range's middle: `bis 13.`, `und 13.`, `– 13.`: a few words that end on the next ordinal. */
const ORDINAL_RANGE = /^\s*(?:\S+\s+){0,2}\d{1,2}\.\s*$/;

/**
 * `Am 12. März`, `Am 12. Bis 13. September`: ICU ends a sentence after the day's dot when a capital follows. In a
 * language that writes its dates so, it goes on if a month follows, or a lower-case word, or a range's middle that
 * reaches a month.
 */
function continuesAfterOrdinal(prev: string, next: string, following: string, months: ReadonlySet<string>): boolean {
  if (months.size === 0 || !ENDS_WITH_ORDINAL.test(prev)) return false;
  const startsWithMonth = (s: string) => months.has(/^\s*(\p{L}+)/u.exec(s)?.[1]?.toLowerCase() ?? '');
  return /^\s*\p{Ll}/u.test(next) || startsWithMonth(next) || (ORDINAL_RANGE.test(next) && startsWithMonth(following));
}

/** Names that follow an initialism as one word: `U.S. Army`, `U.S. Open`, `U.K. Parliament`. */
const AFTER_INITIALISM = new Set([
  'army',
  'navy',
  'marines',
  'congress',
  'senate',
  'house',
  'parliament',
  'government',
  'embassy',
  'ambassador',
  'president',
  'secretary',
  'department',
  'treasury',
  'court',
  'military',
  'forces',
  'open',
  'dollar',
  'dollars',
]);

/**
 * After an initialism (`U.S.`, `U.N.`) a sentence goes on with a name: a run of capitalised words (`U.N. General
 * Assembly`, `U.S. President Biden`) or one of the words that follow it alone (`U.S. Army`). Any other word starts
 * a sentence (`…back to the U.S. However, the talks…`).
 */
function continuesAfterInitialism(prev: string, next: string): boolean {
  if (!/(?:^|[\s(“"'])(?:[A-Z]\.){2,}\s*$/.test(prev)) return false;
  const name = /^\s*(\p{Lu}[\p{L}'’-]*)(\s+\p{Lu})?/u.exec(next);
  return name !== null && (name[2] !== undefined || AFTER_INITIALISM.has(name[1]!.toLowerCase()));
}

function continuesAfterAbbreviation(prev: string, next: string): boolean {
  if (continuesAfterInitialism(prev, next)) return true;
  const m = /(?:^|[\s(“"'])([A-Za-z]+)\.\s*$/.exec(prev);
  if (!m) return false;
  const word = m[1]!;
  // "J. K. Rowling", "U.S. Army": a lone capital is an initial.
  if (word.length === 1 && /[A-Z]/.test(word)) return /^\s*[A-Z]/.test(next);
  const lower = word.toLowerCase();
  // "No. 5" continues; "voters said no. The measure failed" does not.
  if (NUMBER_ABBREVIATIONS.has(lower)) return /^\s*\d/.test(next);
  if (NON_FINAL_ABBREVIATIONS.has(lower)) return /^\s*[\p{Lu}\d(“"']/u.test(next);
  return false;
}

// Full-width brackets and title marks hold whole sentences too: `（原标题：姚明对周琦说了啥？）`, `《你好吗？》`.
const OPENING_QUOTES = /[“「『（《]/g;
const CLOSING_QUOTES = /[”」』）》]/g;

/**
 * A quotation of several sentences stays one unit (bounded), so no shown sentence starts or ends inside it; so does
 * a bracket or a title holding a question.
 */
function mergeQuotations(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  let open = 0;
  for (const span of spans) {
    const prev = out[out.length - 1];
    const segment = text.slice(span.start, span.end);
    if (prev && open > 0 && span.end - prev.start <= MAX_QUOTE_MERGE) {
      prev.end = span.end;
    } else {
      out.push({ ...span });
      open = 0;
    }
    open = Math.max(0, open + count(segment, OPENING_QUOTES) - count(segment, CLOSING_QUOTES));
  }
  return out;
}

function count(s: string, re: RegExp): number {
  return s.match(re)?.length ?? 0;
}

function cutLong(text: string, span: Span): Span[] {
  const cuts = safeCuts(text.slice(span.start, span.end), MAX_SENTENCE);
  const bounds = [span.start, ...cuts.map((c) => span.start + c), span.end];
  return bounds.slice(1).map((end, i) => ({ start: bounds[i]!, end }));
}

/** Drop surrounding whitespace from each span, and spans with no letter or digit at all. */
function trimSpans(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const { start, end } of spans) {
    const s = text.slice(start, end);
    const lead = s.length - s.trimStart().length;
    const trimmed = s.trim();
    if (!/[\p{L}\p{N}]/u.test(trimmed)) continue;
    out.push({ start: start + lead, end: start + lead + trimmed.length });
  }
  return out;
}
