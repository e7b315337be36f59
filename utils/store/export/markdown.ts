import type { Digest } from '../../engine/digest';
import { calendarDate, languageName, readingTime, siteLabel } from '../../engine/labels';
import type { SavedDigest } from '../db/records';

/**
 * A digest as Markdown, for "Copy as Markdown": title linked to the page, key figures, key sentences in
 * document order with the strongest in bold.
 */
export function digestToMarkdown(digest: Digest): string {
  return `${digestSection(digest, 1, []).join('\n')}\n`;
}

/**
 * The whole history as one Markdown file, newest first: each digest as in "Copy as Markdown", one heading level
 * down, with the date it was saved and its tags.
 */
export function historyToMarkdown(digests: SavedDigest[], now: number = Date.now()): string {
  const count = digests.length === 1 ? '1 digest' : `${digests.length} digests`;
  const lines = ['# Digest history', '', `${count}, exported ${calendarDate(now)}.`];
  for (const digest of [...digests].sort((a, b) => b.updatedAt - a.updatedAt)) {
    const saved = `Saved ${calendarDate(digest.updatedAt)}`;
    const tags = digest.tags.length > 0 ? [`Tags: ${digest.tags.map(inline).join(', ')}`] : [];
    lines.push('', ...digestSection(digest, 2, [saved, ...tags]));
  }
  return `${lines.join('\n')}\n`;
}

function digestSection(digest: Digest, level: number, details: string[]): string[] {
  const heading = '#'.repeat(level);
  const source = `[${inline(siteLabel(digest.siteName, digest.url))}](${linkTarget(digest.url)})`;
  const meta = [source, readingTime(digest.stats.readingMinutes), languageName(digest.lang), ...details].join(' · ');
  const lines = [`${heading} ${inline(digest.title || digest.url)}`, '', meta];
  if (digest.figures.length > 0) {
    lines.push('', `${heading}# Key figures`, '');
    for (const figure of digest.figures) {
      lines.push(`- **${inline(figure.text)}**${figure.label ? ` ${inline(figure.label)}` : ''}`);
    }
  }
  lines.push('', `${heading}# Key sentences`, '');
  for (const sentence of [...digest.sentences].sort((a, b) => a.index - b.index)) {
    const text = inline(sentence.text);
    lines.push(`- ${sentence.rank === 1 ? `**${text}**` : text}`);
  }
  return lines;
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
