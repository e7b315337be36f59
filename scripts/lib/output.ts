import type { Digest } from '../../utils/engine/digest';

/** The `digest` command's output formats. Field names here are a public contract. */

export function toJson(digest: Digest) {
  return {
    title: digest.title,
    lang: digest.lang,
    ...(digest.url ? { url: digest.url } : {}),
    ...(digest.siteName ? { siteName: digest.siteName } : {}),
    ...(digest.byline ? { byline: digest.byline } : {}),
    ...(digest.publishedAt ? { publishedAt: digest.publishedAt } : {}),
    sentences: sentencesOf(digest),
    figures: figuresOf(digest),
    stats: { ...digest.stats, engineVersion: digest.engineVersion },
  };
}

export function toJsonlResult(id: unknown, digest: Digest) {
  return { id, sentences: sentencesOf(digest), figures: figuresOf(digest) };
}

function sentencesOf(digest: Digest) {
  return digest.sentences.map(({ text, index, score, rank }) => ({ text, index, score, rank }));
}

function figuresOf(digest: Digest) {
  return digest.figures.map(({ text, value, unit, currency, label, kind, sentence, sentenceIndex, score, approx }) => ({
    text,
    value,
    unit: unit ?? null,
    ...(currency ? { currency } : {}),
    label: label ?? null,
    kind,
    sentence,
    sentenceIndex,
    score,
    ...(approx ? { approx } : {}),
  }));
}

/** A digest for a terminal: title, key sentences with the strongest starred, then the figures. */
export function toText(digest: Digest): string {
  const meta = [digest.siteName, digest.lang, `${digest.stats.readingMinutes} min read`].filter(Boolean).join(' · ');
  const lines = [digest.title || '(untitled)', meta, '', 'Key sentences'];
  for (const s of digest.sentences) lines.push(`${s.rank === 1 ? '★' : '•'} ${s.text}`);
  if (digest.figures.length > 0) {
    lines.push('', 'Key figures');
    for (const f of digest.figures) lines.push(`  ${f.text}${f.label ? `  ${f.label}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
