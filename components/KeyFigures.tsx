import { i18n } from '#i18n';
import { useState } from 'react';
import type { KeyFigure } from '@/utils/rank/types';
import { Highlighted } from './Highlighted';

/**
 * The key figures as a compact strip: the value as the article wrote it, what it counts underneath. Hover shows
 * the sentence it comes from; a click (or Enter) keeps that sentence open under the strip.
 */
export function KeyFigures({ figures }: { figures: KeyFigure[] }) {
  const [open, setOpen] = useState<number | undefined>(undefined);
  if (figures.length === 0) return null;
  const openFigure = open === undefined ? undefined : figures[open];
  return (
    <section className="key-figures" aria-label={i18n.t('digest.keyFigures')}>
      <ul className="key-figures__strip">
        {figures.map((figure, i) => (
          <li key={`${figure.sentenceIndex}:${figure.text}`}>
            <button
              type="button"
              className="key-figure"
              data-testid="key-figure"
              title={figure.sentence}
              aria-expanded={open === i}
              onClick={() => setOpen(open === i ? undefined : i)}
            >
              <span className="key-figure__value">
                <Highlighted text={figure.text} />
              </span>
              {figure.label && (
                <span className="key-figure__label">
                  <Highlighted text={figure.label} />
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
      {openFigure && (
        <p className="key-figures__context" data-testid="key-figure-context">
          {openFigure.sentence}
        </p>
      )}
    </section>
  );
}
