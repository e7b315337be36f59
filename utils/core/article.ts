import type { Failed } from './failure';

/** What the content script extracts from a page, and what every later stage reads. */

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'quote' | 'caption' | 'cell' | 'code';

/** One block of the article body, in document order. Sentences never cross a block boundary. */
export interface Block {
  kind: BlockKind;
  text: string;
  /** Heading level 1–6, for headings only. */
  level?: number;
}

export interface Article {
  url: string;
  title: string;
  byline?: string;
  siteName?: string;
  /** BCP-47 language tag, e.g. `en`, `zh`, `zh-TW`, `ja`. */
  lang: string;
  /** ISO 8601, when the page says. */
  publishedAt?: string;
  leadImage?: string;
  excerpt?: string;
  blocks: Block[];
  /** Words for reading time; in CJK text each Han/kana/hangul character counts as a word. */
  wordCount: number;
}

/** A failure here ('restricted', 'no-article', 'too-large') is known only from inside the page: an image, a form. */
export type ExtractionResult = { ok: true; article: Article } | Failed;
