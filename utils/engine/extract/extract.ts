import { Readability } from '@mozilla/readability';
import type { Block, ExtractionResult } from '../../core/article';
import { failure } from '../../core/failure';
import { stripTextTricks } from '../../core/safe-text';
import { countCjk } from '../../core/script';
import { blocksOf, normaliseSpace } from './blocks';
import { buildArticle } from './build';
import { isErrorPage } from './error-page';
import { removeHoverCards } from './hover-cards';
import { looksLikeSearchResults, whyNoArticle } from './page-kind';
import { itemsOf } from './page-lists';
import { holdsSeveralPosts, withFirstPostOnly } from './posts';
import { restrictionOfContentType } from './restricted';
import { cleanTitle } from './title';

/**
 * A page's DOM → its article, with Readability. Pure: takes a Document, so it runs on the live page in the
 * content script and on linkedom in Node. The document itself is never modified.
 */

/** Readability needs seconds on pages this large and Firefox itself gives up near here; say so instead. */
export const MAX_ELEMENTS = 60_000;
/** Readability's default of 500 characters rejects a complete short Chinese news story. */
const CJK_CHAR_THRESHOLD = 150;
const DEFAULT_CHAR_THRESHOLD = 500;
/** Fewer words (CJK: characters) than this is a fragment, not an article. */
const MIN_ARTICLE_WORDS = 40;
/** The text a digest is made from is capped: more reading time than this is not an article any more. */
export const MAX_ARTICLE_CHARS = 1_000_000;

export function extractArticle(document: Document, url: string): ExtractionResult {
  // linkedom (the CLI's DOM) has no contentType; a file it reads is HTML.
  const restriction = restrictionOfContentType(document.contentType ?? '');
  if (restriction) return failure('restricted', restriction);
  // querySelectorAll, not getElementsByTagName('*'): linkedom (the CLI's DOM) answers 0 to the latter.
  const elements = document.querySelectorAll('*').length;
  if (elements > MAX_ELEMENTS) {
    // The popup offers "Digest anyway" with this: the whole-page text path has no element limit, only a character cap.
    return failure('too-large', 'tooManyElements', [elements]);
  }
  // Readability would make an "article" of the result snippets; say what the page is instead.
  if (looksLikeSearchResults(document, url)) return failure('no-article', 'searchResults');
  const bodyText = document.body?.textContent ?? '';
  const cjk = isMostlyCjk(bodyText);
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = readArticle(document.cloneNode(true) as Document, cjk);
    // A page of several posts (an archive, a thread) is read again with its first post alone.
    const severalPosts =
      parsed?.content && holdsSeveralPosts(blocksOf(parsed.content, { maxChars: MAX_ARTICLE_CHARS }), document);
    const firstPost = severalPosts ? withFirstPostOnly(document) : undefined;
    const post = firstPost && readArticle(firstPost, cjk);
    if (post?.content && (post.textContent ?? '').trim()) parsed = post;
  } catch (e) {
    return failure('no-article', 'unreadable', [(e as Error).message]);
  }
  const content = parsed?.content;
  if (!parsed || !content) return failure('no-article', whyNoArticle(document));

  const headings = itemsOf(document.querySelectorAll('h1')).map((h) => normaliseSpace(h.textContent ?? ''));
  const siteName = clean(parsed.siteName);
  const title = cleanTitle(stripTextTricks(parsed.title ?? document.title ?? ''), siteName, headings);
  const blocks = dropRepeatedTitle(blocksOf(content, { maxChars: MAX_ARTICLE_CHARS }), title);
  const article = buildArticle({
    url,
    title,
    blocks,
    byline: clean(parsed.byline),
    siteName,
    declaredLang: clean(parsed.lang) ?? clean(document.documentElement?.getAttribute('lang')),
    publishedAt: clean(parsed.publishedTime) ?? publishedAtFallback(document),
    leadImage: leadImage(document, content, url),
    excerpt: clean(parsed.excerpt),
  });
  // Readability returns whatever text it finds; a login form, a bare menu or a forum's error notice is not an article.
  if (article.wordCount < MIN_ARTICLE_WORDS || isErrorPage(article.blocks))
    return failure('no-article', whyNoArticle(document));
  return { ok: true, article };
}

/** Readability on a copy of the page (it changes what it reads), with the threshold for the page's script. */
function readArticle(copy: Document, cjk: boolean): ReturnType<Readability<Element>['parse']> {
  removeHoverCards(copy);
  return new Readability<Element>(copy, {
    charThreshold: cjk ? CJK_CHAR_THRESHOLD : DEFAULT_CHAR_THRESHOLD,
    serializer: (el) => el as Element,
  }).parse();
}

function isMostlyCjk(text: string): boolean {
  const sample = text.slice(0, 20_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && countCjk(sample) / letters > 0.3;
}

function dropRepeatedTitle(blocks: Block[], title: string): Block[] {
  const first = blocks[0];
  return first && first.kind === 'heading' && normaliseSpace(first.text) === title ? blocks.slice(1) : blocks;
}

/** Where pages state their date when Readability's metadata (article:published_time, JSON-LD) has none. */
function publishedAtFallback(document: Document): string | undefined {
  const el = document.querySelector(
    'meta[itemprop="datePublished"], meta[name="pubdate"], meta[name="publishdate"], meta[name="date"], [itemprop="datePublished"][datetime], time[datetime]',
  );
  return clean(el?.getAttribute('content') ?? el?.getAttribute('datetime'));
}

function leadImage(document: Document, content: Element, url: string): string | undefined {
  const meta = document.querySelector('meta[property="og:image"], meta[name="twitter:image"]')?.getAttribute('content');
  const src = meta || content.querySelector('img[src]')?.getAttribute('src');
  if (!src) return undefined;
  try {
    const resolved = new URL(src, url);
    return /^https?:$/.test(resolved.protocol) ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

function clean(value: string | null | undefined): string | undefined {
  const v = value ? normaliseSpace(value) : '';
  return v || undefined;
}
