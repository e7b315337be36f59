import type { DigestMode, Failure, FailureReason } from '@/utils/messages';
import { StatusMessage } from './StatusMessage';

const TITLES: Record<FailureReason, string> = {
  restricted: 'This page can’t be digested',
  'no-article': 'No article found',
  'too-large': 'This page is too large',
  timeout: 'This is taking too long',
  storage: 'The digest couldn’t be saved',
  'not-found': 'This digest is gone',
  error: 'Something went wrong',
};

/** Worth retrying: the same request may well succeed a second time. */
const RETRYABLE: ReadonlySet<FailureReason> = new Set(['timeout', 'storage', 'error']);

/** Where reading the page as an article failed but its plain text may still be worth a digest. */
const WHOLE_PAGE_HELPS: ReadonlySet<FailureReason> = new Set(['no-article', 'too-large']);

const WHOLE_PAGE_HINT = '“Digest anyway” uses all the text on the page instead.';

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
  failure: Failure;
  mode: DigestMode;
  onDigestAnyway: () => void;
  onRetry: () => void;
}) {
  const offerWholePage = WHOLE_PAGE_HELPS.has(failure.reason) && mode === 'article';
  const action = offerWholePage ? (
    <button type="button" className="button button--primary" onClick={onDigestAnyway}>
      Digest anyway
    </button>
  ) : RETRYABLE.has(failure.reason) ? (
    <button type="button" className="button button--primary" onClick={onRetry}>
      Try again
    </button>
  ) : undefined;
  return (
    <StatusMessage tone="problem" title={TITLES[failure.reason]} actions={action}>
      {offerWholePage ? `${failure.message} ${WHOLE_PAGE_HINT}` : failure.message}
    </StatusMessage>
  );
}
