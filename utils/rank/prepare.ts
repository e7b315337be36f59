import type { Article } from '../article/types';
import { markBoilerplate } from '../text/boilerplate';
import { splitSentences } from '../text/sentences';
import type { Sentence } from '../text/types';
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
  titleTerms: string[];
}

export function prepareArticle(article: Article): PreparedArticle {
  const sentences = splitSentences(article.blocks, article.lang);
  const boilerplate = markBoilerplate(sentences, article.blocks);
  return {
    article,
    sentences,
    content: sentences.filter((s) => !boilerplate[s.index] && article.blocks[s.block]?.kind !== 'code'),
    boilerplate,
    terms: sentences.map((s) => termsOf(s.text, article.lang)),
    titleTerms: termsOf(article.title, article.lang),
  };
}
