import { browser } from 'wxt/browser';
import { CopyMarkdownButton } from '@/components/CopyMarkdownButton';
import { DigestFailure } from '@/components/DigestFailure';
import { DigestView } from '@/components/DigestView';
import { LengthControl } from '@/components/LengthControl';
import { StatusMessage } from '@/components/StatusMessage';
import type { DigestDatabase } from '@/utils/db/schema';
import { SavedTags } from './SavedTags';
import { useTabDigest } from './useTabDigest';

export function App({ getTabId, db }: { getTabId: () => Promise<number | undefined>; db: DigestDatabase }) {
  const { state, digestAnyway, retry, setLength } = useTabDigest(getTabId);

  if (state.status === 'working') {
    const title = state.mode === 'page' ? 'Reading all the text on this page…' : 'Reading this page…';
    return <StatusMessage tone="working" title={title} />;
  }
  if (state.status === 'failed') {
    return <DigestFailure failure={state.failure} mode={state.mode} onDigestAnyway={digestAnyway} onRetry={retry} />;
  }
  const { digest } = state;
  return (
    <DigestView digest={digest}>
      <SavedTags db={db} digestId={digest.id} />
      <footer className="digest__actions">
        <LengthControl
          count={digest.sentences.length}
          max={digest.stats.candidates}
          busy={state.reranking}
          onChange={setLength}
        />
        {state.rerankFailure && (
          <p className="digest__notice" role="alert">
            {state.rerankFailure.message}
          </p>
        )}
        <div className="digest__buttons">
          <CopyMarkdownButton digest={digest} />
          <span className="saved" data-testid="saved">
            Saved
          </span>
          <a
            className="button button--link"
            href={browser.runtime.getURL('/options.html')}
            onClick={(event) => {
              event.preventDefault();
              void browser.runtime.openOptionsPage();
            }}
          >
            History
          </a>
        </div>
      </footer>
    </DigestView>
  );
}
