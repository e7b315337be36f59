import { i18n } from '#i18n';
import type { Failure, FailureReason } from '../../core/failure';
import type { Refusal } from '../../store/export/history-json';
import { formatNumber } from './labels';
import { formatLocale } from './locale';

/**
 * A failure (utils/core/failure.ts) in the reader's language: its title by reason, its sentence by key; and why an import
 * file was refused.
 */

const TITLE: Record<FailureReason, () => string> = {
  restricted: () => i18n.t('failure.title.restricted'),
  'no-article': () => i18n.t('failure.title.noArticle'),
  'in-frame': () => i18n.t('failure.title.inFrame'),
  'page-changed': () => i18n.t('failure.title.pageChanged'),
  'too-large': () => i18n.t('failure.title.tooLarge'),
  timeout: () => i18n.t('failure.title.timeout'),
  storage: () => i18n.t('failure.title.storage'),
  'not-found': () => i18n.t('failure.title.notFound'),
  error: () => i18n.t('failure.title.error'),
};

/**
 * WXT types `i18n.t` per literal key; a failure's key is data, checked instead by the catalogue test (every key in
 * every locale, with as many substitutions as it has params). Numbers are formatted for the reader's language.
 */
function translate(key: string, params: readonly (string | number)[] = [], locale: string): string {
  const t = i18n.t as (key: string, substitutions?: string[]) => string;
  return t(
    key,
    params.map((p) => (typeof p === 'number' ? formatNumber(p, locale) : p)),
  );
}

export function failureTitle(failure: Failure): string {
  return (TITLE[failure.reason] ?? TITLE.error)();
}

export function failureSentence(failure: Failure, locale: string = formatLocale()): string {
  return translate(`failure.sentence.${failure.key}`, failure.params, locale);
}

export function refusalSentence(refusal: Refusal, locale: string = formatLocale()): string {
  return i18n.t('toast.importRefused', [translate(`importRefusal.${refusal.key}`, refusal.params, locale)]);
}
