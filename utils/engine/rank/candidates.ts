import type { Article } from '../../core/article';
import { isCjkLang } from '../../core/script';
import type { Sentence } from '../../core/sentence';

/** Shortest sentence worth showing: a fragment says nothing on its own. */
const MIN_CHARS = { cjk: 8, latin: 25 } as const;

/**
 * Sentences that may be chosen: the article's own text, no headings, no fragments, no repeats (a page that repeats a
 * paragraph). Not a caption (it describes a picture the digest doesn't show), nor a table cell unless it ends as a
 * sentence does: `February 28, 1998`, `Mozilla Application Suite` are data; a page laid out in a table still has its
 * sentences.
 */
export function candidates(content: readonly Sentence[], article: Article): Sentence[] {
  const strict = choosable(content, article, false);
  // A page laid out in a table is all cells: there its lines are the text, stops or not.
  return strict.length > 0 ? strict : choosable(content, article, true);
}

function choosable(content: readonly Sentence[], article: Article, anyCell: boolean): Sentence[] {
  const min = isCjkLang(article.lang) ? MIN_CHARS.cjk : MIN_CHARS.latin;
  const { blocks } = article;
  const seen = new Set<string>();
  return content.filter((s) => {
    if (s.heading || s.text.length < min || seen.has(s.text)) return false;
    const kind = blocks[s.block]?.kind;
    if (kind === 'caption' || (kind === 'cell' && !anyCell && !SENTENCE_END.test(s.text))) return false;
    // A sentence ending on a comma was cut where its line broke (`…提出之前，`): the rest of it is elsewhere.
    if (!anyCell && CUT_AT_COMMA.test(s.text)) return false;
    seen.add(s.text);
    return true;
  });
}

const CUT_AT_COMMA = /[，,、]\s*$/u;

/**
 * How a sentence ends: its stop, then perhaps closing quotes or brackets and a citation mark. Stricter than
 * endsLikeSentence (text/heading.ts), which tells headings from text: there a closing bracket is enough, and
 * `Block diagram (from the datasheet)` is a label.
 */
export const SENTENCE_END = /[.!?。！？；…][\p{Pe}\p{Pf}"'’”]*(?:\[[\da-z]{1,4}\])*\s*$/u;
