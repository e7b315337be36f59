import { describe, expect, it } from 'vitest';
import { historyAddress, pageAddress, passageAddress } from '@/utils/core/address';

describe('addresses', () => {
  it.each([
    ['https://ex.com/a#comments', 'https://ex.com/a', 'https://ex.com/a'],
    ['https://ex.com/a', 'https://ex.com/a', 'https://ex.com/a'],
    ['https://ex.com/a#:~:text=hello%20world', 'https://ex.com/a', 'https://ex.com/a#:~:text=hello%20world'],
    ['not a url', 'not a url', 'not a url'],
    ['not a url#:~:text=x', 'not a url', 'not a url#:~:text=x'],
    // An app routed by its fragment: each route is a page of its own.
    ['https://ex.com/#/story/12', 'https://ex.com/#/story/12', 'https://ex.com/#/story/12'],
    ['https://ex.com/#!/story/12', 'https://ex.com/#!/story/12', 'https://ex.com/#!/story/12'],
    // A passage of a route: the directive follows the route (`#/story/12#:~:text=` would route to `/story/12#`).
    ['https://ex.com/#/story/12#:~:text=hi', 'https://ex.com/#/story/12', 'https://ex.com/#/story/12:~:text=hi'],
    ['https://ex.com/#/story/12:~:text=hi', 'https://ex.com/#/story/12', 'https://ex.com/#/story/12:~:text=hi'],
    // The root route is the page itself.
    ['https://ex.com/#/', 'https://ex.com/', 'https://ex.com/'],
  ])('%s → page %s, history entry %s', (address, page, entry) => {
    expect(pageAddress(address)).toBe(page);
    expect(historyAddress(address)).toBe(entry);
  });

  it('is the same address when applied again', () => {
    for (const a of [
      'https://ex.com/a#:~:text=x',
      'not a url#:~:text=x',
      'https://ex.com/#/s#:~:text=x',
      'https://ex.com/#/s:~:text=x',
    ]) {
      expect(historyAddress(historyAddress(a))).toBe(historyAddress(a));
    }
  });

  it('links to a passage by its first and last words, reserved characters encoded', () => {
    const passage = 'The well-known bridge, closed since May, reopened on Monday after repairs costing $80m.';
    expect(passageAddress('https://ex.com/a#top', passage)).toBe(
      'https://ex.com/a#:~:text=The%20well%2Dknown%20bridge%2C%20closed,after%20repairs%20costing%20%2480m.',
    );
  });

  it('links to a passage of an app’s route after the route, so the app stays on it', () => {
    const link = passageAddress('https://app.ex.com/#/story/12', 'The council approved the budget.');
    expect(link).toBe('https://app.ex.com/#/story/12:~:text=The%20council%20approved%20the%20budget.');
    expect(new URL(link).hash.split(':~:')[0]).toBe('#/story/12');
  });

  it('links to a Chinese passage by characters', () => {
    const passage = '京东云已为超过1500家大型企业、超152万家中小微企业提供了数字化解决方案。';
    const link = passageAddress('https://ex.cn/a', passage);
    expect(decodeURIComponent(link.split('#:~:text=')[1]!)).toBe('京东云已为超过150,供了数字化解决方案。');
  });
});
