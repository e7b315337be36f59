import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { CopyMarkdownButton } from '@/components/CopyMarkdownButton';
import { DigestView } from '@/components/DigestView';
import { HistoryList } from '@/components/HistoryList';
import { deleteDigest, listDigests } from '@/utils/db/history';
import type { DigestDatabase } from '@/utils/db/schema';

/** The history: every saved digest, newest first, live as popups save new ones; the chosen one in full beside it. */
export function App({ db }: { db: DigestDatabase }) {
  const digests = useLiveQuery(() => listDigests(db), [db]);
  const [chosenId, setChosenId] = useState<number | undefined>(undefined);

  if (digests === undefined) return null;
  const shown = digests.find((d) => d.id === chosenId) ?? digests[0];

  return (
    <div className="history">
      <header className="history__header">
        <h1>Digest history</h1>
        <p className="history__count" data-testid="history-count">
          {digests.length === 1 ? '1 digest' : `${digests.length} digests`}
        </p>
      </header>
      {shown === undefined ? (
        <p className="history__empty" data-testid="history-empty">
          No digests yet. Click the Digest button in the toolbar on any article and it will appear here.
        </p>
      ) : (
        <div className="history__body">
          <nav className="history__list">
            <HistoryList digests={digests} selectedId={shown.id} onSelect={setChosenId} />
          </nav>
          <main className="history__detail">
            <DigestView digest={shown}>
              <footer className="digest__actions digest__buttons">
                <a className="button" href={shown.url} target="_blank" rel="noreferrer">
                  Open the page
                </a>
                <CopyMarkdownButton digest={shown} />
                <button type="button" className="button button--danger" onClick={() => void deleteDigest(db, shown.id)}>
                  Delete
                </button>
              </footer>
            </DigestView>
          </main>
        </div>
      )}
    </div>
  );
}
