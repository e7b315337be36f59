import type { DigestMode } from '../messages';
import { articleSource } from './article';
import { pageSource } from './page';
import { selectionSource } from './selection';
import type { Source } from './source';

/** Every source of text the worker digests, by name: a new source is one file and a line here. */
export const SOURCES = {
  article: articleSource,
  page: pageSource,
  selection: selectionSource,
} as const satisfies Record<DigestMode | 'selection', Source>;

export type SourceName = keyof typeof SOURCES;
