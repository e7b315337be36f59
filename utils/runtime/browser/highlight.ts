/**
 * Key sentences marked on the page itself with the CSS Custom Highlight API: ranges over the page's own text nodes,
 * painted through `::highlight()` rules the popup has the browser add beside the page's styles (HIGHLIGHT_STYLE, by
 * `scripting.insertCSS` in page-highlight.ts). Nothing is inserted into, wrapped in or removed from the page's DOM or
 * its style sheets, so clearing the highlights leaves the page exactly as it was.
 *
 * Not a constructed sheet in `document.adoptedStyleSheets`: a content script can't read that list in Firefox 140
 * ("Accessing from Xray wrapper is not supported"; spreading it throws "not iterable"), and replacing it unread would
 * drop the page's own sheets.
 *
 * A sentence is found by its text, not by the digest's block offsets: those index the article Readability rebuilt
 * from a clone, not the live DOM. The page's text and the sentence are compared with every whitespace and invisible
 * character left out (the article collapses whitespace, the page has line breaks and indentation; Chinese has no
 * spaces to lose), so a sentence split across `<b>`, `<a>` or a line break is still one range.
 */

export const HIGHLIGHT_NAME = 'digest-key-sentence';
export const FOCUS_NAME = 'digest-key-sentence-focus';

/** Whitespace, and the invisible characters the extractor strips from article text (utils/core/safe-text.ts). */
const SKIPPED = /[\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
const SKIPPED_ALL = new RegExp(SKIPPED.source, 'gu');
/** Elements whose text the reader never sees. */
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'IFRAME', 'OBJECT', 'SVG']);

/** The page's visible text with whitespace left out, and where each of its characters lives. */
interface CompactText {
  text: string;
  nodes: Text[];
  /** For character i of `text`: its node (index into `nodes`) and offset in that node. */
  nodeOf: Uint32Array;
  offsetOf: Uint32Array;
}

function compactText(document: Document): CompactText {
  const nodes: Text[] = [];
  const chars: string[] = [];
  const nodeIdx: number[] = [];
  const offsets: number[] = [];
  const root = document.body ?? document.documentElement;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
        if (INVISIBLE.has(el.tagName.toUpperCase())) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    const at = nodes.push(node) - 1;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (SKIPPED.test(ch)) continue;
      chars.push(normalizeChar(ch));
      nodeIdx.push(at);
      offsets.push(i);
    }
  }
  return { text: chars.join(''), nodes, nodeOf: Uint32Array.from(nodeIdx), offsetOf: Uint32Array.from(offsets) };
}

/** Quotes and dashes a page and its extracted text may spell differently; one UTF-16 unit in, one out. */
function normalizeChar(ch: string): string {
  if (ch === '\u2018' || ch === '\u2019') return "'";
  if (ch === '\u201c' || ch === '\u201d') return '"';
  return ch;
}

export function compactSentence(text: string): string {
  return [...text.replace(SKIPPED_ALL, '')].map((ch) => (ch.length === 1 ? normalizeChar(ch) : ch)).join('');
}

/**
 * A live DOM range for each sentence found on the page (undefined for one that isn't), in the order given. Each search
 * starts after the previous match, as key sentences come in document order, so a sentence repeated in a teaser above
 * the article is matched at its place in the article when the one before it has already been found there.
 */
export function findSentenceRanges(document: Document, sentences: readonly string[]): (Range | undefined)[] {
  const page = compactText(document);
  let from = 0;
  return sentences.map((sentence) => {
    const needle = compactSentence(sentence);
    if (!needle) return undefined;
    let at = page.text.indexOf(needle, from);
    if (at < 0) at = page.text.indexOf(needle);
    if (at < 0) return undefined;
    from = at + needle.length;
    const last = at + needle.length - 1;
    const range = document.createRange();
    range.setStart(page.nodes[page.nodeOf[at]!]!, page.offsetOf[at]!);
    range.setEnd(page.nodes[page.nodeOf[last]!]!, page.offsetOf[last]! + 1);
    return range;
  });
}

/** The colours of the marks: the page's own palette is unknown, so a translucent yellow that reads on light and dark. */
export const HIGHLIGHT_STYLE = `
::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 214, 10, 0.45); color: inherit; }
::highlight(${FOCUS_NAME}) { background-color: rgba(255, 159, 10, 0.75); color: inherit; }
`;

/** The documents whose key sentences are marked (not only a sentence scrolled to). */
const marked = new WeakSet<Document>();

export function highlightSupported(window: Window & typeof globalThis): boolean {
  return typeof window.Highlight === 'function' && typeof window.CSS?.highlights === 'object';
}

export interface HighlightResult {
  ok: boolean;
  /** How many of the sentences were found and marked. */
  found: number;
  total: number;
}

/** Marks the sentences on the page (replacing earlier marks). */
export function showHighlights(window: Window & typeof globalThis, sentences: readonly string[]): HighlightResult {
  const { document } = window;
  if (!highlightSupported(window)) return { ok: false, found: 0, total: sentences.length };
  clearHighlights(window);
  const ranges = findSentenceRanges(document, sentences);
  const found = ranges.filter((r): r is Range => r !== undefined);
  marked.add(document);
  window.CSS.highlights.set(HIGHLIGHT_NAME, new window.Highlight(...found));
  return { ok: true, found: found.length, total: sentences.length };
}

/** Removes the marks; with HIGHLIGHT_STYLE removed too, the page is as it was before `showHighlights`. */
export function clearHighlights(window: Window & typeof globalThis): void {
  marked.delete(window.document);
  if (!highlightSupported(window)) return;
  window.CSS.highlights.delete(HIGHLIGHT_NAME);
  window.CSS.highlights.delete(FOCUS_NAME);
}

export function highlightsShown(window: Window & typeof globalThis): boolean {
  return marked.has(window.document);
}

/**
 * Scrolls the page to a sentence and marks it more strongly (the page's own marks stay as they are). Finds the sentence
 * afresh when highlights are off, so this works without them. Returns false when the sentence isn't on the page.
 */
export function scrollToSentence(window: Window & typeof globalThis, sentence: string): boolean {
  const [range] = findSentenceRanges(window.document, [sentence]);
  if (!range) return false;
  const element = range.startContainer.parentElement;
  // Smooth only where the reader watches it happen: a hidden tab doesn't animate, and some readers ask for less motion.
  const smooth =
    window.document.visibilityState === 'visible' && !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  element?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  if (highlightSupported(window)) window.CSS.highlights.set(FOCUS_NAME, new window.Highlight(range));
  return true;
}
