import type { Article } from '../../core/article';
import type { Digest } from '../../engine/digest';

/** What the history stores: its records' types, apart from the database so migrations and queries share them. */

/** A digest as the history keeps it. Times are epoch milliseconds so they index and sort as numbers. */
export type SavedDigest = Digest & {
  id: number;
  /** When this URL was first digested; kept when it is digested again. */
  createdAt: number;
  /** When this URL was last digested or re-ranked. */
  updatedAt: number;
  tags: string[];
};

/** The article a digest was made from, kept so it can be re-ranked at another length and searched offline. */
export interface StoredArticle {
  digestId: number;
  article: Article;
}
