import type { Article } from '../../core/article';
import type { Sentence } from '../../core/sentence';
import { markBoilerplate } from '../text/boilerplate';
import { splitSentences } from '../text/sentences';
import { candidates } from './candidates';
import { type Read, readFigures } from './figures';
import { termsOf } from './terms';

/** An article segmented and indexed once, so ranking at another length or finding figures costs nothing more. */
export interface PreparedArticle {
  article: Article;
  sentences: Sentence[];
  /** Sentences of the article's own prose: no site furniture, and no code listing (its lines aren't sentences). */
  content: Sentence[];
  boilerplate: boolean[];
  /** Index terms of each sentence, by sentence index. */
  terms: string[][];
  /** Sentences a digest may choose from (`candidates.ts`): no headings, furniture, fragments or repeats. */
  candidates: Sentence[];
  /** The figures of the candidates — a card comes from a sentence a digest may quote — read once for every length. */
  figures: Read[];
  /** Sentences that state a figure a card could show (`为超152万家中小微企业提供服务`), by sentence index. */
  facts: ReadonlySet<number>;
  titleTerms: string[];
}

export function prepareArticle(article: Article): PreparedArticle {
  const sentences = splitSentences(article.blocks, article.lang);
  const boilerplate = markBoilerplate(sentences, article.blocks, {
    lang: article.lang,
    byline: article.byline,
    excerpt: article.excerpt,
  });
  const content = sentences.filter((s) => !boilerplate[s.index] && article.blocks[s.block]?.kind !== 'code');
  const quotable = candidates(content, article);
  const titleTerms = termsOf(article.title, article.lang);
  const figures = readFigures(quotable, { lang: article.lang, title: { text: article.title, terms: titleTerms } });
  return {
    article,
    sentences,
    content,
    candidates: quotable,
    figures,
    facts: new Set(figures.filter((r) => r.refused === undefined).map((r) => r.figure.sentenceIndex)),
    boilerplate,
    terms: sentences.map((s) => termsOf(s.text, article.lang)),
    titleTerms,
  };
}
