import type { Block, BlockKind } from '../../core/article';
import { countCjk, hasCjk } from '../../core/script';
import type { Sentence } from '../../core/sentence';
import { authorNames, isAboutAuthor } from './author-bio';
import { isTimestamp } from './timestamp';

/**
 * Site furniture that survives extraction — or arrives glued to the article in plain text: copyright and
 * reprint notices, contact lines, editor's notes, and runs of link titles with no punctuation. Such
 * sentences are never chosen as key sentences and never yield key figures.
 */

/**
 * A notice of rights, not a sentence about them: Chinese prose speaks of 版权 and 转载 too (`互联网版权问题`, `被多家媒体
 * 转载`), so there the notice's own words are asked for (who holds the rights, what is forbidden without leave).
 */
const LEGAL =
  /(?:版权|著作权)(?:所有|声明|归|属于|合作)|(?:未经|禁止|不得|谢绝|严禁)[^。；]{0,12}(?:转载|摘编|复制|使用|镜像)|转载(?:请|须|务必|文章|自)|侵权|摘编|免责声明|不代表本[网站]|copyright|all rights reserved|©|\(c\)\s*\d{4}|terms of (use|service)|privacy policy|cookie policy|reproduction in whole or in part/i;
const CONTACT =
  /(电话|传真|邮箱|热线|客服|地址|联系我们)\s*[:：]|\b(tel|fax|phone|e-?mail)\s*[:：]|[\w.+-]+@[\w-]+\.[a-z]{2,}|ICP[备证]|公网安备|\d\s*(?:tel|fax)\b/i;
