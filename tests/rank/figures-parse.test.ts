/** Figure forms the golden corpus (`figures-corpus.test.ts`) can't hold: a reading by language, and forms whose label is still wrong. */
import { describe, expect, it } from 'vitest';
import { readFigures, scoreFigures } from '../../utils/engine/rank/figures';
import { selectFigures } from '../../utils/engine/rank/figures/rank';
import type { KeyFigure } from '../../utils/engine/rank/types';

function figuresOf(text: string, lang = 'en'): KeyFigure[] {
  // Every figure read, ranked: what the reader stage finds, before the rules of what a card may show.
  return selectFigures(
    scoreFigures(
      readFigures([{ index: 0, text, block: 0, start: 0, end: text.length, heading: false }], { lang }),
      [0.5],
    ),
    50,
  );
}

describe('forms', () => {
  it('reads ¥ as yen in a Japanese article', () => {
    expect(figuresOf('価格は¥300です。', 'ja')[0]).toMatchObject({ text: '¥300', currency: 'JPY' });
  });

  // Their labels are wrong (`giant`, `张先生退休`), so they are no corpus rows; the reading itself is right.
  it.each([
    [
      'en',
      'The US giant earned $630m (£481.5m) in the quarter.',
      { text: '$630m (£481.5m)', value: 630_000_000, kind: 'money', currency: 'USD' },
    ],
    ['zh', '现年72岁的张先生退休了。', { text: '72岁', value: 72, kind: 'duration', unit: '岁' }],
  ] as const)('%s: %s', (lang, sentence, expected) => {
    expect(figuresOf(sentence, lang).find((f) => f.text === expected.text)).toMatchObject(expected);
  });
});
