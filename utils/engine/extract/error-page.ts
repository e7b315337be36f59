import type { Block } from '../../core/article';

/**
 * A page that says it has nothing to show — a forum's "this thread does not exist", "you have no permission to view
 * it", a site's 404 — is answered "no article", not digested: what Readability finds there is the notice and the
 * page's furniture around it. Only a short text counts; a story about a missing page is long.
 */

const ERROR_NOTICE =
  /\b(?:(?:the )?page (?:you (?:requested|are looking for|were looking for) )?(?:could not|cannot|can't|was not|is not) (?:be )?found|404 not found|(?:this|the) (?:topic|thread|post|page|article) (?:does not exist|doesn't exist|has been (?:deleted|removed)|is no longer available)|you (?:do not|don't) have permission to (?:view|access|read)|you must be (?:logged|signed) in to (?:view|see|read|access)|access denied)\b|(?:帖子|主题|文章|页面|网页|内容)(?:不存在|已被删除|已删除|已被屏蔽)|(?:您|你)(?:没有|无)(?:权限|权)(?:访问|查看|浏览|阅读)|(?:请|需要)先?登录(?:后)?(?:才能)?(?:查看|访问|浏览)|(?:页面|网页)(?:找不到|未找到)/i;
/** An error page's text is short: its notice and a little furniture. */
const MAX_ERROR_PAGE_CHARS = 800;
/** The notice is most of what the page says; a story that mentions a missing page says much else. */
const MIN_NOTICE_SHARE = 0.5;

export function isErrorPage(blocks: readonly Block[]): boolean {
  let total = 0;
  for (const block of blocks) total += block.text.length;
  return (
    total <= MAX_ERROR_PAGE_CHARS &&
    blocks.some((b) => b.text.length >= MIN_NOTICE_SHARE * total && ERROR_NOTICE.test(b.text))
  );
}
