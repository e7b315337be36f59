import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { CopyMarkdownButton } from '@/components/CopyMarkdownButton';
import { DigestFailure } from '@/components/DigestFailure';
import { DigestView } from '@/components/DigestView';
import { LengthControl } from '@/components/LengthControl';
import { StatusMessage } from '@/components/StatusMessage';
import { useSettings } from '@/components/useSettings';
import type { DigestDatabase } from '@/utils/db/schema';
import { failureSentence } from '@/utils/i18n/failures';
import { POPUP_PORT, type PopupState } from '@/utils/worker/popup-protocol';
import { SavedTags } from './SavedTags';
import { usePageHighlights } from './usePageHighlights';
import { useTabDigest } from './useTabDigest';

export function App({ getTabId, db }: { getTabId: () => Promise<number | undefined>; db: DigestDatabase }) {
  const { state, digestAnyway, retry, setLength } = useTabDigest(getTabId, db);
  const settings = useSettings();
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  useEffect(() => void getTabId().then(setTabId), [getTabId]);
  const digest = state.status === 'ready' ? state.digest : undefined;
  const highlights = usePageHighlights(tabId, settings ? digest : undefined, settings?.highlightOnOpen ?? false);
  const kept = useKeptDigest(digest?.id, settings?.autoSave ?? true, state.status === 'ready' ? state.madeAt : undefined);

  if (state.status === 'working') {
    const title = state.mode === 'page' ? i18n.t('popup.readingPage') : i18n.t('popup.reading');
    return <StatusMessage tone="working" title={title} />;
  }
  if (state.status === 'failed') {
    return <DigestFailure failure={state.failure} mode={state.mode} onDigestAnyway={digestAnyway} onRetry={retry} />;
  }
  const ready = state.digest;
  const { status } = highlights;
  return (
    <DigestView
      digest={ready}
      onShowSentence={highlights.showSentence}
      toolbar={
        <div className="page-tools">
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
        </div>
      }
    >
      {kept.saved && <SavedTags db={db} digestId={ready.id} />}
      <footer className="digest__actions">
        <LengthControl
          count={ready.sentences.length}
          max={ready.stats.candidates}
          busy={state.reranking}
          onChange={setLength}
        />
        {state.rerankFailure && (
          <p className="digest__notice" role="alert">
            {failureSentence(state.rerankFailure)}
          </p>
        )}
        <div className="digest__buttons">
          <CopyMarkdownButton digest={ready} />
          {kept.saved ? (
            <span className="saved" data-testid="saved">
              {i18n.t('popup.saved')}
            </span>
          ) : (
            <button type="button" className="button button--primary" data-testid="save" onClick={kept.keep}>
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

/**
 * Auto-save off: the digest the worker made is provisional until "Save". The popup keeps a port open to the worker
 * and says which digest it shows and whether it was kept; closing the popup closes the port and the worker removes
 * a digest that wasn't (utils/worker/reader.ts).
 */
function useKeptDigest(digestId: number | undefined, autoSave: boolean, madeAt: number | undefined) {
  const port = useRef<ReturnType<typeof browser.runtime.connect> | undefined>(undefined);
  const openedAt = useRef(Date.now());
  const [keptId, setKeptId] = useState<number | undefined>(undefined);
  const saved = autoSave || (digestId !== undefined && keptId === digestId);
  useEffect(() => {
    // A digest the context menu made just before the popup opened is the popup's own too.
    const since = Math.min(openedAt.current, madeAt ?? Infinity);
    const state: PopupState = { digestId, kept: saved, since };
    // The worker may have been stopped (Chrome stops idle workers) since the last message: connect again.
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        if (!port.current) {
          const next = browser.runtime.connect({ name: POPUP_PORT });
          next.onDisconnect.addListener(() => {
            if (port.current === next) port.current = undefined;
          });
          port.current = next;
        }
        port.current.postMessage(state);
        return;
      } catch {
        port.current = undefined;
      }
    }
  }, [digestId, saved, madeAt]);
  useEffect(() => () => port.current?.disconnect(), []);
  return { saved, keep: () => setKeptId(digestId) };
}
