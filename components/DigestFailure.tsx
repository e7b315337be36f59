import { i18n } from '#i18n';
import type { FailureReason } from '@/utils/core/failure';
import { failureSentence, failureTitle } from '@/utils/runtime/i18n/failures';
import type { DigestMode, ReplyFailure } from '@/utils/runtime/messages';
import { DigestView } from './DigestView';
import { StatusMessage } from './StatusMessage';

/** Worth retrying: the same request may well succeed a second time. */
const RETRYABLE: ReadonlySet<FailureReason> = new Set(['timeout', 'page-changed', 'storage', 'error']);

/** Where reading the page as an article failed but its plain text may still be worth a digest. */
const WHOLE_PAGE_HELPS: ReadonlySet<FailureReason> = new Set(['no-article', 'too-large']);

/**
 * Why there is no digest (the failure's own sentence says what kind of page this is), and the one thing the reader
 * can do about it, if any. `mode` is what was attempted: after a whole-page attempt, "Digest anyway" has nothing
 * more to offer.
 */
export function DigestFailure({
  failure,
  mode,
  onDigestAnyway,
  onRetry,
}: {
  failure: ReplyFailure;
  mode: DigestMode;
  onDigestAnyway: () => void;
  onRetry: () => void;
}) {
  const offerWholePage = WHOLE_PAGE_HELPS.has(failure.reason) && mode === 'article';
  const action = offerWholePage ? (
    <button type="button" className="button button--primary" onClick={onDigestAnyway}>
      {i18n.t('failure.digestAnyway')}
    </button>
  ) : RETRYABLE.has(failure.reason) ? (
    <button type="button" className="button button--primary" onClick={onRetry}>
      {i18n.t('failure.tryAgain')}
    </button>
  ) : undefined;
  const sentence = failureSentence(failure);
  if (failure.unsaved) {
    // A digest that couldn't be saved is still worth reading: shown in full, under why it isn't in the history.
    return (
      <DigestView digest={failure.unsaved}>
        <footer className="digest__actions" data-testid="unsaved">
          <p className="digest__notice" role="alert">
            {sentence}
          </p>
          <div className="digest__buttons">{action}</div>
        </footer>
      </DigestView>
    );
  }
  return (
    <StatusMessage tone="problem" title={failureTitle(failure)} actions={action}>
      {offerWholePage ? `${sentence} ${i18n.t('failure.wholePageHint')}` : sentence}
    </StatusMessage>
  );
}
