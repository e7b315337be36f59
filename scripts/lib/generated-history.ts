import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article } from '../../utils/core/article';
import { articleFromText } from '../../utils/engine/extract/text';
import { readJsonl } from './dataset';

/**
 * A big, realistic reading history for benchmarks: the dev sets' English news and the Chinese example article,
 * recombined paragraph by paragraph (so each of thousands of articles has its own text, not 750 texts over and
 * over), from a seeded generator so every run makes the same history. Undefined when ../shared/eval is absent.
 */
export interface GeneratedHistory {
  /** The n-th article, its date spread over the last three years. */
  article(n: number): { article: Article; at: number };
  englishStories: number;
  chineseShare: number;
}

const YEAR = 365 * 86_400_000;

export function generatedHistory({
  chineseShare,
  seed = 42,
}: {
  chineseShare: number;
  seed?: number;
}): GeneratedHistory | undefined {
  const shared = resolve(import.meta.dirname, '../../../shared');
  if (!existsSync(resolve(shared, 'eval'))) return undefined;
  const rand = random(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const english = [...readJsonl(`${shared}/eval/bbc.dev.jsonl`), ...readJsonl(`${shared}/eval/cnndm.dev.jsonl`)].map(
    (r) => ({
      title: r.title ?? '',
      paragraphs: r.text.split('\n').filter((p) => p.trim()),
    }),
  );
  const chineseFile = `${shared}/examples/zh-jdcloud-digital-infrastructure.txt`;
  const chinese = existsSync(chineseFile)
    ? readFileSync(chineseFile, 'utf8')
        .split(/[\u3000]{2,}|\n/)
        .map((p) => p.trim())
        .filter(Boolean)
    : [];
  const now = Date.now();

  function article(n: number): { article: Article; at: number } {
    const url = `https://news.example.com/${n}`;
    const siteName = pick(['BBC News', 'CNN', 'Daily Mail', 'The Coastal Courier', 'Reuters']);
    const at = Math.round(now - rand() * 3 * YEAR);
    if (chinese.length > 0 && rand() < chineseShare) {
      const paragraphs = [...chinese].sort(() => rand() - 0.5).slice(0, 4 + Math.floor(rand() * 6));
      const title = paragraphs[0]!.slice(0, 24);
      const zhSite = pick(['中国网科技', '新华网', '财经日报']);
      return { article: articleFromText(paragraphs.join('\n'), { url, title, lang: 'zh', siteName: zhSite }), at };
    }
    const story = english[n % english.length]!;
    const other = pick(english);
    const half = Math.ceil(story.paragraphs.length / 2);
    const paragraphs = [
      ...story.paragraphs.slice(0, half),
      ...other.paragraphs.slice(Math.ceil(other.paragraphs.length / 2)),
    ];
    const title = story.title || story.paragraphs[0]!.slice(0, 80);
    return { article: articleFromText(paragraphs.join('\n'), { url, title, lang: 'en', siteName }), at };
  }
  return { article, englishStories: english.length, chineseShare: chinese.length > 0 ? chineseShare : 0 };
}

/** A small seeded generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
