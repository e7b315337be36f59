import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { i18n } from '#i18n';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { CopyMarkdownButton } from '@/components/CopyMarkdownButton';
import { DigestView } from '@/components/DigestView';
import { SearchContext } from '@/components/Highlighted';
import { HistoryFilterBar } from '@/components/HistoryFilterBar';
import { HistoryList } from '@/components/HistoryList';
import { HistoryToolbar } from '@/components/HistoryToolbar';
import { SearchBox } from '@/components/SearchBox';
import { SettingsPanel } from '@/components/SettingsPanel';
import { TagEditor } from '@/components/TagEditor';
import { Toast } from '@/components/Toast';
import { useSettings } from '@/components/useSettings';
import { formatNumber } from '@/utils/runtime/i18n/labels';
import type { DigestDatabase } from '@/utils/store/db/database';
import { type HistoryFacets, type HistoryFilters, historyFacets, NO_FILTERS } from '@/utils/store/db/query';
import { addTags, removeTag } from '@/utils/store/db/tags';
import { isEmptyQuery, parseQuery } from '@/utils/store/search/query';
import { ImportProgressNote } from './ImportProgressNote';
import { useHistoryActions } from './useHistoryActions';
import { useHistoryPage } from './useHistoryPage';

/** Digests listed at a time; "Show more" adds as many again. Thousands of rows would only slow the page down. */
const PAGE_SIZE = 100;

const count = (n: number) => i18n.t('history.count', n, [formatNumber(n)]);

const NO_FACETS: HistoryFacets = { langs: [], sites: [], tags: [] };

/**
 * The history: search, filters and the saved digests on the left, live as popups save new ones; the chosen one in
 * full on the right, with its tags.
 */
