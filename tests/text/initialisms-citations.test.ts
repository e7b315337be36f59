import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/utils/engine/text/sentences';

const split = (text: string, lang = 'en') => splitSentences([{ kind: 'paragraph', text }], lang).map((s) => s.text);

describe('an initialism ending a sentence', () => {
  it.each([
    [
      'However',
      'He flew back to the U.S. However, the talks had already failed.',
      ['He flew back to the U.S.', 'However, the talks had already failed.'],
    ],
    [
      'When',
      'She moved to the U.K. When she arrived, the office was closed.',
      ['She moved to the U.K.', 'When she arrived, the office was closed.'],
    ],
    [
      'Meanwhile',
      'Exports fell in the U.S. Meanwhile, imports rose sharply.',
      ['Exports fell in the U.S.', 'Meanwhile, imports rose sharply.'],
    ],
    [
      'Officials',
      'The shipment reached the U.S. Officials said it was late.',
      ['The shipment reached the U.S.', 'Officials said it was late.'],
    ],
  ])('a sentence opening with %s after “U.S.”/“U.K.” is a sentence of its own', (_word, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe('citation marks', () => {
  // ICU does not break after `.[a]` or `.[12][a]`.
  it('a lettered note mark `[a]` stays with its sentence, and the next sentence is one of its own', () => {
    expect(split('It is among the most stable states.[a] The Cook Islands are self-governing.')).toEqual([
      'It is among the most stable states.[a]',
      'The Cook Islands are self-governing.',
    ]);
  });

  it('`[12][a]` likewise', () => {
    expect(split('It is among the most stable states.[12][a] The Cook Islands are self-governing.')).toEqual([
      'It is among the most stable states.[12][a]',
      'The Cook Islands are self-governing.',
    ]);
  });

  it('every sentence’s offsets still match its block', () => {
    const text =
      'It is among the most stable states.[65] The U.S. Army came.[1]: 207 库克群岛是国家。[1]库克群岛是自由的。';
    const sentences = splitSentences([{ kind: 'paragraph', text }], 'en');
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
