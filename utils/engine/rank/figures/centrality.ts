/**
 * How central a figure is to the story, beyond the salience of its sentence: a headline states the story's number
 * (`New car sales plunge 10 percent`, `老中医绝食49天`) and names what the story is about, so a figure the headline
 * repeats, or one counting what the headline names, is the story's; a figure in brackets or in an example is an aside
 * (`Plains (covering 65 percent of the surface)`, `For example, …`), and so is the size of a set something is one of
 * (`Europa, one of Jupiter’s 79 moons`), told in passing.
 */

import { termsOf } from '../terms';
import type { Candidate } from './candidate';
import { EN_ASIDE_OPENERS, EN_ONE_OF } from './en/label';
import { ZH_ASIDE_OPENERS, ZH_ONE_OF } from './zh/label';

const NUMBER = /^\p{N}/u;

/**
 * In [0, 1]: 1 when the headline writes the figure (`10 percent`, `49天`; `60万` for `60万个`), `LABEL_IN_HEADLINE`
 * when its label shares a word with the headline, else 0. `titleTerms` are the title's index terms (`termsOf`).
 */
export function headlineShare(
  written: string,
  label: string | undefined,
  title: string,
  titleTerms: readonly string[],
  lang: string,
): number {
  if (title && writes(flat(title), flat(written))) return 1;
  if (label && termsOf(label, lang).some((t) => !NUMBER.test(t) && titleTerms.includes(t))) return LABEL_IN_HEADLINE;
  return 0;
}

/** A label about what the headline names is weaker evidence than the headline's own number. */
const LABEL_IN_HEADLINE = 0.2;

function flat(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The title writes the figure from its first digit (a hedge may differ: `超1000万人`, `1000万`), whole, or up to its
 * scale where the title has no word right after it (`60万` for `60万个`; not `49天` for `49公斤`, `10 best` for
 * `10 hours`).
 */
function writes(title: string, written: string): boolean {
  const core = /\d.*/.exec(written)?.[0];
  if (!core) return false;
  const number = /^\d[\d.,]*(?:[万亿千百]|\s?(?:million|billion|trillion|bn|m|k)\b)?/.exec(core)![0];
  return (
    occurs(title, core, () => true) || (/\D/.test(number) && occurs(title, number, (after) => !/\p{L}/u.test(after)))
  );
}

/** `part` in `title` as a whole number (no digit runs on either side), with what follows it as `fits` wants. */
function occurs(title: string, part: string, fits: (after: string) => boolean): boolean {
  for (let at = title.indexOf(part); at >= 0; at = title.indexOf(part, at + 1)) {
    const after = title[at + part.length] ?? '';
    if (!/[\d.,]/.test(title[at - 1] ?? '') && !/\d/.test(after) && fits(after)) return true;
  }
  return false;
}

/**
 * Told in passing: inside brackets still open at the figure (`(covering 65 percent of the surface)`,
 * `（每次间隔24小时以上）`), or in a sentence that opens an example or a supposition (`For example, a family earning
 * $50,000…`, `例如，假设你在5000英尺高度上飞行`): its numbers illustrate, they are not the story's. So does the size of a
 * set something is one of (`one of Jupiter’s 79 moons`, `8个…国家之一`).
 */
export function inAside(sentence: string, figure: Pick<Candidate, 'start' | 'end'>): boolean {
  if (EN_ASIDE_OPENERS.test(sentence) || ZH_ASIDE_OPENERS.test(sentence)) return true;
  if (EN_ONE_OF.test(sentence.slice(Math.max(0, figure.start - 40), figure.start))) return true;
  if (ZH_ONE_OF.test(sentence.slice(figure.end))) return true;
  let depth = 0;
  for (const c of sentence.slice(0, figure.start)) {
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
  }
  return depth > 0;
}
