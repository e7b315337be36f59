/**
 * Pages Chrome never lets an extension read, whatever its permissions. Knowing them up front lets the popup say why
 * instead of showing the browser's raw "Cannot access…" error.
 */

const WEB_STORE = 'Chrome keeps extensions out of the Chrome Web Store, so this page can’t be digested.';
const BROWSER_PAGE = 'This is one of the browser’s own pages; extensions aren’t allowed to read it.';
const EXTENSION_PAGE = 'This page belongs to an extension; other extensions aren’t allowed to read it.';
const VIEW_SOURCE = 'This is a page’s source code view, which extensions can’t read. Open the page itself instead.';
const LOCAL_FILE =
  'Digest can’t read files on your computer until you turn on “Allow access to file URLs” for it in ' +
  'chrome://extensions.';
const PDF = 'PDF documents open in the browser’s PDF viewer, which extensions can’t read.';
const NOT_A_WEB_PAGE = 'Digest works on web pages (http and https); this tab isn’t one.';
const IMAGE = 'This tab shows an image, not a page with text, so there is nothing to digest.';
const MEDIA = 'This tab plays a video or sound file, not a page with text, so there is nothing to digest.';
const NOT_ALLOWED =
  'Chrome didn’t let Digest read this page. Click the Digest button on the page itself and try again.';

/** Every sentence above, by name, so the UI can show each in the reader's language (utils/i18n/failures.ts). */
export const RESTRICTION = {
  webStore: WEB_STORE,
  browserPage: BROWSER_PAGE,
  extensionPage: EXTENSION_PAGE,
  viewSource: VIEW_SOURCE,
  localFile: LOCAL_FILE,
  pdf: PDF,
  notWebPage: NOT_A_WEB_PAGE,
  image: IMAGE,
  media: MEDIA,
  notAllowed: NOT_ALLOWED,
} as const;

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
export function restrictionOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return NOT_A_WEB_PAGE;
  }
  const { protocol, hostname, pathname } = parsed;
  if (protocol === 'view-source:') return VIEW_SOURCE;
  if (BROWSER_SCHEMES.includes(protocol)) return BROWSER_PAGE;
  if (EXTENSION_SCHEMES.includes(protocol)) return EXTENSION_PAGE;
  if (protocol === 'file:') return /\.pdf$/i.test(pathname) ? PDF : undefined;
  if (protocol !== 'http:' && protocol !== 'https:') return NOT_A_WEB_PAGE;
  if (hostname === 'chromewebstore.google.com') return WEB_STORE;
  if (hostname === 'chrome.google.com' && pathname.startsWith('/webstore')) return WEB_STORE;
  if (/\.pdf$/i.test(pathname)) return PDF;
  return undefined;
}

/**
 * Why a document of this MIME type can't be digested, or undefined for text. The URL can't tell: an image or a PDF
 * is often served from an address without an extension, and the tab then shows the browser's image or PDF viewer.
 */
export function restrictionOfContentType(contentType: string): string | undefined {
  const type = contentType.toLowerCase();
  if (type === 'application/pdf') return PDF;
  if (type.startsWith('image/')) return IMAGE;
  if (type.startsWith('video/') || type.startsWith('audio/')) return MEDIA;
  return undefined;
}

/**
 * Chrome's injection errors → a reader's sentence, when the error says the page is off limits (the tab URL is hidden
 * from the extension when it has no access, so the error is sometimes the only clue).
 */
export function restrictionFromError(message: string): string | undefined {
  if (/extensions gallery cannot be scripted/i.test(message)) return WEB_STORE;
  if (/Cannot access a (chrome|edge|about|devtools)[\w-]*:\/\/ URL/i.test(message)) return BROWSER_PAGE;
  if (/Cannot access contents of url "file:/i.test(message)) return LOCAL_FILE;
  if (/Cannot access a chrome-extension:\/\/ URL of different extension/i.test(message)) return EXTENSION_PAGE;
  if (/Cannot access contents of (the page|url)|must request permission to access/i.test(message)) {
    return NOT_ALLOWED;
  }
  return undefined;
}
