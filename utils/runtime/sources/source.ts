import type { ExtractionResult } from '../../core/article';

/**
 * Where the worker gets a text to digest from: the article in a tab, all of its text, a selection (each new source
 * one more file here, registered in registry.ts). Each reads a tab into the same Article the engine digests, or says
 * why it can't; it rejects only with the browser's own error when the tab can't be read. A PDF is the one source the
 * popup reads (`pdf.ts`: pdf.js needs a Web Worker, which a service worker can't start) and hands to the worker.
 */
export interface Source {
  read(tab: TabRef): Promise<ExtractionResult>;
}

/** A tab as the worker knows it: its id, and what the browser said about it (a context menu's selection). */
export interface TabRef {
  id: number;
  url?: string;
  title?: string;
  selectionText?: string;
}
