import type { Article } from '../core/article';
import { isCjkLang } from '../core/script';
import { rankFigures } from './rank/figures';
import { prepareArticle } from './rank/prepare';
import { defaultLength, rankSentences } from './rank/sentences';
import type { KeyFigure, KeySentence } from './rank/types';

/** Bumped whenever ranking or figure rules change what a digest contains. */
export const ENGINE_VERSION = '5';

/** Reading speed for the reading-time estimate: words/minute, where a CJK character counts as a word. */
const WORDS_PER_MINUTE = { latin: 230, cjk: 400 } as const;

export interface DigestStats {
  /** Words (CJK: characters) in the article. */
  words: number;
  readingMinutes: number;
  sentencesTotal: number;
  /** Sentences a digest may choose from (no headings, furniture or fragments): the most a reader can ask for. */
  candidates: number;
  /** Time the engine took, in milliseconds. */
  ms: number;
}

/** The digest of one article: what the popup shows and the history keeps. */
export interface Digest {
  url: string;
  title: string;
  siteName?: string;
  byline?: string;
  lang: string;
  publishedAt?: string;
  /** Key sentences in document order. */
  sentences: KeySentence[];
  /** Key figures, best first. */
  figures: KeyFigure[];
  stats: DigestStats;
  engineVersion: string;
}

export interface DigestOptions {
  /** Number of key sentences; default chosen from the article's length. */
  sentences?: number;
  /** Number of key figures; default 8. */
  figures?: number;
}

export function digestArticle(article: Article, options: DigestOptions = {}): Digest {
  const started = performance.now();
  const prepared = prepareArticle(article);
  const count = options.sentences ?? defaultLength(prepared);
  const ranked = rankSentences(prepared, count);
  const figures = rankFigures(prepared.figures, ranked.salience, options.figures ?? 8);
  const digest: Digest = {
    url: article.url,
    title: article.title,
    siteName: article.siteName,
    byline: article.byline,
    lang: article.lang,
    publishedAt: article.publishedAt,
    sentences: ranked.sentences,
    figures,
    stats: {
      words: article.wordCount,
      readingMinutes: Math.max(
        1,
        Math.round(article.wordCount / (isCjkLang(article.lang) ? WORDS_PER_MINUTE.cjk : WORDS_PER_MINUTE.latin)),
      ),
      sentencesTotal: prepared.sentences.length,
      candidates: prepared.candidates.length,
      ms: 0,
    },
    engineVersion: ENGINE_VERSION,
  };
  for (const key of ['siteName', 'byline', 'publishedAt'] as const) if (digest[key] === undefined) delete digest[key];
  digest.stats.ms = Math.round((performance.now() - started) * 100) / 100;
  return digest;
}
