import { describe, expect, it } from 'vitest';
import { restrictionFromError, restrictionOf } from '@/utils/engine/extract/restricted';

describe('restrictionOf', () => {
  it.each([
    ['chrome://version', 'browserPage'],
    ['chrome://newtab/', 'browserPage'],
    ['edge://settings', 'browserPage'],
    ['about:blank', 'browserPage'],
    ['devtools://devtools/bundled/inspector.html', 'browserPage'],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html', 'extensionPage'],
    ['https://chromewebstore.google.com/detail/some-extension/abc', 'webStore'],
    ['https://chrome.google.com/webstore/detail/abc', 'webStore'],
    ['view-source:https://example.com/', 'viewSource'],
    ['https://example.com/report.pdf', 'pdf'],
    ['file:///home/me/paper.PDF', 'pdf'],
    ['data:text/html,<p>hi</p>', 'notWebPage'],
    ['not a url', 'notWebPage'],
  ])('%s is off limits', (url, reason) => {
    expect(restrictionOf(url)).toBe(reason);
  });

  it.each([
    'https://www.bbc.co.uk/news/articles/c0000000',
    'http://127.0.0.1:8080/article.html',
    'https://chrome.google.com/intl/en/chrome/',
    'https://example.com/pdf-tips.html',
    'file:///home/me/saved-article.html',
  ])('%s can be digested', (url) => {
    expect(restrictionOf(url)).toBeUndefined();
  });
});

describe('restrictionFromError', () => {
  it.each([
    ['Cannot access a chrome:// URL', 'browserPage'],
    ['The extensions gallery cannot be scripted.', 'webStore'],
    [
      'Cannot access contents of url "file:///home/me/a.html". Extension manifest must request permission to access this host.',
      'localFile',
    ],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'notAllowed',
    ],
  ])('explains “%s”', (error, reason) => {
    expect(restrictionFromError(error)).toBe(reason);
  });

  it('leaves other errors alone', () => {
    expect(restrictionFromError('No tab with id: 42.')).toBeUndefined();
  });
});
