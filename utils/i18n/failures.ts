import { i18n } from '#i18n';
import { NOT_AN_ARTICLE } from '../browser/page-kind';
import { NO_SELECTION } from '../worker/popup-protocol';
import { RESTRICTION } from '../browser/restricted';
import { FAILURE_SENTENCE, type Failure, type FailureReason } from '../messages';
import { formatLocale, isChineseUi } from './locale';

/**
 * Failures are made in browser-free code (the engine, the worker's handlers) with a reason code and an English
 * sentence, which the CLI prints as is. The UI turns them into the reader's language here: a sentence it knows is
 * translated, one it doesn't (it carries a detail, such as the browser's own error) is kept in English for English
 * readers and replaced by its reason's sentence for others.
 */

type Text = () => string;

const TITLE: Record<FailureReason, Text> = {
  restricted: () => i18n.t('failure.title.restricted'),
  'no-article': () => i18n.t('failure.title.noArticle'),
  'in-frame': () => i18n.t('failure.title.inFrame'),
  'page-changed': () => i18n.t('failure.title.pageChanged'),
  'too-large': () => i18n.t('failure.title.tooLarge'),
  timeout: () => i18n.t('failure.title.timeout'),
  storage: () => i18n.t('failure.title.storage'),
  'not-found': () => i18n.t('failure.title.notFound'),
  error: () => i18n.t('failure.title.error'),
};

const REASON: Record<FailureReason, Text> = {
  restricted: () => i18n.t('failure.reason.restricted'),
  'no-article': () => i18n.t('failure.reason.noArticle'),
  'in-frame': () => i18n.t('failure.reason.inFrame'),
  'page-changed': () => i18n.t('failure.known.pageChanged'),
  'too-large': () => i18n.t('failure.reason.tooLarge'),
  timeout: () => i18n.t('failure.reason.timeout'),
  storage: () => i18n.t('failure.reason.storage'),
  'not-found': () => i18n.t('failure.reason.notFound'),
  error: () => i18n.t('failure.reason.error'),
};

/** The English sentences the engine and the worker produce, each with its message key. */
const KNOWN = new Map<string, Text>([
  [RESTRICTION.webStore, () => i18n.t('failure.known.webStore')],
  [RESTRICTION.browserPage, () => i18n.t('failure.known.browserPage')],
  [RESTRICTION.extensionPage, () => i18n.t('failure.known.extensionPage')],
  [RESTRICTION.viewSource, () => i18n.t('failure.known.viewSource')],
  [RESTRICTION.localFile, () => i18n.t('failure.known.localFile')],
  [RESTRICTION.pdf, () => i18n.t('failure.known.pdf')],
  [RESTRICTION.notWebPage, () => i18n.t('failure.known.notWebPage')],
  [RESTRICTION.image, () => i18n.t('failure.known.image')],
  [RESTRICTION.media, () => i18n.t('failure.known.media')],
  [RESTRICTION.notAllowed, () => i18n.t('failure.known.notAllowed')],
  [NOT_AN_ARTICLE.generic, () => i18n.t('failure.known.noArticle')],
  [NOT_AN_ARTICLE.signIn, () => i18n.t('failure.known.signIn')],
  [NOT_AN_ARTICLE.searchResults, () => i18n.t('failure.known.searchResults')],
  [NOT_AN_ARTICLE.empty, () => i18n.t('failure.known.empty')],
  ['There is no text on this page to digest.', () => i18n.t('failure.known.noText')],
  ['Digest was interrupted before it finished. Please try again.', () => i18n.t('failure.known.interrupted')],
  ['Reading this page took too long. It may be very large or still loading; try again.', () => i18n.t('failure.known.timeout')],
  ['This digest is no longer in your history.', () => i18n.t('failure.known.notFound')],
  [FAILURE_SENTENCE.storageFull, () => i18n.t('failure.known.storageFull')],
  [FAILURE_SENTENCE.historyBlocked, () => i18n.t('failure.known.historyBlocked')],
  [FAILURE_SENTENCE.pageChanged, () => i18n.t('failure.known.pageChanged')],
  [FAILURE_SENTENCE.draftGone, () => i18n.t('failure.known.draftGone')],
  [NO_SELECTION, () => i18n.t('failure.known.noSelection')],
]);

const IN_FRAME = /^The article on this page is inside a frame, which Digest can’t read from here\. Open (.+) in a tab of its own/;
const TOO_MANY_ELEMENTS = /^This page has ([\d,]+) elements, too many to find the article in\.$/;

export function failureTitle(failure: Failure): string {
  return (TITLE[failure.reason] ?? TITLE.error)();
}

export function failureSentence(failure: Failure, locale: string = formatLocale()): string {
  const known = KNOWN.get(failure.message);
  if (known) return known();
  const elements = TOO_MANY_ELEMENTS.exec(failure.message);
  if (elements) {
    const count = Number(elements[1]!.replaceAll(',', ''));
    return i18n.t('failure.known.tooManyElements', [new Intl.NumberFormat(locale).format(count)]);
  }
  const frame = IN_FRAME.exec(failure.message);
  if (frame) {
    const address = frame[1] === 'the framed page' ? '' : frame[1]!;
    return address ? i18n.t('failure.known.inFrameAt', [address]) : i18n.t('failure.known.inFrame');
  }
  return isChineseUi(locale) ? (REASON[failure.reason] ?? REASON.error)() : failure.message;
}
