import { useLiveQuery } from 'dexie-react-hooks';
import { TagEditor } from '@/components/TagEditor';
import { getDigest } from '@/utils/store/db/history';
import { historyDb } from '@/utils/store/db/instance';
import { addTags, allTags, removeTag } from '@/utils/store/db/tags';

/**
 * The tags of the digest just saved, read and written straight in the extension's IndexedDB (the popup shares it
 * with the worker), live, so a tag added in the history page meanwhile shows here too. The popup loads this module
 * (and with it Dexie) only once a digest is saved: nothing before that needs the database.
 */
export default function SavedTags({ digestId }: { digestId: number }) {
  const db = historyDb();
  const tags = useLiveQuery(async () => (await getDigest(db, digestId))?.tags, [db, digestId]);
  const suggestions = useLiveQuery(() => allTags(db), [db]) ?? [];
  if (tags === undefined) return null;
  return (
    <TagEditor
      tags={tags}
      suggestions={suggestions}
      onAdd={(tag) => void addTags(db, digestId, [tag])}
      onRemove={(tag) => void removeTag(db, digestId, tag)}
    />
  );
}
