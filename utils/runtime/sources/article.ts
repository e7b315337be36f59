import { frameShellAddress, inFrameFailure } from '../browser/frames';
import { runExtraction } from './content-script';
import type { Source } from './source';

/**
 * The article in the tab, found by Readability in the page (entrypoints/extract.content.ts). A page with no article
 * may be a shell around a frame that holds it, which Digest can't read: the failure then says where to go.
 */
export const articleSource: Source = {
  async read({ id }) {
    const result = await runExtraction(id, '/content-scripts/extract.js');
    if (result.ok || result.reason !== 'no-article') return result;
    // The probe only refines "no article"; if it fails (the tab moved on), that answer stands.
    const framed = await frameShellAddress(id).catch(() => undefined);
    return framed === undefined ? result : inFrameFailure(framed);
  },
};
