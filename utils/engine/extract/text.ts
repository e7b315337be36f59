import type { Article, Block, BlockKind } from '../../core/article';
import { endsLikeSentence, looksLikeHeading } from '../text/heading';
import { buildArticle } from './build';

/**
 * Plain text → Article, for the `digest` command on saved text and for "digest anyway" on pages Readability
 * rejects. Paragraphs are separated by blank lines, line breaks, or the ideographic-space indent (`　　`)
 * that Chinese text copied from the web keeps when its line breaks are lost.
 */

const PARAGRAPH_BREAK = /\r?\n|\r|[\u3000]{2,}|\u2029/;

export interface TextMeta {
  url?: string;
  title?: string;
  lang?: string;
  siteName?: string;
}

export function articleFromText(text: string, meta: TextMeta = {}): Article {
  const blocks: Block[] = text
    .split(PARAGRAPH_BREAK)
    .map((line) => line.replace(/[\s\u3000\u00a0]+/g, ' ').trim())
    .filter((line) => /[\p{L}\p{N}]/u.test(line))
    .map((line) => ({ kind: kindOfLine(line), text: line }));
  const first = blocks[0];
  const title = meta.title?.trim() || (first?.kind === 'heading' ? first.text : '');
  const body = first && first.kind === 'heading' && first.text === title ? blocks.slice(1) : blocks;
  return buildArticle({
    url: meta.url ?? '',
    title,
    blocks: body,
    siteName: meta.siteName,
    declaredLang: meta.lang,
  });
}

/**
 * A line that does not end like a sentence is a heading when short, else a paragraph: in copied text a long
 * unpunctuated line is as often a sentence whose stop was lost as an image caption, and nothing tells them apart.
 */
function kindOfLine(line: string): BlockKind {
  return !endsLikeSentence(line) && looksLikeHeading(line) ? 'heading' : 'paragraph';
}
