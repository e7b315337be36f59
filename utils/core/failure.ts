/**
 * Why a digest couldn't be made or saved, as data. Code anywhere (the engine, the worker, the popup) names a message
 * by its key; the UI says it in the reader's language and the CLI in English, both from the same catalogue
 * (`failure.sentence.<key>` in locales/*.yml). No sentence is written in code, so none has to be matched to be translated.
 */

/**
 * What kind of failure it is, which decides what the popup offers with it: "Digest anyway" ('no-article',
 * 'too-large'), "Try again" ('timeout', 'error', 'storage'). 'in-frame': the top page is only a shell around a frame
 * holding the article. 'page-changed': the tab went to another address while it was being read, so nothing was saved.
 */
export type FailureReason =
  | 'restricted'
  | 'no-article'
  | 'in-frame'
  | 'too-large'
  | 'timeout'
  | 'page-changed'
  | 'storage'
  | 'not-found'
  | 'error';

/**
 * Every failure message, `failure.sentence.<key>` in every locale, with how many things it names ($1…): the
 * catalogue test checks both in each locale.
 */
export const FAILURE_PARAMS = {
  // The browser doesn't let extensions read the tab.
  webStore: 0,
  browserPage: 0,
  extensionPage: 0,
  viewSource: 0,
  localFile: 0,
  pdf: 0,
  // A PDF the popup couldn't read.
  pdfNoText: 0,
  pdfDamaged: 0,
  pdfPassword: 0,
  /** [its pages, the most Digest reads] */
  pdfTooManyPages: 2,
  /** [its size in MB, the most Digest reads in MB] */
  pdfTooBig: 2,
  pdfFileAccess: 0,
  pdfFirefox: 0,
  /** [the download's error] */
  pdfDownload: 1,
  notWebPage: 0,
  image: 0,
  media: 0,
  notAllowed: 0,
  // No article: what the page is instead.
  noArticle: 0,
  signIn: 0,
  searchResults: 0,
  empty: 0,
  noText: 0,
  noSelection: 0,
  /** The CLI's input (a file or stdin) has no text. */
  emptyInput: 0,
  /** [Readability's error] */
  unreadable: 1,
  /** [the number of elements] */
  tooManyElements: 1,
  inFrame: 0,
  /** [the framed page's address] */
  inFrameAt: 1,
  pageChanged: 0,
  timeout: 0,
  storageFull: 0,
  historyBlocked: 0,
  /** [the storage's error] */
  notSaved: 1,
  notFound: 0,
  draftGone: 0,
  interrupted: 0,
  noTab: 0,
  /** [the browser's error] */
  cannotRead: 1,
  /** [the error] */
  unexpected: 1,
} as const satisfies Record<string, number>;

export type FailureKey = keyof typeof FAILURE_PARAMS;

export interface Failure {
  reason: FailureReason;
  key: FailureKey;
  /** What the message names ($1, $2… in the catalogue): a number is formatted in the reader's language. */
  params?: readonly (string | number)[];
}

/** A failure as the `ok: false` side of a result. */
export type Failed = { ok: false } & Failure;

export function failure(reason: FailureReason, key: FailureKey, params?: readonly (string | number)[]): Failed {
  return params ? { ok: false, reason, key, params } : { ok: false, reason, key };
}
