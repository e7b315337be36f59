import { expect, it } from 'vitest';
import { DigestDatabase } from '@/utils/store/db/database';
import { saveDigest } from '@/utils/store/db/history';
import { normalizeTags } from '@/utils/store/db/tag-names';
import { addTags, allTags, removeTag } from '@/utils/store/db/tags';
import { englishArticle } from '../fixtures/articles';
import { makeDigest } from '../fixtures/digests';

it('keeps tags tidy: trimmed, spaces folded, no blanks, one per letter case', () => {
  expect(normalizeTags(['  Climate   policy ', 'climate POLICY', '', 'x'.repeat(60)])).toEqual([
    'Climate policy',
    'x'.repeat(40),
  ]);
});

it('keeps every tag added at once from two places, and removes only the one asked', async () => {
  const db = new DigestDatabase(`tags-test-${crypto.randomUUID()}`);
  const { id } = await saveDigest(db, makeDigest('https://news.example.com/a'), englishArticle);
  await Promise.all([addTags(db, id, ['parks']), addTags(db, id, ['city']), addTags(db, id, ['Parks'])]);
  expect((await db.digests.get(id))?.tags).toEqual(['parks', 'city']);

  await removeTag(db, id, 'parks');
  expect((await db.digests.get(id))?.tags).toEqual(['city']);
  expect(await allTags(db)).toEqual(['city']);
});
