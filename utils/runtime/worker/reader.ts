import type { ExtractionResult } from '../../core/article';
import type { FailureKey } from '../../core/failure';
import { digestArticle } from '../../engine/digest';
import { type DigestReply, failed } from '../messages';
import { getSettings, requestedLength } from '../settings/settings';
import { type Keeping, keep, type ReaderChoices } from './handlers';

/**
 * The reader's settings as the worker applies them (kept apart from handlers.ts, which stays settings-free for its
 * tests): a fresh digest starts at the chosen length, and is saved at once or held until "Save".
 */
export async function readerChoices(): Promise<ReaderChoices> {
  const settings = await getSettings();
  return { sentences: requestedLength(settings), autoSave: settings.autoSave };
}

/**
 * A text read by a source outside the popup's request (a selection, from the context menu), kept like any digest:
 * saved, or held as a draft for the popup's "Save" when auto-save is off. `empty` says why a text gave no sentence.
 */
export async function keepRead(
  keeping: Keeping,
  read: ExtractionResult,
  { sentences, autoSave }: ReaderChoices,
  empty: FailureKey = 'noText',
): Promise<DigestReply> {
  if (!read.ok) return failed(read.reason, read.key, read.params);
  const digest = digestArticle(read.article, { sentences });
  if (digest.sentences.length === 0) return failed('no-article', empty);
  return keep(keeping, { digest, article: read.article }, autoSave);
}
