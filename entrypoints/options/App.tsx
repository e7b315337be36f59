import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { CopyMarkdownButton } from '@/components/CopyMarkdownButton';
import { DigestView } from '@/components/DigestView';
import { SearchContext } from '@/components/Highlighted';
import { HistoryFilterBar } from '@/components/HistoryFilterBar';
import { HistoryList } from '@/components/HistoryList';
import { HistoryToolbar } from '@/components/HistoryToolbar';
import { SearchBox } from '@/components/SearchBox';
import { TagEditor } from '@/components/TagEditor';
import { Toast } from '@/components/Toast';
import { historyFacets, type HistoryFilters, NO_FILTERS, queryHistory } from '@/utils/db/query';
import type { DigestDatabase } from '@/utils/db/schema';
import { addTags, removeTag } from '@/utils/db/tags';
import { isEmptyQuery, parseQuery } from '@/utils/search/query';
import { useHistoryActions } from './useHistoryActions';

/** Digests listed at a time; "Show more" adds as many again. Thousands of rows would only slow the page down. */
const PAGE_SIZE = 100;

const count = (n: number) => (n === 1 ? '1 digest' : `${n} digests`);

/**
 * The history: search, filters and the saved digests on the left, live as popups save new ones; the chosen one in
 * full on the right, with its tags.
 */
export function App({ db }: { db: DigestDatabase }) {
  const [filters, setFilters] = useState<HistoryFilters>(NO_FILTERS);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [chosenId, setChosenId] = useState<number | undefined>(undefined);
  const [checked, setChecked] = useState<Set<number> | undefined>(undefined);
  const [confirmingDeleteAll, setConfirmingDeleteAll] = useState(false);
  const actions = useHistoryActions(db);

  const total = useLiveQuery(() => db.digests.count(), [db]);
  const results = useLiveQuery(() => queryHistory(db, filters, limit), [db, filters, limit]);
  const facets = useLiveQuery(() => historyFacets(db), [db]);
  const query = useMemo(() => {
    const parsed = parseQuery(filters.text);
    return isEmptyQuery(parsed) ? undefined : parsed;
  }, [filters.text]);

  if (total === undefined || results === undefined || facets === undefined) return null;
  const shown = results.digests.find((d) => d.id === chosenId) ?? results.digests[0];
  const filtered = results.total !== total;

  const changeFilters = (next: HistoryFilters) => {
    setFilters(next);
    setLimit(PAGE_SIZE);
  };
  const toggle = (id: number) =>
    setChecked((old) => {
      const next = new Set(old);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <SearchContext.Provider value={query}>
      <div className="history">
        <header className="history__header">
          <h1>Digest history</h1>
          <p className="history__count" data-testid="history-count">
            {filtered ? `${results.total} of ${count(total)}` : count(total)}
          </p>
          <HistoryToolbar
            empty={total === 0}
            onExport={(format) => void actions.exportAs(format)}
            onImport={(file) => void actions.importFile(file)}
            onDeleteAll={() => setConfirmingDeleteAll(true)}
          />
        </header>
        {total === 0 ? (
          <p className="history__empty" data-testid="history-empty">
            No digests yet. Click the Digest button in the toolbar on any article and it will appear here.
          </p>
        ) : (
          <>
            <div className="history__controls">
              <SearchBox value={filters.text} onChange={(text) => changeFilters({ ...filters, text })} />
              <HistoryFilterBar filters={filters} facets={facets} onChange={changeFilters} />
            </div>
            <div className="history__body">
              <nav className="history__list" aria-label="History">
                <div className="list-bar">
                  {checked ? (
                    <>
                      <span className="list-bar__label" data-testid="selected-count">
                        {checked.size} selected
                      </span>
                      <button type="button" className="button button--link"
                        onClick={() => setChecked(new Set(results.digests.map((d) => d.id)))}>
                        Select all
                      </button>
                      <button type="button" className="button button--danger" disabled={checked.size === 0}
                        onClick={() => {
                          void actions.remove([...checked]);
                          setChecked(undefined);
                        }}>
                        Delete selected
                      </button>
                      <button type="button" className="button" onClick={() => setChecked(undefined)}>
                        Done
                      </button>
                    </>
                  ) : (
                    <>
                      <span className="list-bar__label">{query || filtered ? 'Results' : 'Newest first'}</span>
                      <button type="button" className="button button--link" disabled={results.total === 0}
                        onClick={() => setChecked(new Set())}>
                        Select
                      </button>
                    </>
                  )}
                </div>
                {results.total === 0 ? (
                  <p className="history__none" data-testid="no-results">
                    No digests match{filters.text.trim() ? ` “${filters.text.trim()}”` : ' these filters'}.
                  </p>
                ) : (
                  <HistoryList digests={results.digests} selectedId={shown?.id} onSelect={setChosenId}
                    checked={checked} onToggle={toggle} />
                )}
                {results.total > results.digests.length && (
                  <button type="button" className="button history__more" onClick={() => setLimit(limit + PAGE_SIZE)}>
                    Show more ({results.total - results.digests.length} left)
                  </button>
                )}
              </nav>
              {shown && (
                <main className="history__detail">
                  <DigestView digest={shown}>
                    <TagEditor
                      tags={shown.tags}
                      suggestions={facets.tags}
                      onAdd={(tag) => void addTags(db, shown.id, [tag])}
                      onRemove={(tag) => void removeTag(db, shown.id, tag)}
                    />
                    <footer className="digest__actions digest__buttons">
                      <a className="button" href={shown.url} target="_blank" rel="noreferrer">
                        Open the page
                      </a>
                      <CopyMarkdownButton digest={shown} />
                      <button
                        type="button"
                        className="button button--danger"
                        onClick={() => void actions.remove([shown.id])}
                      >
                        Delete
                      </button>
                    </footer>
                  </DigestView>
                </main>
              )}
            </div>
          </>
        )}
        {actions.notice && (
          <Toast message={actions.notice.message} tone={actions.notice.tone} onDismiss={actions.dismiss}
            onUndo={actions.notice.undo ? () => void actions.undo() : undefined} />
        )}
        {confirmingDeleteAll && (
          <ConfirmDialog
            title={`Delete all ${count(total)}?`}
            confirm="Delete everything"
            onCancel={() => setConfirmingDeleteAll(false)}
            onConfirm={() => {
              setConfirmingDeleteAll(false);
              void actions.deleteAll();
            }}
          >
            Every digest, its article and its tags will be removed from this browser. This can’t be undone — export
            your history first if you may want it back.
          </ConfirmDialog>
        )}
      </div>
    </SearchContext.Provider>
  );
}
