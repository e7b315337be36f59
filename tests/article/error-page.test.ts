import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/engine/extract/extract';
import { documentOf } from '../support/dom';

const extract = (lang: string, body: string) =>
  extractArticle(
    documentOf(`<!doctype html><html lang="${lang}"><head><title>Forum</title></head><body>${body}</body></html>`),
    'https://bbs.example.com/thread/1',
  );

const nav = '<div class="nav"><a href="/">Home</a> <a href="/forum">Forum</a> <a href="/help">Help</a></div>';

describe("a page that says it has nothing to show is 'no article'", () => {
  it('in English: a forum thread that does not exist', () => {
    const result = extract(
      'en',
      `${nav}<div class="main"><h2>Information</h2><p>Sorry, this thread does not exist or has been moved to another forum. Please go back to the forum index and choose another thread to read, or use the search box to find what you were looking for.</p><p>You can also contact the board administrators if you believe this is an error on our side.</p></div>`,
    );
    expect(result.ok).toBe(false);
  });

  it('in Chinese: no permission, or the topic was deleted', () => {
    const denied = extract(
      'zh',
      `${nav}<div class="main"><p>提示信息：抱歉，您没有权限访问该版块，请先登录后再试。如果您还没有注册，请先注册一个账号，注册后即可浏览本论坛的全部内容，并参与讨论和发表自己的观点。</p></div>`,
    );
    expect(denied.ok).toBe(false);
    const deleted = extract(
      'zh',
      `${nav}<div class="main"><p>对不起，您要查看的帖子不存在或已被删除，请返回论坛首页继续浏览其他主题，或者使用搜索功能查找您感兴趣的内容。如有疑问，请联系管理员处理。</p></div>`,
    );
    expect(deleted.ok).toBe(false);
  });

  it('but a story that mentions such a page is an article', () => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraph ${i + 1}: the council's website showed "page not found" for two days after the vote, and residents who tried to read the harbour plan online complained to the mayor's office, which promised to restore the documents by the end of the week.</p>`,
    );
    expect(extract('en', `${nav}<article>${paragraphs.join('')}</article>`).ok).toBe(true);
    const zh = Array.from(
      { length: 4 },
      () =>
        '<p>投票结束后两天里，市政府网站的规划页面一直显示“页面不存在”，许多想在网上阅读港口规划的居民向市长办公室投诉，办公室承诺在本周内恢复这些文件，并向市民公开全部材料。</p>',
    );
    expect(extract('zh', `${nav}<article>${zh.join('')}</article>`).ok).toBe(true);
  });
});
