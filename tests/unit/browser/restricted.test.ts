import { describe, expect, it } from 'vitest';
import { restrictionFromError, restrictionOf } from '@/utils/browser/restricted';

describe('restrictionOf', () => {
  it.each([
    ['chrome://version', /browser’s own pages/],
    ['chrome://newtab/', /browser’s own pages/],
    ['edge://settings', /browser’s own pages/],
    ['about:blank', /browser’s own pages/],
    ['devtools://devtools/bundled/inspector.html', /browser’s own pages/],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html', /belongs to an extension/],
    ['https://chromewebstore.google.com/detail/some-extension/abc', /Chrome Web Store/],
    ['https://chrome.google.com/webstore/detail/abc', /Chrome Web Store/],
    ['view-source:https://example.com/', /source code view/],
    ['https://example.com/report.pdf', /PDF viewer/],
    ['file:///home/me/paper.PDF', /PDF viewer/],
    ['data:text/html,<p>hi</p>', /web pages/],
    ['not a url', /web pages/],
  ])('%s is off limits', (url, reason) => {
    expect(restrictionOf(url)).toMatch(reason);
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
    ['Cannot access a chrome:// URL', /browser’s own pages/],
    ['The extensions gallery cannot be scripted.', /Chrome Web Store/],
    ['Cannot access contents of url "file:///home/me/a.html". Extension manifest must request permission to access this host.', /Allow access to file URLs/],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', /Click the Digest button/],
  ])('explains “%s”', (error, reason) => {
    expect(restrictionFromError(error)).toMatch(reason);
  });

  it('leaves other errors alone', () => {
    expect(restrictionFromError('No tab with id: 42.')).toBeUndefined();
  });
});
