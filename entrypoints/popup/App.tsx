import { lazy, Suspense, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { CopyMarkdownButton } from '@/components/CopyMarkdownButton';
import { DigestFailure } from '@/components/DigestFailure';
import { DigestView } from '@/components/DigestView';
import { LengthControl } from '@/components/LengthControl';
import { StatusMessage } from '@/components/StatusMessage';
import { useSettings } from '@/components/useSettings';
import { failureSentence } from '@/utils/runtime/i18n/failures';
import type { DigestRequest } from './digest-request';
import { usePageHighlights } from './usePageHighlights';
import { useTabDigest } from './useTabDigest';

// The tags are the popup's only use of the history database: split out with Dexie, so the popup's first bundle
// holds what the digest needs and no more.
const SavedTags = lazy(() => import('./SavedTags'));

export function App({
  getTabId,
  opening,
}: {
  getTabId: () => Promise<number | undefined>;
  /** The tab's digest, already asked for by the popup's script. */
  opening?: DigestRequest;
}) {
  const { state, digestAnyway, retry, setLength, save } = useTabDigest(getTabId, opening);
  const settings = useSettings();
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  // A tab that can't be found has no page to highlight (the digest's own flow says why).
  useEffect(() => void getTabId().then(setTabId, () => setTabId(undefined)), [getTabId]);
  // A PDF viewer's tab can't be scripted: nothing in it is highlighted or scrolled to.
  const digest = state.status === 'ready' && !state.fromPdf ? state.digest : undefined;
  const highlights = usePageHighlights(tabId, settings ? digest : undefined, settings?.highlightOnOpen ?? false);

  if (state.status === 'working') {
    const { pdf } = state;
    if (pdf) {
      const title = pdf.pages === 0 ? i18n.t('popup.openingPdf') : i18n.t('popup.readingPdf', [pdf.page, pdf.pages]);
      return (
        <StatusMessage tone="working" title={title}>
          <progress
            className="status__progress"
            data-testid="pdf-progress"
            max={Math.max(1, pdf.pages)}
            value={pdf.pages === 0 ? undefined : pdf.page}
            aria-label={title}
          />
        </StatusMessage>
      );
    }
    const title = state.mode === 'page' ? i18n.t('popup.readingPage') : i18n.t('popup.reading');
    return <StatusMessage tone="working" title={title} />;
  }
  if (state.status === 'failed') {
    return <DigestFailure failure={state.failure} mode={state.mode} onDigestAnyway={digestAnyway} onRetry={retry} />;
  }
  const ready = state.digest;
  const { savedId } = state;
  const { status } = highlights;
  return (
    <DigestView
      digest={ready}
      onShowSentence={state.fromPdf ? undefined : highlights.showSentence}
      toolbar={
        <div className="page-tools">
          {state.fromPdf ? (
            <span className="page-tools__status" data-testid="highlight-status">
              {i18n.t('popup.highlightPdf')}
            </span>
          ) : (
            <>
              <button
                type="button"
                className="switch"
                role="switch"
                aria-checked={status.on}
                data-testid="highlight-toggle"
                onClick={() => void highlights.toggle()}
              >
                <span className="switch__track" aria-hidden="true" />
                {i18n.t('popup.highlight')}
              </button>
              <span className="page-tools__status" data-testid="highlight-status" aria-live="polite">
                {status.on
                  ? status.found === 0
                    ? i18n.t('popup.highlightNone')
                    : i18n.t('popup.highlightFound', [status.found, status.total])
                  : status.problem
                    ? i18n.t('popup.highlightUnavailable')
                    : ''}
              </span>
            </>
          )}
        </div>
      }
    >
      {savedId !== undefined && (
        <Suspense fallback={null}>
          <SavedTags digestId={savedId} />
        </Suspense>
      )}
      <footer className="digest__actions">
        <LengthControl
          count={ready.sentences.length}
          max={ready.stats.candidates}
          // Re-ranking changes the saved entry, which is there once the save has settled.
          busy={state.busy !== undefined || state.saving === true}
          onChange={setLength}
        />
        {state.problem && (
          <p className="digest__notice" role="alert">
            {failureSentence(state.problem)}
          </p>
        )}
        <div className="digest__buttons">
          <CopyMarkdownButton digest={ready} />
          {savedId !== undefined ? (
            <span className="saved" data-testid="saved">
              {i18n.t('popup.saved')}
            </span>
          ) : state.saving ? (
            <span className="saved saved--pending" data-testid="saving">
              {i18n.t('popup.saving')}
            </span>
          ) : (
            // Auto-save off: the digest is the worker's draft, and the history is as it was, until this is pressed.
            <button
              type="button"
              className="button button--primary"
              data-testid="save"
              disabled={state.busy !== undefined}
              onClick={() => void save()}
            >
              {i18n.t('popup.save')}
            </button>
          )}
          <a
            className="button button--link"
            href={browser.runtime.getURL('/options.html')}
            onClick={(event) => {
              event.preventDefault();
              void browser.runtime.openOptionsPage();
            }}
          >
            {i18n.t('popup.history')}
          </a>
        </div>
      </footer>
    </DigestView>
  );
}
