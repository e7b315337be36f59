import { i18n } from '#i18n';

/**
 * The UI's language: the one of the messages the browser picked (en or zh_CN), read from the catalogue itself
 * (`locale`). `i18n.getUILanguage()` can disagree — Chromium on Linux picks messages from LANGUAGE but may report
 * en-US — and dates and numbers must be in the language of the words around them.
 */
export function uiLocale(): string {
  try {
    return i18n.t('locale') || 'en';
  } catch {
    return 'en';
  }
}

/** True when the UI shows Chinese messages. */
export function isChineseUi(locale: string = uiLocale()): boolean {
  return /^zh\b/i.test(locale);
}

/** The locale Intl formats in. */
export function formatLocale(locale: string = uiLocale()): string {
  return isChineseUi(locale) ? 'zh-CN' : 'en';
}
