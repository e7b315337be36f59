import type { SavedDigest } from '@/utils/db/schema';
import { savedDate, siteLabel } from '@/utils/format/labels';

/** The saved digests, newest first: title, site, date and the first key sentence of each. */
export function HistoryList({
  digests,
  selectedId,
  onSelect,
}: {
  digests: SavedDigest[];
  selectedId: number | undefined;
  onSelect: (id: number) => void;
}) {
  return (
    <ul className="history-list" aria-label="Saved digests">
      {digests.map((digest) => {
        const first = [...digest.sentences].sort((a, b) => a.index - b.index)[0];
        return (
          <li key={digest.id}>
            <button
              type="button"
              className="history-item"
              aria-current={digest.id === selectedId ? 'true' : undefined}
              data-testid="history-item"
              onClick={() => onSelect(digest.id)}
            >
              <span className="history-item__title" lang={digest.lang}>
                {digest.title || digest.url}
              </span>
              <span className="history-item__meta">
                {siteLabel(digest.siteName, digest.url)} ·{' '}
                <time dateTime={new Date(digest.updatedAt).toISOString()}>{savedDate(digest.updatedAt)}</time>
              </span>
              {first && (
                <span className="history-item__lead" lang={digest.lang}>
                  {first.text}
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
