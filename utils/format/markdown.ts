import type { Digest } from '../digest';
import { languageName, readingTime, siteLabel } from './labels';

/**
 * A digest as Markdown, for "Copy as Markdown": title linked to the page, key figures, key sentences in
 * document order with the strongest in bold.
 */
export function digestToMarkdown(digest: Digest): string {
  const source = `[${inline(siteLabel(digest.siteName, digest.url))}](${linkTarget(digest.url)})`;
  const meta = [source, readingTime(digest.stats.readingMinutes), languageName(digest.lang)].join(' · ');
  const lines = [`# ${inline(digest.title || digest.url)}`, '', meta];
  if (digest.figures.length > 0) {
    lines.push('', '## Key figures', '');
    for (const figure of digest.figures) {
      lines.push(`- **${inline(figure.text)}**${figure.label ? ` ${inline(figure.label)}` : ''}`);
    }
  }
  lines.push('', '## Key sentences', '');
  for (const sentence of [...digest.sentences].sort((a, b) => a.index - b.index)) {
    const text = inline(sentence.text);
    lines.push(`- ${sentence.rank === 1 ? `**${text}**` : text}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Escapes what Markdown would otherwise read as formatting or a block marker, and folds line breaks. */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>])/g, '\\$1')
    .replace(/^([#+-])/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s)/, '$1\\$2');
}

/** Parentheses and spaces would end a Markdown link target early. */
function linkTarget(url: string): string {
  return url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
