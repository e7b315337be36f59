// Vitest setup: browser.i18n answers from locales/*.yml, as the built extension's _locales do. The fake browser has
// no messages; `DIGEST_TEST_LOCALE=zh_CN` (or setTestLocale) switches the language.
import path from 'node:path';
import { type ChromeMessage, generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fillMessage } from '../../scripts/lib/chrome-message';

const root = path.resolve(import.meta.dirname, '../..');
const catalogs: Record<string, Record<string, ChromeMessage>> = {};
for (const locale of ['en', 'zh_CN']) {
  catalogs[locale] = generateChromeMessages(await parseMessagesFile(path.join(root, 'locales', `${locale}.yml`)));
}

let current = 'en';
export function setTestLocale(locale: 'en' | 'zh_CN'): void {
  current = locale;
}

function getMessage(name: string, substitutions?: string | string[]): string {
  const entry = catalogs[current]?.[name] ?? catalogs.en?.[name];
  if (!entry) return '';
  return fillMessage(entry, substitutions === undefined ? [] : [substitutions].flat());
}

function install() {
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getMessage = getMessage;
  i18n.getUILanguage = () => 'en-US';
}

install();
beforeEach(() => {
  current = 'en';
  install();
});