/** What every contact line has; the full pattern (an e-mail address may start anywhere) runs only where it does. */
const CONTACT_HINT = /[:：@]|ICP|公网安备|\d\s*(?:tel|fax)\b/i;
const EDITORIAL =
  /^[(（[【]?\s*(注|编者按|责任编辑|责编|编辑|来源|作者|作者简介|记者|通讯员|图片来源|图|原标题|原题)\s*[:：]|^(editor'?s note|follow us|share this|sign up|subscribe|related:|read more)\b|^[(（]?\s*(?:(?:additional )?reporting|editing) by\b|^[(（]\s*writing by\b/i;
/**
 * A pointer to another story (`Also on rt.com …`, `(Leggi anche su: …)`, `延伸阅读：…`), or a link's title tagged
 * with what it leads to (`… [VIDEO]`, `… [REACTION]`, `…【视频】`).
 */
const RELATED_LINK =
  /^[(（[【]?\s*(?:also on [\w-]+\.[a-z]{2,}\b|also read\b|read also\b|see also\b|leggi anche|lire aussi|lesen sie auch|lea también|leia também|читайте также|相关阅读|延伸阅读|推荐阅读|相关新闻|相关报道)|[[【](?:video|pics?|photos?|gallery|poll|live|watch|reaction|latest|listen|audio|视频|组图|图集|直播)[\]】]\s*$/i;
/**
 * The page's own apparatus set as a line: a blog's trackback and permalink, tag and category lines, a wiki's
 * maintenance banner, the comments' rules, where the story first appeared, the cookie notice, the media player's
 * message, the share bar, the app pitch.
 */
const PAGE_APPARATUS =
  /trackback|引用通告|permalink|永久链接|^(?:tags?|filed under|topics?|categories|标签|关键词|关键字|分类|(?:本文|文章)来源)\s*[:：]|^posted in \p{Lu}|^(?:此|本)条目|^this (?:article|section) (?:needs|has multiple issues|is missing|relies)\b|\bcomments? (?:are|is) (?:moderated|closed)\b|评论(?:已)?关闭|\bcommunity guidelines\b|^(?:a version of )?this (?:article|story|post|piece) (?:was )?(?:originally|first) (?:appeared|published)\b|^read the full (?:story|article)\b|\bwe use cookies\b|\b(?:consent to|accept) (?:our|the) use of cookies\b|^image caption\b|\bmedia playback is unsupported\b|continues below advertisement|^(?:related|watch|listen)\s*:|^分享到|(?:打开|下载)[^。]{0,6}(?:APP|客户端)|^(?:欢迎|敬请)(?:关注|订阅)|^更多(?:精彩|资讯|新闻|内容)/iu;
/** Photo captions left in the text: `图为…` ("the picture shows"), `Pictured: …`, `Photo: …`. */
const CAPTION =
  /^[(（]?(图为|上图|下图|左图|右图)|^(pictured|photo|image|above|below)\s*[:：]|^in this (?:[\w.]+,? ){0,5}(?:file )?(?:photo|photograph|image|picture)\b|[(（](?:图|组图|视频)[)）]\s*$/i;
/**
 * A picture agency's caption: someone doing something for the camera, then the day and the place (`Scooter Braun
 * and Scott Borchetta pose for a photo at a private residence on June 28, 2019 in Montecito, California.`).
 */
const AGENCY_CAPTION =
  /\b(?:poses?|posing|attends?|attending|performs?|performing|arrives?|arriving|speaks?|speaking|walks?|looks on|is seen|are seen|gestures?|waves?|celebrates?|reacts?|competes?)\b.*\bon (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4},? in \p{Lu}/u;
/**
 * A caption ends with its credit in brackets: `… autonomy (Image: GETTY )`, `… Hialeah, Fla. (AP Photo/Alan Diaz,
 * File)`, `…（图片来源：新华社）`. The credit alone is one too.
 */
const CREDIT_IN_BRACKETS =
  /[(（]\s*(?:(?:AP|AFP|EPA|Reuters)\s+Photo\b|(?:photo|image|picture|pic|photograph|credit)s?(?:\s*credit)?\s*[:：/]|(?:图|图片|图片来源|摄影|供图)\s*[:：/／])[^)）]*[)）]\s*$/i;
/**
 * A photo credit: an agency or photographer closing a line with no sentence in it (`Natalie Naccache | Bloomberg |
 * Getty Images`, `Mark Stout/iStock/Getty Images`, `… | photo by Joan Bardeletti`), or a line opening `Credit`. The
 * block before it is the photo's caption. A sentence about Getty Images is not a credit.
 */
const CREDIT =
  /^[^.!?。！？]*(?:Getty Images|AP Photo(?:\/[^)]*)?|Shutterstock|iStock|Reuters|AFP|EPA-EFE|\bphoto(?:graph)? by [^.!?]+)\s*\)?$|^\(?credit\s*[:：]?\s*\p{Lu}|^\(?(?:photo|image|picture)(?:graph)?\s*(?:credit)?\s*[:：]|图片来源|供图\s*$/iu;
const CREDIT_MAX_CHARS = 120;
/** A caption is a sentence or two; the credit after it may count as one more. */
const CAPTION_MAX_SENTENCES = 3;
/** "By Jane Doe · 11 March 2026", "By John Smith, CNN": a byline left in the text, not a sentence of the story. */
const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*(?:$|[·|,•–—]|\band\b)/u;
/**
 * A pitch for the publication itself, a pointer elsewhere, or a credit for the report: `12 issues for £11.99`, `You
 * can view our open thread here.`, `… contributed to this report`.
 */
const PROMO =
  /^welcome to [^.,]{1,40}, your (?:source|home|destination)\b|\bstart your day with\b|^(?:you can\s+)?(?:click|tap|view|read|see|find|watch|listen to|sign up|subscribe)\b[^.!?]{0,60}\bhere\s*[.!]?\s*$|\bget (?:breaking )?news alerts\b|delivered (?:every )?(?:weekday|daily|each|every)\s+(?:mornings?|day|week)\b|\b\d+ issues for [£$€]?\d|delivered (?:to|through) your (?:letterbox|inbox|door)|sign up for (?:our|the)\b[^.]{0,30}\bnewsletter|\bsubscribe (?:now|today)\b|contributed (?:to )?this report\b|\bcontributed reporting\b|扫码关注|长按(?:识别)?二维码|关注(?:我们的)?(?:微信)?公众号|^join (?:our|the)\b[^.!?]{0,40}\b(?:forums?|community|discussion|conversation|newsletter)|\byour inbox\b|^follow (?:us|@\w+)\b|\bmay (?:receive|earn|get) (?:a )?(?:small )?(?:commission|share of (?:the )?sales)\b|\bsubject to change without notice\b|^quantities (?:are|may be) limited\b|^(?:click|tap) here\b|^(?:点击|点此)(?:这里|此处|查看|进入|阅读)/i;
const NAV_SEPARATORS = /(\s[|·•]\s.*){3,}|(\s›\s.*){2,}/;
/** A CJK run-on with barely a comma is a list of link titles, not a sentence. */
const RUN_ON_MIN_CHARS = 80;
const RUN_ON_CHARS_PER_MARK = 45;

export function isBoilerplate(text: string, lang = 'en'): boolean {
  return (
    LEGAL.test(text) ||
    (CONTACT_HINT.test(text) && CONTACT.test(text)) ||
    EDITORIAL.test(text) ||
    CAPTION.test(text) ||
    BYLINE.test(text) ||
    PROMO.test(text) ||
    NAV_SEPARATORS.test(text) ||
    RELATED_LINK.test(text) ||
    PAGE_APPARATUS.test(text) ||
    AGENCY_CAPTION.test(text) ||
    CREDIT_IN_BRACKETS.test(text) ||
    isTimestamp(text, lang) ||
    isLinkRun(text) ||
    isShouted(text)
  );
}

/**
 * A line in capitals (`TAYLOR SWIFT CLEARED TO PERFORM…`), in Title Case without a stop (`Chelsea Activate £71.6m
 * Release Clause To Sign Kepa`), or a dashed subtitle (`——论争取自由的方式`) is a headline or a banner, not a sentence
 * of the story.
 */
function isShouted(text: string): boolean {
  // Chinese, Japanese and Korean have no capitals: a line of them with Latin names or acronyms is never shouted.
  if (hasCjk(text)) return /^\s*(?:——|--)/.test(text) && text.length <= SUBTITLE_MAX && !ENDS_AS_SENTENCE.test(text);
  // Counted by character code for ASCII: a regex over every letter of every sentence costs more than the check.
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127) {
      const ch = text[i]!;
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
  }
  if (upper + lower >= 20 && upper / (upper + lower) > 0.8) return true;
  if (ENDS_AS_SENTENCE.test(text)) return false;
  // Title Case takes capitals: six words' worth at least.
  if (upper < 6) return false;
  const words = text.match(/\p{L}[\p{L}'’-]*/gu)?.filter((w) => w.length > 3) ?? [];
  return words.length >= 6 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7;
}

/** A stop, then closing marks and citation marks: `…Development (OECD).[107]`. */
const ENDS_AS_SENTENCE = /[.!?。！？；…:：]["'’”)）]*(?:\[[\da-z]{1,4}\])*\s*$/u;
/** A dashed subtitle is a line: `——论争取自由的方式及其相互关系(下)`. */
const SUBTITLE_MAX = 40;

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
  /^(contents|table of contents|目录|目錄|references|notes|footnotes|sources|bibliography|citations|further reading|external links|see also|related( (articles|stories|links|posts|reading|coverage))?|read more|more(?: great| top| related)?(?: [\p{L}'’]+)? (?:stories|articles|reads|coverage)|more from [^:]{1,40}|you (may|might) also like|recommended( for you)?|comments|trending( now)?|most (read|popular|viewed|shared)|popular( now| stories)?|top stories|latest( news| stories)?|editors'? picks|about the authors?|tell us what you think.*|参考文献|参考资料|注释|延伸阅读|相关阅读|相关文章|相关新闻|相关报道|相关链接|外部链接|推荐阅读|猜你喜欢|热门推荐|热门文章|热门新闻|热点新闻|排行榜|最新文章|评论)\s*[:：]?$/iu;
/** A line that could head a section: apparatus is sometimes set as a paragraph (`You may also like...`). */
const HEADING_LINE_MAX = 60;

/**
 * A press release closes on the company's standard description (`Ascom is a global solutions provider…`, `… is
 * headquartered in Baar`); in the last third of the text it is that, and not the news.
 */
const ABOUT_THE_COMPANY =
  /^about \p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}\s*$|^\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3},? (?:is|are) (?:a|an) (?:global|leading|world'?s leading|premier|international|privately held|publicly traded|fast-growing) (?:\S+ ){0,4}(?:provider|company|firm|supplier|manufacturer|developer|maker|group|leader)\b|^\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3} is headquartered in\b/u;
/** Where a page's closing matter may start: a company's description of four sentences closes a short release. */
const CLOSING_SHARE = 2 / 3;

/** A rule drawn in text (`___`, `-----`, `———`): wire stories and blogs end the story with one. */
const RULE_LINE = /^\s*(?:_{3,}|-{3,}|—{2,}|={3,})\s*$/;
/** A rule this close to the end closes the story; one earlier only breaks it into sections. */
const BACK_MATTER_SHARE = 0.25;

/** A heading over readers' comments: they and all after them are the page's, not the story's. */
const COMMENTS_HEADING =
  /^(?:\d+\s+)?(?:comments?|reader comments)\s*(?:\(\d+\))?\s*[:：]?$|^\d+\s+(?:responses|replies)(?:\s+to\b.*)?$|^(?:join the (?:discussion|conversation)|leave a (?:comment|reply)|post a comment)\b|\d+\s*(?:条|件|则)?(?:评论|回复|留言)\s*[)）]?$|^(?:发表|网友|读者|全部|最新|热门)?(?:评论|留言)\s*[:：]?$/i;

/**
 * The first block of the page's back matter, or Infinity: what follows a heading over comments, or a rule line that
 * closes the story (credits, bios, "Trending" after it); and, in the text's last third, what starts at a note about
 * the author (`Phil Helsel is a reporter for NBC News.`), at a press release's description of the company, or at
 * apparatus (`You may also like...`, `More Great WIRED Stories`), heading or line.
 */
function backMatterStart(sentences: readonly Sentence[], blocks: readonly Block[], byline?: string): number {
  const comments = blocks.findIndex((b) => b.kind === 'heading' && COMMENTS_HEADING.test(b.text.trim()));
  if (comments >= 0) return comments;
  // One rule near the end closes the story; several are scene breaks, and the last part is the story's too.
  const rules = blocks.flatMap((block, b) => (RULE_LINE.test(block.text) ? [b] : []));
  if (rules.length === 1) {
    const after = sentences.filter((s) => s.block > rules[0]!).length;
    if (after <= BACK_MATTER_SHARE * sentences.length) return rules[0]! + 1;
  }
  const closing = Math.ceil(CLOSING_SHARE * sentences.length);
  // A name the story's text speaks of before its close is its subject (a byline may name the publication), not its
  // author; the byline line itself doesn't count.
  const story = sentences.slice(0, closing).filter((s) => !s.heading && !BYLINE.test(s.text));
  const names = authorNames(byline).filter((name) => !story.some((s) => s.text.includes(name)));
  const closer = sentences
    .slice(closing)
    .find(
      (s) =>
        ABOUT_THE_COMPANY.test(s.text) ||
        isAboutAuthor(s.text, names) ||
        (s.text.length <= HEADING_LINE_MAX && APPARATUS.test(headingText(s.text))),
    );
  return closer ? closer.block : Infinity;
}

/** A line as a heading reads: without the dots or colon that lead on to what follows. */
function headingText(text: string): string {
  return text.trim().replace(/\s*(?:\.{2,}|…|[:：])$/u, '');
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
    if (block.kind === 'heading') return;
    // A caption with its credit in brackets at its end (`… Hialeah, Fla. (AP Photo/Alan Diaz, File)`) is all caption,
    // and the paragraph before it is the story's.
    if (CREDIT_IN_BRACKETS.test(block.text) && block.text.replace(CREDIT_IN_BRACKETS, '').trim()) {
      if ((perBlock.get(b) ?? 0) <= CAPTION_MAX_SENTENCES) out.add(b);
      return;
    }
    if (block.text.length > CREDIT_MAX_CHARS || !CREDIT.test(block.text)) return;
    out.add(b);
    const before = blocks[b - 1];
    if (before && (before.kind === 'paragraph' || before.kind === 'caption') && perBlock.get(b - 1) === 1)
      out.add(b - 1);
  });
  return out;
}

/**
 * Which sentences are furniture. Beyond each sentence's own cues, a sentence caught between two furniture
 * sentences of the same block is furniture too (the "about us" line between a link run and a copyright notice),
 * and so is a section of apparatus (under "Contents", "References", "See also", "相关阅读"…): its lists and headings,
 * up to the next heading or the first paragraph of text (a "Related" box in the middle of a story ends there); and
 * the back matter (after comments' heading, or a rule line, a note about the author, a company's description or
 * apparatus near the end); a photo credit with the caption it follows; and a standfirst set apart from the story.
 */
export interface PageFacts {
  /** The text's language, for calendar words. */
  lang?: string;
  /** The page's byline, whose names tell a note about the author. */
  byline?: string;
  /** The page's description (`<meta name="description">`), which a standfirst repeats. */
  excerpt?: string;
}

export function markBoilerplate(
  sentences: readonly Sentence[],
  blocks: readonly Block[],
  page: PageFacts = {},
): boolean[] {
  const backMatter = backMatterStart(sentences, blocks, page.byline);
  const captioned = creditedBlocks(sentences, blocks);
  let apparatus = false;
  const marks = sentences.map((s) => {
    if (s.heading) apparatus = APPARATUS.test(s.text.trim());
    else if (apparatus && !LIST_KINDS.has(blocks[s.block]?.kind ?? 'paragraph')) apparatus = false;
    return apparatus || s.block >= backMatter || captioned.has(s.block) || isBoilerplate(s.text, page.lang);
  });
  for (let i = 1; i < sentences.length - 1; i++) {
    const prev = sentences[i - 1]!;
    const next = sentences[i + 1]!;
    if (!marks[i] && marks[i - 1] && marks[i + 1] && prev.block === sentences[i]!.block && next.block === prev.block) {
      marks[i] = true;
    }
  }
  markStandfirst(sentences, blocks, marks, page.excerpt);
  return marks;
}

/**
 * A standfirst (`T-Swift is beefing with The Carlyle Group ... what a time to be alive ...`) sits above the story,
 * apart from it: the opening block repeats the page's description, and furniture (the date, a pitch, a caption)
 * comes between it and the story's text. An opening paragraph that the description repeats but that the story goes
 * straight on from is the story's lead, and stays.
 */
function markStandfirst(
  sentences: readonly Sentence[],
  blocks: readonly Block[],
  marks: boolean[],
  excerpt?: string,
): void {
  const first = sentences[0];
  if (
    !excerpt ||
    !first ||
    first.heading ||
    marks[first.index] ||
    comparable(blocks[first.block]?.text ?? '') !== comparable(excerpt)
  )
    return;
  const after = sentences.find((s) => s.block > first.block);
  if (!after || !marks[after.index]) return;
  for (const s of sentences) if (s.block === first.block) marks[s.index] = true;
}

/** Text as two copies of it compare: letters and digits, lower-cased. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
