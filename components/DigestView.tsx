import type { ReactNode } from 'react';
import type { Digest } from '@/utils/digest';
import { languageName, readingTime, siteLabel } from '@/utils/format/labels';
import { Highlighted } from './Highlighted';
import { KeyFigures } from './KeyFigures';
import { KeySentences } from './KeySentences';

/** A digest as a reader sees it: what the page is, its key figures, then its key sentences. */
export function DigestView({ digest, children }: { digest: Digest; children?: ReactNode }) {
  return (
    <article className="digest" data-testid="digest" lang={digest.lang}>
      <header className="digest__header">
        {/* elementtiming lets performance tools (scripts/bench-popup.mjs) see when the digest first paints. */}
        <h1 className="digest__title" data-testid="digest-title" elementtiming="digest-title">
          <Highlighted text={digest.title || siteLabel(digest.siteName, digest.url)} />
        </h1>
        <p className="digest__meta" lang="en">
          <a href={digest.url} target="_blank" rel="noreferrer" className="digest__site">
            {siteLabel(digest.siteName, digest.url)}
          </a>
          <span>{readingTime(digest.stats.readingMinutes)}</span>
          <span>{languageName(digest.lang)}</span>
        </p>
      </header>
      <KeyFigures figures={digest.figures} />
      <KeySentences sentences={digest.sentences} />
      {children}
    </article>
  );
}
