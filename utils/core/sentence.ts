/** A sentence of the article: offsets are into its block's text, so the page highlighter can find it again. */
export interface Sentence {
  /** Position among all sentences of the article, from 0. */
  index: number;
  text: string;
  /** Index of the block it came from (`Article.blocks`). */
  block: number;
  start: number;
  end: number;
  /** True when the sentence is a heading (its block is a heading). */
  heading: boolean;
}