export function App({ db }: { db: DigestDatabase }) {
  const [filters, setFilters] = useState<HistoryFilters>(NO_FILTERS);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [chosenId, setChosenId] = useState<number | undefined>(() => digestInHash(location.hash));
  const [showSettings, setShowSettings] = useState(() => location.hash === '#settings');
  const settings = useSettings();
  useEffect(() => {
    // The context menu opens the history at `#digest=N` where it can't open the popup.
    const onHash = () => {
      const id = digestInHash(location.hash);
      if (id !== undefined) setChosenId(id);
      if (location.hash === '#settings') setShowSettings(true);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const [checked, setChecked] = useState<Set<number> | undefined>(undefined);
  const [confirmingDeleteAll, setConfirmingDeleteAll] = useState(false);
  const actions = useHistoryActions(db);

  const results = useHistoryPage(db, filters, limit);
  // The filters' choices are read once the first page is on screen, never before it: a big history's list shows
  // first.
  const listed = results !== undefined;
  const facets = useLiveQuery(() => (listed ? historyFacets(db) : undefined), [db, listed]) ?? NO_FACETS;
  // What the list shows matches: the query of the results on screen, not the one still being looked up.
  const answered = results?.filters.text ?? '';
  const query = useMemo(() => {
    const parsed = parseQuery(answered);
    return isEmptyQuery(parsed) ? undefined : parsed;
  }, [answered]);
  const toggle = useCallback(
    (id: number) =>
      setChecked((old) => {
        const next = new Set(old);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );

  if (results === undefined) return null;
  // How many the history holds, and how many of them match: both come with the page, once the history's date order
  // is known (the first page shows before it).
  const { all, total = 0 } = results;
  const shown = results.digests.find((d) => d.id === chosenId) ?? results.digests[0];
  const filtered = all !== undefined && total !== all;

  const changeFilters = (next: HistoryFilters) => {
    setFilters(next);
    setLimit(PAGE_SIZE);
  };

  return (
    <SearchContext.Provider value={query}>
      <div className="history">
        <header className="history__header">
          <h1>{i18n.t('history.title')}</h1>
          <p className="history__count" data-testid="history-count">
            {all === undefined
              ? ''
              : filtered
                ? i18n.t('history.countOf', [formatNumber(total), count(all)])
                : count(all)}
          </p>
          {actions.importing && <ImportProgressNote progress={actions.importing} />}
          <HistoryToolbar
            // Until the history's size is known, there is nothing it can say it would export or delete.
            empty={!all}
            busy={actions.importing !== undefined}
            onExport={(format) => void actions.exportAs(format)}
            onImport={(file) => void actions.importFile(file)}
            onDeleteAll={() => setConfirmingDeleteAll(true)}
          />
          <button
            type="button"
            className="button history__settings-button"
            aria-expanded={showSettings}
            aria-controls="settings-panel"
            data-testid="settings-button"
            onClick={() => setShowSettings(!showSettings)}
          >
            {i18n.t('history.settingsTab')}
          </button>
        </header>
        {showSettings && settings && (
          <div id="settings-panel" className="history__settings">
            <SettingsPanel settings={settings} />
          </div>
        )}
        {all === 0 ? (
          <p className="history__empty" data-testid="history-empty">
            {i18n.t('history.empty')}
          </p>
        ) : (
          <>
            <div className="history__controls">
              <SearchBox value={filters.text} onChange={(text) => changeFilters({ ...filters, text })} />
              <HistoryFilterBar filters={filters} facets={facets} onChange={changeFilters} />
            </div>
            <div className="history__body">
              <nav className="history__list" aria-label={i18n.t('history.list')}>
                <div className="list-bar">
                  {checked ? (
                    <>
                      <span className="list-bar__label" data-testid="selected-count">
                        {i18n.t('history.selected', [formatNumber(checked.size)])}
                      </span>
                      <button
                        type="button"
                        className="button button--link"
                        onClick={() => setChecked(new Set(results.digests.map((d) => d.id)))}
                      >
                        {i18n.t('history.selectAll')}
                      </button>
                      <button
                        type="button"
                        className="button button--danger"
                        disabled={checked.size === 0}
                        onClick={() => {
                          void actions.remove([...checked]);
                          setChecked(undefined);
                        }}
                      >
                        {i18n.t('history.deleteSelected')}
                      </button>
                      <button type="button" className="button" onClick={() => setChecked(undefined)}>
                        {i18n.t('history.done')}
                      </button>
                    </>
                  ) : (
                    <>
                      <span className="list-bar__label">
                        {query || filtered ? i18n.t('history.results') : i18n.t('history.newestFirst')}
                      </span>
                      <button
                        type="button"
                        className="button button--link"
                        disabled={results.digests.length === 0}
                        onClick={() => setChecked(new Set())}
                      >
                        {i18n.t('history.select')}
                      </button>
                    </>
                  )}
                </div>
                {results.total === 0 ? (
                  <p className="history__none" data-testid="no-results">
                    {answered.trim()
                      ? i18n.t('history.noMatchText', [answered.trim()])
                      : i18n.t('history.noMatchFilters')}
                  </p>
                ) : (
                  <HistoryList
                    digests={results.digests}
                    selectedId={shown?.id}
                    onSelect={setChosenId}
                    checked={checked}
                    onToggle={toggle}
                  />
                )}
                {total > results.digests.length && (
                  <button type="button" className="button history__more" onClick={() => setLimit(limit + PAGE_SIZE)}>
                    {i18n.t('history.showMore', [formatNumber(total - results.digests.length)])}
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
                        {i18n.t('history.openPage')}
                      </a>
                      <CopyMarkdownButton digest={shown} />
                      <button
                        type="button"
                        className="button button--danger"
                        onClick={() => void actions.remove([shown.id])}
                      >
                        {i18n.t('history.delete')}
                      </button>
                    </footer>
                  </DigestView>
                </main>
              )}
            </div>
          </>
        )}
        {actions.notice && (
          <Toast
            message={actions.notice.message}
            tone={actions.notice.tone}
            onDismiss={actions.dismiss}
            onUndo={actions.notice.undo ? () => void actions.undo() : undefined}
          />
        )}
        {confirmingDeleteAll && (
          <ConfirmDialog
            title={i18n.t('confirm.deleteAllTitle', all ?? 0, [formatNumber(all ?? 0)])}
            confirm={i18n.t('confirm.deleteAllConfirm')}
            onCancel={() => setConfirmingDeleteAll(false)}
            onConfirm={() => {
              setConfirmingDeleteAll(false);
              void actions.deleteAll();
            }}
          >
            {i18n.t('confirm.deleteAllBody')}
          </ConfirmDialog>
        )}
      </div>
    </SearchContext.Provider>
  );
}

function digestInHash(hash: string): number | undefined {
  const match = /^#digest=(\d+)$/.exec(hash);
  return match ? Number(match[1]) : undefined;
}
