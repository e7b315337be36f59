import type { ReactNode } from 'react';
import type { Digest } from '@/utils/engine/digest';
import { siteLabel } from '@/utils/engine/labels';
import { languageLabel, readingTimeLabel } from '@/utils/runtime/i18n/labels';
import { formatLocale } from '@/utils/runtime/i18n/locale';
import { Highlighted } from './Highlighted';
import { KeyFigures } from './KeyFigures';
import { KeySentences } from './KeySentences';

/** A digest as a reader sees it: what the page is, its key figures, then its key sentences. */
export function DigestView({
  digest,
  children,
  onShowSentence,
  toolbar,
}: {
  digest: Digest;
  children?: ReactNode;
  /** Scrolls the page to a sentence (the popup); absent in the history, which has no page beside it. */
  onShowSentence?: (sentence: string) => void;
  /** Controls shown between the header and the digest (the popup's highlight switch). */
  toolbar?: ReactNode;
}) {
  return (
    <article className="digest" data-testid="digest" lang={digest.lang}>
      <header className="digest__header">
        {/* elementtiming lets performance tools (scripts/bench-popup.mjs) see when the digest first paints. */}
        <h1 className="digest__title" data-testid="digest-title" elementtiming="digest-title">
          <Highlighted text={digest.title || siteLabel(digest.siteName, digest.url)} />
        </h1>
        <p className="digest__meta" lang={formatLocale()}>
          <a href={digest.url} target="_blank" rel="noreferrer" className="digest__site">
            {siteLabel(digest.siteName, digest.url)}
          </a>
          <span>{readingTimeLabel(digest.stats.readingMinutes)}</span>
          <span>{languageLabel(digest.lang)}</span>
        </p>
      </header>
      {toolbar}
      <KeyFigures figures={digest.figures} onShow={onShowSentence} />
      <KeySentences sentences={digest.sentences} onShow={onShowSentence} />
      {children}
    </article>
  );
}
