import { beforeEach, describe, expect, it } from 'vitest';
import { digestArticle } from '@/utils/engine/digest';
import { DigestDatabase } from '@/utils/store/db/database';
import { deleteDigests, restoreDigests, saveDigest } from '@/utils/store/db/history';
import { type HistoryFilters, NO_FILTERS, queryHistory } from '@/utils/store/db/query';
import { addTags } from '@/utils/store/db/tags';
import { englishArticle } from '../fixtures/articles';
import { jdCloudArticle, scatteredPairsArticle, separateWordsArticle } from '../fixtures/chinese';
import { makeDigest } from '../fixtures/digests';
import { saveArticle } from '../fixtures/history';

let db: DigestDatabase;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1);

beforeEach(async () => {
  db = new DigestDatabase(`search-test-${crypto.randomUUID()}`);
  await saveArticle(db, englishArticle, T0);
  await saveArticle(db, jdCloudArticle, T0 + DAY);
  await saveArticle(db, separateWordsArticle, T0 + 2 * DAY);
  await saveArticle(db, scatteredPairsArticle, T0 + 3 * DAY);
});

async function urls(filters: Partial<HistoryFilters>): Promise<string[]> {
  const { digests } = await queryHistory(db, { ...NO_FILTERS, ...filters }, 100);
  return digests.map((d) => d.url);
}

describe('search', () => {
  it('finds a Chinese phrase in the saved article text, typed without spaces', async () => {
    expect(await urls({ text: '数字化转型' })).toEqual([jdCloudArticle.url]);
    expect(await urls({ text: '云计算' })).toEqual([separateWordsArticle.url]);
  });

  it('does not match 京东云 on 京东 and 云计算 apart, nor on all its character pairs apart', async () => {
    expect(await urls({ text: '京东云' })).toEqual([jdCloudArticle.url]);
    expect(await urls({ text: '京东' })).toEqual([
      scatteredPairsArticle.url,
      separateWordsArticle.url,
      jdCloudArticle.url,
    ]);
  });

  it('finds English words whatever their inflection or letter case', async () => {
    expect(await urls({ text: 'PARKS ' })).toEqual([englishArticle.url]);
    expect(await urls({ text: 'meetings residents' })).toEqual([englishArticle.url]);
    expect(await urls({ text: 'hectar' })).toEqual([englishArticle.url]);
    expect(await urls({ text: 'parks submarine ' })).toEqual([]);
  });

  it('searches the title, the site and the key figures', async () => {
    expect(await urls({ text: '智慧城市' })).toEqual([scatteredPairsArticle.url]);
    expect(await urls({ text: '财经日报' })).toEqual([separateWordsArticle.url]);
    expect(await urls({ text: '152万' })).toEqual([jdCloudArticle.url]);
  });

  it('follows the history: re-digests, deletes and undos', async () => {
    const [park] = (await queryHistory(db, { ...NO_FILTERS, text: 'riverside' }, 10)).digests;
    const renamed = {
      ...englishArticle,
      blocks: [...englishArticle.blocks, { kind: 'paragraph' as const, text: 'A heron colony nests on the site.' }],
    };
    await saveDigest(db, digestArticle(renamed), renamed);
    expect(await urls({ text: 'herons ' })).toEqual([englishArticle.url]);

    const removed = await deleteDigests(db, [park!.id]);
    expect(await urls({ text: 'herons ' })).toEqual([]);
    await restoreDigests(db, removed);
    expect(await urls({ text: 'herons ' })).toEqual([englishArticle.url]);
  });
});

describe('filters and order', () => {
  it('sorts newest or oldest first', async () => {
    const newest = await urls({});
    expect(newest[0]).toBe(scatteredPairsArticle.url);
    expect(await urls({ sort: 'oldest' })).toEqual([...newest].reverse());
  });

  it('filters by language, site, tag and date range, together with a search', async () => {
    expect(await urls({ lang: 'en' })).toEqual([englishArticle.url]);
    expect((await urls({ lang: 'zh' })).length).toBe(3);
    expect(await urls({ siteName: '财经日报' })).toEqual([separateWordsArticle.url]);

    const [jd] = (await queryHistory(db, { ...NO_FILTERS, text: '京东云' }, 10)).digests;
    await addTags(db, jd!.id, ['cloud', ' Cloud ', 'China  tech']);
    expect((await db.digests.get(jd!.id))?.tags).toEqual(['cloud', 'China tech']);
    expect(await urls({ tag: 'cloud' })).toEqual([jdCloudArticle.url]);

    expect(await urls({ from: T0 + DAY, to: T0 + 2 * DAY })).toEqual([separateWordsArticle.url, jdCloudArticle.url]);
    expect(await urls({ text: '京东', from: T0 + 2 * DAY, sort: 'oldest' })).toEqual([
      separateWordsArticle.url,
      scatteredPairsArticle.url,
    ]);
  });

  it('pages a big history in date order however rare the matches, newest or oldest first', async () => {
    const big = new DigestDatabase(`search-big-${crypto.randomUUID()}`);
    for (let i = 0; i < 60; i++) {
      const saved = await saveDigest(
        big,
        makeDigest(`https://news.example.com/${i}`, `Story ${i}`),
        englishArticle,
        T0 + ((i * 37) % 60) * DAY,
      );
      if (i % 7 === 0) await addTags(big, saved.id, ['rare']);
    }
    const rare = Array.from({ length: 60 }, (_, i) => i).filter((i) => i % 7 === 0);
    const byDate = rare.sort((a, b) => ((a * 37) % 60) - ((b * 37) % 60)).map((i) => `https://news.example.com/${i}`);
    for (const sort of ['newest', 'oldest'] as const) {
      const page = await queryHistory(big, { ...NO_FILTERS, tag: 'rare', sort }, 3);
      expect(page.total).toBe(9);
      expect(page.all).toBe(60);
      expect(page.digests.map((d) => d.url)).toEqual((sort === 'newest' ? [...byDate].reverse() : byDate).slice(0, 3));
    }
  });

  it('pages through digests saved at the very same moment, each once', async () => {
    const big = new DigestDatabase(`search-ties-${crypto.randomUUID()}`);
    const ids: number[] = [];
    for (let i = 0; i < 40; i++) {
      const saved = await saveDigest(
        big,
        makeDigest(`https://news.example.com/${i}`, `Story ${i}`),
        englishArticle,
        T0 + (i < 30 ? 0 : DAY),
      );
      if (i % 3 === 0) await addTags(big, saved.id, ['rare']);
      ids.push(saved.id);
    }
    const rare = ids.filter((_, i) => i % 3 === 0);
    // The same moment sorts by id, as saved: the later save first when newest first.
    const newest = [...rare.filter((_, i) => 3 * i >= 30).reverse(), ...rare.filter((_, i) => 3 * i < 30).reverse()];
    const page = await queryHistory(big, { ...NO_FILTERS, tag: 'rare' }, 5);
    expect(page.digests.map((d) => d.id)).toEqual(newest.slice(0, 5));
    const oldest = await queryHistory(big, { ...NO_FILTERS, tag: 'rare', sort: 'oldest' }, 5);
    expect(oldest.digests.map((d) => d.id)).toEqual([...newest].reverse().slice(0, 5));
  });

  it('reads only the page asked for, and says how many match', async () => {
    const page = await queryHistory(db, { ...NO_FILTERS, lang: 'zh' }, 2);
    expect(page.digests).toHaveLength(2);
    expect(page.total).toBe(3);
  });
});
