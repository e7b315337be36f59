import { useState } from 'react';
import { i18n } from '#i18n';
import { normalizeTag } from '@/utils/store/db/tag-names';

const MAX_SUGGESTIONS = 6;

/**
 * A digest's tags as chips, each with a remove button, and a field to add one. While the reader types, the tags
 * already in use that fit are offered, so the same idea gets the same tag. Enter adds what was typed.
 */
export function TagEditor({
  tags,
  suggestions,
  onAdd,
  onRemove,
}: {
  tags: string[];
  suggestions: string[];
  onAdd: (tag: string) => void;
  onRemove: (tag: string) => void;
}) {
  const [draft, setDraft] = useState('');
  const add = (tag: string) => {
    setDraft('');
    if (normalizeTag(tag)) onAdd(normalizeTag(tag));
  };
  const typed = normalizeTag(draft).toLocaleLowerCase();
  const have = new Set(tags.map((t) => t.toLocaleLowerCase()));
  const offered = typed
    ? suggestions
        .filter((s) => !have.has(s.toLocaleLowerCase()) && s.toLocaleLowerCase().includes(typed))
        .slice(0, MAX_SUGGESTIONS)
    : [];
  return (
    <div className="tags" data-testid="tag-editor">
      <ul className="tags__list" aria-label={i18n.t('tags.list')}>
        {tags.map((tag) => (
          <li key={tag} className="tag" data-testid="tag">
            <span className="tag__name">{tag}</span>
            <button
              type="button"
              className="tag__remove"
              aria-label={i18n.t('tags.remove', [tag])}
              onClick={() => onRemove(tag)}
            >
              ×
            </button>
          </li>
        ))}
        <li className="tags__field">
          <input
            className="tags__input"
            aria-label={i18n.t('tags.add')}
            placeholder={tags.length === 0 ? i18n.t('tags.placeholderFirst') : i18n.t('tags.placeholder')}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add(draft);
              } else if (event.key === 'Escape') setDraft('');
            }}
          />
        </li>
      </ul>
      {offered.length > 0 && (
        <div className="tags__suggestions" role="group" aria-label={i18n.t('tags.existing')}>
          {offered.map((tag) => (
            <button key={tag} type="button" className="tag tag--suggestion" onClick={() => add(tag)}>
              {tag}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
