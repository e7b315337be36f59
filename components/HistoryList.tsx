import { memo, useContext } from 'react';
import { i18n } from '#i18n';
import { siteLabel } from '@/utils/engine/labels';
import { savedDateLabel } from '@/utils/runtime/i18n/labels';
import type { SavedDigest } from '@/utils/store/db/records';
import { matchRanges, snippet } from '@/utils/store/search/highlight';
import type { SearchQuery } from '@/utils/store/search/query';
import { Highlighted, SearchContext } from './Highlighted';

/**
 * The saved digests: title, site, date, tags and a key sentence of each — while searching, the first key sentence
 * that matches, so the reader sees why a digest is listed. In selection mode each item toggles a checkbox instead
 * of opening. Rendered again only when one of these changes: not at every keystroke, only at each answer.
 */
export const HistoryList = memo(function HistoryList({
  digests,
  selectedId,
  onSelect,
  checked,
  onToggle,
}: {
  digests: SavedDigest[];
  selectedId: number | undefined;
  onSelect: (id: number) => void;
  /** The digests ticked for a bulk action; absent outside selection mode. */
  checked?: ReadonlySet<number>;
  onToggle?: (id: number) => void;
}) {
  const query = useContext(SearchContext);
  return (
    <ul className="history-list" aria-label={i18n.t('history.items')}>
      {digests.map((digest) => {
        const body = <ItemBody digest={digest} query={query} />;
        return (
          <li key={digest.id}>
            {checked ? (
              <label className="history-item history-item--selectable" data-testid="history-item">
                <input
                  type="checkbox"
                  className="history-item__check"
                  checked={checked.has(digest.id)}
                  onChange={() => onToggle?.(digest.id)}
                  aria-label={i18n.t('history.selectItem', [digest.title || digest.url])}
                />
                {body}
              </label>
            ) : (
              <button
                type="button"
                className="history-item"
                aria-current={digest.id === selectedId ? 'true' : undefined}
                data-testid="history-item"
                onClick={() => onSelect(digest.id)}
              >
                {body}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
});

function ItemBody({ digest, query }: { digest: SavedDigest; query: SearchQuery | undefined }) {
  const inOrder = [...digest.sentences].sort((a, b) => a.index - b.index);
  const matching = query && inOrder.find((s) => matchRanges(s.text, query).length > 0);
  const lead = matching ? snippet(matching.text, query) : inOrder[0]?.text;
  const title = digest.title || digest.url;
  // The match is in the article itself, beyond what the digest shows: say so, or the item looks like a mistake.
  const inArticleOnly = query && !matching && matchRanges(title, query).length === 0;
  return (
    <span className="history-item__body">
      <span className="history-item__title" lang={digest.lang}>
        <Highlighted text={title} />
      </span>
      <span className="history-item__meta">
        {siteLabel(digest.siteName, digest.url)} ·{' '}
        <time dateTime={new Date(digest.updatedAt).toISOString()}>{savedDateLabel(digest.updatedAt)}</time>
        {digest.tags.map((tag) => (
          <span key={tag} className="tag tag--small">
            {tag}
          </span>
        ))}
      </span>
      {lead && (
        <span className="history-item__lead" lang={digest.lang}>
          <Highlighted text={lead} />
        </span>
      )}
      {inArticleOnly && <span className="history-item__where">{i18n.t('history.foundInArticle')}</span>}
    </span>
  );
}
