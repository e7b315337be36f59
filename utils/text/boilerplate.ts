import type { Block, BlockKind } from '../article/types';
import type { Sentence } from './types';
import { countCjk } from './script';

/**
 * Site furniture that survives extraction — or arrives glued to the article in plain text: copyright and
 * reprint notices, contact lines, editor's notes, and runs of link titles with no punctuation. Such
 * sentences are never chosen as key sentences and never yield key figures.
 */

const LEGAL = /版权|著作权|转载|摘编|免责声明|不代表本[网站]|copyright|all rights reserved|©|\(c\)\s*\d{4}|terms of (use|service)|privacy policy|cookie policy|reproduction in whole or in part/i;
const CONTACT = /(电话|传真|邮箱|热线|客服|地址|联系我们)\s*[:：]|\b(tel|fax|phone|e-?mail)\s*[:：]|[\w.+-]+@[\w-]+\.[a-z]{2,}|ICP[备证]|公网安备/i;
/** What every contact line has; the full pattern (an e-mail address may start anywhere) runs only where it does. */
const CONTACT_HINT = /[:：@]|ICP|公网安备/;
const EDITORIAL = /^[(（\[【]?\s*(注|编者按|责任编辑|责编|编辑|来源|作者|记者|通讯员|图片来源|图)\s*[:：]|^(editor'?s note|additional reporting by|follow us|share this|sign up|subscribe|related:|read more)\b/i;
/** Photo captions left in the text: `图为…` ("the picture shows"), `Pictured: …`, `Photo: …`. */
const CAPTION =
  /^[(（]?(图为|上图|下图|左图|右图)|^(pictured|photo|image|above|below)\s*[:：]|^in this (?:[\w.]+,? ){0,5}(?:file )?(?:photo|photograph|image|picture)\b|[(（](?:图|组图|视频)[)）]\s*$/i;
/** A photo credit: the block before it is the photo's caption. */
const CREDIT = /Getty Images|\bAP Photo\b|\b(?:photo|image|picture)\s+(?:credit|by)\s*[:：]|^credit\s*[:：]|图片来源|供图/i;
const CREDIT_MAX_CHARS = 120;
/** "By Jane Doe · 11 March 2026", "By John Smith, CNN": a byline left in the text, not a sentence of the story. */
const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*(?:$|[·|,•–—]|\band\b)/u;
/**
 * A pitch for the publication itself, a pointer elsewhere, or a credit for the report: `12 issues for £11.99`, `You
 * can view our open thread here.`, `… contributed to this report`.
 */
const PROMO =
  /^welcome to [^.,]{1,40}, your (?:source|home|destination)\b|\bstart your day with\b|\b(?:click|tap|view|read|see|find|watch|listen|sign up|subscribe)\b[^.!?]{0,60}\bhere\s*[.!]?\s*$|\bget (?:breaking )?news alerts\b|delivered (?:every )?(?:weekday|daily|each|every) ?(?:mornings?|day|week)?|\b\d+ issues for\b|delivered (?:to|through) your (?:letterbox|inbox|door)|sign up for (?:our|the)\b[^.]{0,30}\bnewsletter|\bsubscribe (?:now|today)\b|contributed (?:to )?(?:this )?report|扫码关注|长按(?:识别)?二维码|关注(?:我们的)?(?:微信)?公众号/i;
const NAV_SEPARATORS = /(\s[|·•]\s.*){3,}|(\s›\s.*){2,}/;
/** A CJK run-on with barely a comma is a list of link titles, not a sentence. */
const RUN_ON_MIN_CHARS = 80;
const RUN_ON_CHARS_PER_MARK = 45;

export function isBoilerplate(text: string): boolean {
  return (
    LEGAL.test(text) || (CONTACT_HINT.test(text) && CONTACT.test(text)) || EDITORIAL.test(text) || CAPTION.test(text) || BYLINE.test(text) ||
    PROMO.test(text) || NAV_SEPARATORS.test(text) || isLinkRun(text) || isShouted(text)
  );
}

/**
 * A line in capitals (`TAYLOR SWIFT CLEARED TO PERFORM…`), in Title Case without a stop (`Chelsea Activate £71.6m
 * Release Clause To Sign Kepa`), or a dashed subtitle (`——论争取自由的方式`) is a headline or a banner, not a sentence
 * of the story.
 */
function isShouted(text: string): boolean {
  // Counted by character code: a regex over every letter of every sentence costs more than the rest of this check.
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  if (upper + lower >= 20 && upper / (upper + lower) > 0.8) return true;
  if (/[.!?。！？…]["'’”)）]*\s*$/u.test(text)) return false;
  if (/^\s*(?:——|--)/.test(text)) return true;
  // Title Case takes capitals: six words' worth at least (and a line of Chinese has none).
  if (upper < 6) return false;
  const words = text.match(/\p{L}[\p{L}'’-]*/gu)?.filter((w) => w.length > 3) ?? [];
  return words.length >= 6 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7;
}

function isLinkRun(text: string): boolean {
  if (text.length < RUN_ON_MIN_CHARS) return false;
  const cjk = countCjk(text);
  if (cjk < RUN_ON_MIN_CHARS || cjk < text.length / 2) return false;
  const marks = text.match(/[，、；：,;:。！？]/g)?.length ?? 0;
  return (marks + 1) * RUN_ON_CHARS_PER_MARK < text.length;
}

/** The blocks an apparatus section is made of: entries, not paragraphs of text. */
const LIST_KINDS: ReadonlySet<BlockKind> = new Set(['listItem', 'cell']);

/**
 * A heading that opens apparatus rather than text — the contents, or the back matter (sources, links, other stories,
 * comments): what follows it is about the article, not of it, until the next heading.
 */
const APPARATUS =
  /^(contents|table of contents|目录|目錄|references|notes|footnotes|sources|bibliography|citations|further reading|external links|see also|related( (articles|stories|links|posts|reading|coverage))?|read more|more stories|more from [^:]{1,40}|you (may|might) also like|recommended( for you)?|comments|trending( now)?|most (read|popular|viewed|shared)|popular( now| stories)?|top stories|latest( news| stories)?|editors'? picks|about the authors?|tell us what you think.*|参考文献|参考资料|注释|延伸阅读|相关阅读|相关文章|相关新闻|相关报道|相关链接|外部链接|推荐阅读|猜你喜欢|热门推荐|热门文章|热门新闻|热点新闻|排行榜|最新文章|评论)\s*[:：]?$/i;

/**
 * A press release closes on the company's standard description (`Ascom is a global solutions provider…`, `… is
 * headquartered in Baar`); in the last fifth of the text it is that, and not the news.
 */
const ABOUT_THE_COMPANY =
  /^about \p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}\s*$|^\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3},? (?:is|are) (?:a|an|the) (?:global|leading|world'?s leading|premier|international|privately held|publicly traded|fast-growing)\b|\bis headquartered in\b/u;
const CLOSING_SHARE = 0.8;

/** A rule drawn in text (`___`, `-----`, `———`): wire stories and blogs end the story with one. */
const RULE_LINE = /^\s*(?:_{3,}|-{3,}|—{2,}|={3,})\s*$/;
/** A rule this close to the end closes the story; one earlier only breaks it into sections. */
const BACK_MATTER_SHARE = 0.25;

/** A heading over readers' comments: they and all after them are the page's, not the story's. */
const COMMENTS_HEADING =
  /^(?:\d+\s+)?(?:comments?|reader comments|responses|replies)\s*(?:\(\d+\))?\s*[:：]?$|^(?:\d+ responses? to\b|join the (?:discussion|conversation)|leave a (?:comment|reply)|post a comment)|\d+\s*(?:条|件|则)?(?:评论|回复|留言)|^(?:发表|网友|读者|全部|最新|热门)?(?:评论|留言)\s*[:：]?$/i;

/**
 * The first block of the page's back matter, or Infinity: what follows a heading over comments, or a rule line that
 * closes the story (credits, bios, "Trending" after it).
 */
function backMatterStart(sentences: readonly Sentence[], blocks: readonly Block[]): number {
  const comments = blocks.findIndex((b) => b.kind === 'heading' && COMMENTS_HEADING.test(b.text.trim()));
  if (comments >= 0) return comments;
  for (let b = blocks.length - 1; b >= 0; b--) {
    if (!RULE_LINE.test(blocks[b]!.text)) continue;
    const after = sentences.filter((s) => s.block > b).length;
    return after <= BACK_MATTER_SHARE * sentences.length ? b + 1 : Infinity;
  }
  return Infinity;
}

/**
 * Photo credits, and the caption each one follows (`… passes a Boeing 787-10` / `Natalie Naccache | Getty Images`):
 * a block of one sentence. A paragraph of several is the story's text, whichever photo the credit belongs to.
 */
function creditedBlocks(sentences: readonly Sentence[], blocks: readonly Block[]): Set<number> {
  const perBlock = new Map<number, number>();
  for (const s of sentences) perBlock.set(s.block, (perBlock.get(s.block) ?? 0) + 1);
  const out = new Set<number>();
  blocks.forEach((block, b) => {
    if (block.kind === 'heading' || block.text.length > CREDIT_MAX_CHARS || !CREDIT.test(block.text)) return;
    out.add(b);
    const before = blocks[b - 1];
    if (before && (before.kind === 'paragraph' || before.kind === 'caption') && perBlock.get(b - 1) === 1) out.add(b - 1);
  });
  return out;
}

/**
 * Which sentences are furniture. Beyond each sentence's own cues, a sentence caught between two furniture
 * sentences of the same block is furniture too (the "about us" line between a link run and a copyright notice),
 * and so is a section of apparatus (under "Contents", "References", "See also", "相关阅读"…): its lists and headings,
 * up to the next heading or the first paragraph of text (a "Related" box in the middle of a story ends there); and
 * whatever follows a rule line drawn near the end of the text (`___` before the credits and the author's bio); and
 * a photo credit with the caption it follows.
 */
export function markBoilerplate(sentences: readonly Sentence[], blocks: readonly Block[]): boolean[] {
  const backMatter = backMatterStart(sentences, blocks);
  const captioned = creditedBlocks(sentences, blocks);
  let apparatus = false;
  const marks = sentences.map((s) => {
    if (s.heading) apparatus = APPARATUS.test(s.text.trim());
    else if (apparatus && !LIST_KINDS.has(blocks[s.block]?.kind ?? 'paragraph')) apparatus = false;
    const closing = s.index >= CLOSING_SHARE * sentences.length && ABOUT_THE_COMPANY.test(s.text);
    return apparatus || closing || s.block >= backMatter || captioned.has(s.block) || isBoilerplate(s.text);
  });
  for (let i = 1; i < sentences.length - 1; i++) {
    const prev = sentences[i - 1]!;
    const next = sentences[i + 1]!;
    if (!marks[i] && marks[i - 1] && marks[i + 1] && prev.block === sentences[i]!.block && next.block === prev.block) {
      marks[i] = true;
    }
  }
  return marks;
}
