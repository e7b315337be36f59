import type { FailureKey } from '../../core/failure';

/**
 * Pages Chrome never lets an extension read, whatever its permissions. Knowing them up front lets the popup say why
 * instead of showing the browser's raw "Cannot access…" error. Each answer is the key of the sentence that says so.
 */

export type Restriction = Extract<
  FailureKey,
  | 'webStore'
  | 'browserPage'
  | 'extensionPage'
  | 'viewSource'
  | 'localFile'
  | 'pdf'
  | 'notWebPage'
  | 'image'
  | 'media'
  | 'notAllowed'
>;

/** Browser-internal schemes: the browser's settings and tools, not the web. */
const BROWSER_SCHEMES = [
  'chrome:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'about:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
];
const EXTENSION_SCHEMES = ['chrome-extension:', 'moz-extension:', 'extension:'];

/** Why the page at `url` can't be digested, or undefined when it can (as far as the URL tells). */
export function restrictionOf(url: string): Restriction | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'notWebPage';
  }
  const { protocol, hostname, pathname } = parsed;
  if (protocol === 'view-source:') return 'viewSource';
  if (BROWSER_SCHEMES.includes(protocol)) return 'browserPage';
  if (EXTENSION_SCHEMES.includes(protocol)) return 'extensionPage';
  if (protocol === 'file:') return /\.pdf$/i.test(pathname) ? 'pdf' : undefined;
  if (protocol !== 'http:' && protocol !== 'https:') return 'notWebPage';
  if (hostname === 'chromewebstore.google.com') return 'webStore';
  if (hostname === 'chrome.google.com' && pathname.startsWith('/webstore')) return 'webStore';
  if (/\.pdf$/i.test(pathname)) return 'pdf';
  return undefined;
}

/**
 * Why a document of this MIME type can't be digested, or undefined for text. The URL can't tell: an image or a PDF
 * is often served from an address without an extension, and the tab then shows the browser's image or PDF viewer.
 */
export function restrictionOfContentType(contentType: string): Restriction | undefined {
  const type = contentType.toLowerCase();
  if (type === 'application/pdf') return 'pdf';
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('video/') || type.startsWith('audio/')) return 'media';
  return undefined;
}

/**
 * Chrome's injection errors → a reader's sentence, when the error says the page is off limits (the tab URL is hidden
 * from the extension when it has no access, so the error is sometimes the only clue).
 */
export function restrictionFromError(message: string): Restriction | undefined {
  if (/extensions gallery cannot be scripted/i.test(message)) return 'webStore';
  if (/Cannot access a (chrome|edge|about|devtools)[\w-]*:\/\/ URL/i.test(message)) return 'browserPage';
  if (/Cannot access contents of url "file:/i.test(message)) return 'localFile';
  if (/Cannot access a chrome-extension:\/\/ URL of different extension/i.test(message)) return 'extensionPage';
  if (/Cannot access contents of (the page|url)|must request permission to access/i.test(message)) {
    return 'notAllowed';
  }
  return undefined;
}
