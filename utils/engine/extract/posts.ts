import type { Block } from '../../core/article';
import { countWords } from '../../core/script';

/**
 * A page of several posts — a blog's monthly archive, a forum thread's page — is not one article: Readability takes
 * them whole (or the table that lays them out), and the digest tells 20 posts as one story. Each post carries a stamp
 * (`由海姑娘张贴 @ 2005-03-18 01:58:01 (1666) 共 7 篇评论`, `Posted by Jane at 10:42 PM | 3 comments`, `发表于
 * 2004年12月27日 12:40`); where the article read holds several, the page is read again with its first post alone, the
 * one a reader sees first.
 */

/** A post's stamp is short: who posted when, and its counters. */
const STAMP_MAX_CHARS = 150;
const STAMP_DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}:\d{2}/;
const STAMP_WORD = /\bposted\b|\bcomments?\b|张贴|發表於|发表于|发布于|評論|评论|阅读|閱讀/i;

export function isPostStamp(text: string): boolean {
  return text.length <= STAMP_MAX_CHARS && STAMP_DATE.test(text) && STAMP_WORD.test(text);
}

/** A post marked up as an `<article>` with its title in a heading, and a post's text under it (a teaser card has less). */
const MIN_POST_WORDS = 60;

/**
 * The article read holds several posts: two stamps (which Readability keeps where they are text, as table layouts
 * have them), or the titles of two posts marked up as `<article>`s (whose stamps it drops as page furniture).
 */
export function holdsSeveralPosts(blocks: readonly Block[], document: Document): boolean {
  let stamps = 0;
  for (const block of blocks) if (block.kind !== 'heading' && isPostStamp(block.text) && ++stamps > 1) return true;
  const titles = new Set(postTitles(document).map((title) => normalise(title.textContent ?? '')));
  return blocks.filter((b) => b.kind === 'heading' && titles.has(b.text)).length > 1;
}

/**
 * A copy of the page with every post after the first removed, or undefined if its posts can't be told apart. Each
 * post is the largest element around its stamp (or its title) that holds no other post's.
 */
export function withFirstPostOnly(document: Document): Document | undefined {
  const clone = document.cloneNode(true) as Document;
  const stamps = stampElements(clone);
  const markers = stamps.length > 1 ? stamps : postTitles(clone);
  if (markers.length < 2) return undefined;
  const posts = markers.map((marker) => {
    let post = marker;
    while (
      post.parentElement &&
      post.parentElement !== clone.body &&
      !markers.some((other) => other !== marker && post.parentElement!.contains(other))
    ) {
      post = post.parentElement;
    }
    return post;
  });
  for (const post of posts.slice(1)) post.remove();
  return clone;
}

/** The innermost elements whose text is a post's stamp. */
function stampElements(document: Document): Element[] {
  const all = Array.from(document.body?.querySelectorAll('*') ?? []);
  const stamped = all.filter((el) => isPostStamp(normalise(el.textContent ?? '')));
  return stamped.filter((el) => !stamped.some((inner) => inner !== el && el.contains(inner)));
}

/** The title heading of each `<article>` with text of its own (not a teaser card), outermost articles only. */
function postTitles(document: Document): Element[] {
  const articles = Array.from(document.querySelectorAll('article'));
  return articles
    .filter(
      (a) =>
        !articles.some((outer) => outer !== a && outer.contains(a)) &&
        countWords(a.textContent ?? '') >= MIN_POST_WORDS,
    )
    .flatMap((a) => a.querySelector('h1, h2, h3') ?? []);
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
