import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/engine/extract/extract';
import { isPostStamp } from '@/utils/engine/extract/posts';
import { documentOf } from '../support/dom';

const textOf = (html: string) => {
  const result = extractArticle(documentOf(html), 'https://blog.example.com/archive/2005/03');
  if (!result.ok) throw new Error(result.key);
  return result.article.blocks.map((b) => b.text).join('\n');
};

const page = (
  lang: string,
  posts: string[],
) => `<!doctype html><html lang="${lang}"><head><title>Archive</title></head><body>
<div id="sidebar"><a href="/">Home</a></div><div id="posts">${posts.join('\n')}</div></body></html>`;

const englishPost = (title: string, text: string, day: number) => `<div class="post"><h2>${title}</h2>
<div class="body"><p>${text}</p><p>${text}</p></div>
<p><em>Posted by Jane at 2005-03-${day} 10:42 PM | 3 comments</em></p></div>`;

const chinesePost = (title: string, text: string, day: number) => `<table><tr><td class="title">${title}</td></tr>
<tr><td class="body">${text}${text}</td></tr>
<tr><td class="footer">由海姑娘张贴 @ 2005-03-${day} 01:20:44 (359) 共 3 篇评论 发表评论 >>></td></tr></table>`;

const gold =
  'We drove to the old gold town on Saturday, where the streets still look as they did in the 1850s rush, and panned for gold in the creek behind the museum.';
const hair =
  'I finally had my long hair cut short this week; the hairdresser and I could not quite understand each other, and half a metre of it fell to the floor.';
const snow =
  'Friends in the north keep sending me pictures of snow, which I have hardly ever seen here by the sea, and I remember two winters of it in America.';
const jin =
  '距墨尔本西北约一百一十公里处，是当年澳大利亚发现第一块天然黄金的地方，现在是维多利亚州最受游客欢迎的观光城市，我们周末开车去玩了一整天。';
const fa =
  '头发留得很长很长了，每天总是花很多时间去梳头、去洗头，以前总为一头美丽的长发而骄傲，但是时间久了也觉得烦了，所以就去剪短了。';
const xue =
  '最近，在北美的还有祖国大陆的很多朋友都给我发了美丽的雪景照片，给我描述美丽的雪，而在南半球的我，正在海边迎着夏风。';

describe('a page of several posts is read as its first post', () => {
  it('in English', () => {
    const text = textOf(
      page('en', [
        englishPost('Gold town', gold, 21),
        englishPost('Short hair', hair, 18),
        englishPost('Snow', snow, 15),
      ]),
    );
    expect(text).toContain(gold);
    expect(text).not.toContain(hair);
    expect(text).not.toContain(snow);
  });

  it('in Chinese, laid out in tables', () => {
    const text = textOf(
      page('zh', [chinesePost('昨天去金矿玩', jin, 21), chinesePost('长发剪了', fa, 18), chinesePost('雪意', xue, 15)]),
    );
    expect(text).toContain(jin);
    expect(text).not.toContain(fa);
    expect(text).not.toContain(xue);
  });

  it('but one post with its stamp stays whole', () => {
    const text = textOf(
      page('en', [
        `<div class="post"><h2>Gold town</h2><p>${gold}</p><p>${hair}</p><p>${snow}</p><p>Posted by Jane at 10:42 PM | 3 comments</p></div>`,
      ]),
    );
    expect(text).toContain(gold);
    expect(text).toContain(snow);
  });

  it('knows a stamp from a sentence that has a time in it', () => {
    expect(isPostStamp('Posted by Jane at 10:42 PM | 3 comments')).toBe(true);
    expect(isPostStamp('发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)')).toBe(true);
    expect(
      isPostStamp(
        'The meeting was posted online at 10:42 and drew thousands of comments from residents across the region.'.repeat(
          2,
        ),
      ),
    ).toBe(false);
    expect(isPostStamp('会议于上午10:30开始，持续了两个小时。')).toBe(false);
  });
});

describe('an archive of posts marked up as articles, whose stamps Readability drops', () => {
  const articlePost = (title: string, text: string, day: number) =>
    `<article class="post"><h2><a href="/p/${day}">${title}</a></h2><p>${text}</p><p>${text}</p><p>${text}</p><p>${text}</p><footer class="entry-meta">Posted on March ${day}, 2005 by Jane</footer></article>`;
  it('is read as its first post, in English and Chinese', () => {
    const en = textOf(
      page('en', [
        articlePost('Gold town', gold, 21),
        articlePost('Short hair', hair, 18),
        articlePost('Snow', snow, 15),
      ]),
    );
    expect(en).toContain(gold);
    expect(en).not.toContain(hair);
    const zh = textOf(
      page('zh', [articlePost('昨天去金矿玩', jin, 21), articlePost('长发剪了', fa, 18), articlePost('雪意', xue, 15)]),
    );
    expect(zh).toContain(jin);
    expect(zh).not.toContain(fa);
  });
  it('but a story followed by teaser cards of other stories stays the story', () => {
    const card = (t: string) => `<article class="card"><h3><a href="/x">${t}</a></h3><p>Short teaser.</p></article>`;
    const text = textOf(
      page('en', [articlePost('Gold town', `${gold} ${hair}`, 21), card('Other story one'), card('Other story two')]),
    );
    expect(text).toContain(gold);
  });
});
