import { articleFromText } from '../article/text';
import { cleanTitle } from '../article/title';
import { restrictionOf } from '../browser/restricted';
import { digestArticle } from '../digest';
import { passageAddress } from '../format/address';
import { type DigestReply, failed } from '../messages';
import { getSettings, requestedLength } from '../settings/settings';
import { keep, type Keeping, type ReaderChoices } from './handlers';

/**
 * The reader's settings as the worker applies them (kept apart from handlers.ts, which stays settings-free for its
 * tests): a fresh digest starts at the chosen length, and is saved at once or held until "Save".
 */
export async function readerChoices(): Promise<ReaderChoices> {
  const settings = await getSettings();
  return { sentences: requestedLength(settings), autoSave: settings.autoSave };
}

/**
 * "Digest selected text": the selection as the article (the page's address and title as its own), kept like any
 * digest: saved, or held as a draft for the popup's "Save" when auto-save is off.
 */
export async function digestSelection(
  keeping: Keeping,
  { text, url, title }: { text: string; url: string; title?: string },
  { sentences, autoSave }: ReaderChoices,
): Promise<DigestReply> {
  const restriction = restrictionOf(url);
  if (restriction) return failed('restricted', restriction);
  // The tab's title carries the site's name (`Story | The Courier`); the article's title shouldn't. Filed under a
  // link to the passage, so it sits beside the page's own digest instead of replacing it.
  const article = articleFromText(text, {
    url: passageAddress(url, text),
    title: title ? cleanTitle(title) : undefined,
  });
  if (article.blocks.length === 0) return failed('no-article', 'noSelection');
  const digest = digestArticle(article, { sentences });
  if (digest.sentences.length === 0) return failed('no-article', 'noSelection');
  return keep(keeping, { digest, article }, autoSave);
}
