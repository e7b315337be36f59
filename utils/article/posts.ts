import type { Block } from './types';

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

export function holdsSeveralPosts(blocks: readonly Block[]): boolean {
  let stamps = 0;
  for (const block of blocks) if (block.kind !== 'heading' && isPostStamp(block.text) && ++stamps > 1) return true;
  return false;
}

/**
 * A copy of the page with every post after the first removed, or undefined if its posts can't be told apart. Each
 * stamp's post is the largest element around it that holds no other stamp.
 */
export function withFirstPostOnly(document: Document): Document | undefined {
  const clone = document.cloneNode(true) as Document;
  const stamps = stampElements(clone);
  if (stamps.length < 2) return undefined;
  const posts = stamps.map((stamp) => {
    let post = stamp;
    while (post.parentElement && post.parentElement !== clone.body && !stamps.some((other) => other !== stamp && post.parentElement!.contains(other))) {
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

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
