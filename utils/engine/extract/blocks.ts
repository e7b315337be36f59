import type { Block, BlockKind } from '../../core/article';
import { stripTextTricks } from '../../core/safe-text';

/**
 * Walks a content element into ordered blocks. Readability's `textContent` glues a heading onto the next
 * paragraph (`<h2>A</h2><p>B</p>` → "AB"), which in Chinese cannot be undone, so text is collected per block.
 */

const KIND_OF_TAG: Record<string, BlockKind> = {
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  P: 'paragraph',
  LI: 'listItem',
  DT: 'listItem',
  DD: 'listItem',
  BLOCKQUOTE: 'quote',
  FIGCAPTION: 'caption',
  CAPTION: 'caption',
  TD: 'cell',
  TH: 'cell',
  PRE: 'code',
};

/** Elements that end the text before them and start a new block, even with no kind of their own. */
const BREAKING_TAGS = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'FIGURE',
  'HR',
  'BR',
  'FORM',
  'FIELDSET',
  'DETAILS',
  'SUMMARY',
  'ADDRESS',
  'CENTER',
]);

/** Never text a reader reads. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface WalkOptions {
  /** Extra elements to leave out (site navigation, footers) when walking a whole page rather than an article. */
  skip?: (el: Element) => boolean;
  /** Stop collecting after this many characters: the caller is bounding work on a huge page. */
  maxChars?: number;
}

export function blocksOf(root: Element, options: WalkOptions = {}): Block[] {
  const blocks: Block[] = [];
  const maxChars = options.maxChars ?? Infinity;
  let total = 0;
  let buffer = '';
  const kinds: Array<{ kind: BlockKind; level?: number }> = [];

  const flush = () => {
    const text = normaliseSpace(buffer);
    buffer = '';
    if (!text) return;
    const ctx = kinds[kinds.length - 1] ?? { kind: 'paragraph' as const };
    const block: Block = { kind: ctx.kind, text };
    if (ctx.level) block.level = ctx.level;
    blocks.push(block);
    total += text.length;
  };

  const walk = (node: Node) => {
    if (total >= maxChars) return;
    if (node.nodeType === TEXT_NODE) {
      buffer += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || el.hasAttribute('hidden') || options.skip?.(el)) return;
    const kind = KIND_OF_TAG[tag];
    const breaks = kind !== undefined || BREAKING_TAGS.has(tag);
    if (breaks) flush();
    // Inside a quote or a list item, paragraphs keep the outer kind: they are parts of that quote or item.
    const outer = kinds[kinds.length - 1];
    const pushed = kind !== undefined && !(kind === 'paragraph' && outer && outer.kind !== 'paragraph');
    if (pushed) kinds.push(kind === 'heading' ? { kind, level: Number(tag.slice(1)) } : { kind });
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (breaks) flush();
    if (pushed) kinds.pop();
  };

  walk(root);
  flush();
  return blocks;
}

/**
 * Collapse runs of whitespace (including the ideographic spaces Chinese sites indent with) to one space, after
 * removing bidi overrides and invisible characters (utils/core/safe-text.ts).
 */
export function normaliseSpace(text: string): string {
  return stripTextTricks(text)
    .replace(/[\s\u3000\u00a0]+/g, ' ')
    .trim();
}
