import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/engine/extract/extract';
import { documentOf } from '../support/dom';
import { hasShared, sharedFile } from '../support/shared';

/**
 * Mozilla Readability's own test pages (../shared): our blocks must carry the same text as Readability's
 * expected output — nothing lost, nothing added — while keeping headings and paragraphs apart.
 */

const PAGES = [
  'gmw',
  'qq',
  'youth',
  'pixnet',
  'bbc-1',
  'nytimes-1',
  'guardian-1',
  'lemonde-1',
  'medium-1',
  'wikipedia',
  'rtl-1',
];

/** Han/kana characters one token each, other words whole: comparable across languages. */
function tokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text
    .toLowerCase()
    .matchAll(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu)) {
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  return counts;
}

function overlapF1(a: Map<string, number>, b: Map<string, number>): number {
  let hits = 0;
  let na = 0;
  let nb = 0;
  for (const v of a.values()) na += v;
  for (const v of b.values()) nb += v;
  for (const [t, v] of a) hits += Math.min(v, b.get(t) ?? 0);
  return na && nb ? (2 * hits) / (na + nb) : 0;
}

describe.skipIf(!hasShared)('extractArticle on Readability test pages', () => {
  it.each(PAGES)('%s: same text as Readability expects, in blocks', (name) => {
    const result = extractArticle(
      documentOf(sharedFile('pages/readability', name, 'source.html')),
      `http://fakehost/${name}`,
    );
    if (!result.ok) throw new Error(result.key);
    const expected = documentOf(`<html><body>${sharedFile('pages/readability', name, 'expected.html')}</body></html>`);
    const ours = result.article.blocks.map((b) => b.text).join('\n');
    expect(overlapF1(tokens(ours), tokens(expected.body.textContent ?? ''))).toBeGreaterThan(0.95);
    // Blocks, not one glued string: every block is shorter than the whole.
    expect(result.article.blocks.length).toBeGreaterThan(1);
  });

  it('hukumusume: a short Japanese fable extracts (Readability#381), without its table-layout navigation', () => {
    const result = extractArticle(
      documentOf(sharedFile('pages/readability/hukumusume/source.html')),
      'http://fakehost/h',
    );
    if (!result.ok) throw new Error(result.key);
    const text = result.article.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('肉をくわえたイヌが、橋を渡っていました。');
    expect(text).not.toContain('元旦のイソップ童話');
  });

  it.each([
    ['gmw', 'zh'],
    ['qq', 'zh'],
    ['youth', 'zh'],
    ['pixnet', 'zh'],
    ['hukumusume', 'ja'],
    ['bbc-1', 'en'],
    ['lemonde-1', 'fr'],
  ])('%s is in %s', (name, lang) => {
    const result = extractArticle(
      documentOf(sharedFile('pages/readability', name, 'source.html')),
      `http://fakehost/${name}`,
    );
    expect(result.ok && result.article.lang.toLowerCase().split('-')[0]).toBe(lang);
  });
});
