import type { ChromeMessage } from '@wxt-dev/i18n/build';

/**
 * A message of the catalogue with its substitutions filled in as `chrome.i18n.getMessage` does: `$name$` → its
 * placeholder's content, then `$1`…`$9` → the substitutions, `$$` → `$`. For the CLI's English and the tests'
 * stand-in for the browser's i18n.
 */
export function fillMessage(entry: ChromeMessage, substitutions: readonly string[]): string {
  const text = entry.message.replace(
    /\$(\w+)\$/g,
    (all, key: string) => entry.placeholders?.[key.toLowerCase()]?.content ?? all,
  );
  return text.replace(/\$(\$|[1-9])/g, (_all, d: string) => (d === '$' ? '$' : (substitutions[Number(d) - 1] ?? '')));
}
