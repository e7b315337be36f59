import { runExtraction } from './content-script';
import type { Source } from './source';

/** "Digest anyway": all the text of the page in the tab (entrypoints/page-text.content.ts). */
export const pageSource: Source = {
  read: ({ id }) => runExtraction(id, '/content-scripts/page-text.js'),
};
