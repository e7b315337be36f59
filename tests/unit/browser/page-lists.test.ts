import { describe, expect, it } from 'vitest';
import { itemsOf, queryValues } from '@/utils/engine/extract/page-lists';

/**
 * What a Firefox content script sees of some page objects: the list's indexes and length, its `forEach`, but no
 * working iteration protocol (spreading throws "is not iterable", Array.from gives []).
 */
function xrayLike<T>(items: T[]) {
  const list: Record<number, T> & { length: number; [Symbol.iterator]?: unknown } = { length: items.length };
  items.forEach((item, i) => {
    list[i] = item;
  });
  return list;
}

describe('page lists are read in a form Firefox content scripts run', () => {
  it('reads a list that has no iterator, by index', () => {
    const list = xrayLike(['a', 'b', 'c']);
    expect(() => [...(list as unknown as string[])]).toThrow(/not iterable/);
    expect(itemsOf(list)).toEqual(['a', 'b', 'c']);
  });

  it('reads a real NodeList-like array and an empty one', () => {
    expect(itemsOf(['x'])).toEqual(['x']);
    expect(itemsOf(xrayLike([]))).toEqual([]);
  });

  it('reads query values with forEach, not the values() iterator', () => {
    const params = new URLSearchParams('q=riverside+park&p=2&q=again');
    const wrapped = { forEach: params.forEach.bind(params), values: () => ({ next: () => ({ done: true }) }) };
    expect(() => [...(wrapped.values() as unknown as string[])]).toThrow(/not iterable/);
    expect(queryValues(wrapped)).toEqual(['riverside park', '2', 'again']);
  });
});
