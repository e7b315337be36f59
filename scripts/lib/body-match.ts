/**
 * Is a sentence the article's own? The test the real-page benchmarks share: after NFKC, lower case, and keeping
 * letters and digits only, a sentence is in the body if it is a substring of it, or if at least 80% of its character
 * 4-grams (2-grams for Han text, where one character is nearly a word) occur in it.
 */

const HAN = /\p{Script=Han}/u;
const SHARE = 0.8;

export interface BodyIndex {
  text: string;
  grams: { 2: Set<string>; 4: Set<string> };
}

export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function grams(text: string, n: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
  return out;
}

export function indexBody(body: string): BodyIndex {
  const text = normalise(body);
  return { text, grams: { 2: new Set(grams(text, 2)), 4: new Set(grams(text, 4)) } };
}

export function inBody(sentence: string, body: BodyIndex): boolean {
  const text = normalise(sentence);
  if (text === '' || body.text.includes(text)) return true;
  const chars = [...text];
  const n = chars.filter((c) => HAN.test(c)).length * 2 > chars.length ? 2 : 4;
  const own = grams(text, n);
  if (own.length === 0) return false;
  return own.filter((g) => body.grams[n].has(g)).length >= SHARE * own.length;
}
