import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
// Inlined as text by the command's bundler (scripts/run-digest.mjs): the English the extension's UI shows.
import english from '../../locales/en.yml';
import type { Failure } from '../../utils/core/failure';
import { fillMessage } from './chrome-message';

const messages = generateChromeMessages(parseMessagesText(english, 'YAML'));

/** A failure in English, from the extension's own catalogue: the CLI says what the popup says. */
export function failureText(failure: Failure): string {
  const entry = messages[`failure_sentence_${failure.key}`];
  const params = (failure.params ?? []).map((p) => (typeof p === 'number' ? p.toLocaleString('en') : p));
  return entry ? fillMessage(entry, params) : failure.key;
}
