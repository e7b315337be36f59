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
const CAPTION = /^[(（]?(图为|上图|下图|左图|右图)|^(pictured|photo|image|above|below)\s*[:：]/i;
/** "By Jane Doe · 11 March 2026", "By John Smith, CNN": a byline left in the text, not a sentence of the story. */
const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*(?:$|[·|,•–—]|\band\b)/u;
const NAV_SEPARATORS = /(\s[|·•]\s.*){3,}|(\s›\s.*){2,}/;
/** A CJK run-on with barely a comma is a list of link titles, not a sentence. */
const RUN_ON_MIN_CHARS = 80;
const RUN_ON_CHARS_PER_MARK = 45;

export function isBoilerplate(text: string): boolean {
  return LEGAL.test(text) || (CONTACT_HINT.test(text) && CONTACT.test(text)) || EDITORIAL.test(text) || CAPTION.test(text) || BYLINE.test(text) || NAV_SEPARATORS.test(text) || isLinkRun(text);
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
  /^(contents|table of contents|目录|目錄|references|notes|footnotes|sources|bibliography|citations|further reading|external links|see also|related( (articles|stories|links|posts|reading|coverage))?|read more|more stories|you (may|might) also like|recommended( for you)?|comments|参考文献|参考资料|注释|延伸阅读|相关阅读|相关文章|相关新闻|相关报道|相关链接|外部链接|推荐阅读|猜你喜欢|热门推荐|评论)\s*[:：]?$/i;

/**
 * Which sentences are furniture. Beyond each sentence's own cues, a sentence caught between two furniture
 * sentences of the same block is furniture too (the "about us" line between a link run and a copyright notice),
 * and so is a section of apparatus (under "Contents", "References", "See also", "相关阅读"…): its lists and headings,
 * up to the next heading or the first paragraph of text (a "Related" box in the middle of a story ends there).
 */
export function markBoilerplate(sentences: readonly Sentence[], blocks: readonly Block[]): boolean[] {
  let apparatus = false;
  const marks = sentences.map((s) => {
    if (s.heading) apparatus = APPARATUS.test(s.text.trim());
    else if (apparatus && !LIST_KINDS.has(blocks[s.block]?.kind ?? 'paragraph')) apparatus = false;
    return apparatus || isBoilerplate(s.text);
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
