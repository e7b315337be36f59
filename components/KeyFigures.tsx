import { type FocusEvent, useState } from 'react';
import { i18n } from '#i18n';
import type { KeyFigure } from '@/utils/engine/rank/types';
import { formatNumber } from '@/utils/runtime/i18n/labels';
import { Highlighted } from './Highlighted';

/**
 * Figures in the first row: one row keeps the key point on the popup's first screen (Chrome caps a popup at 600 px),
 * and three is what a 400 px popup holds side by side.
 */
export const FIRST_ROW = 3;

/**
 * The key figures as a compact strip: the value as the article wrote it, what it counts underneath; one row, and the
 * rest on request. Hover or keyboard focus shows the sentence a figure comes from; a click keeps it open under the
 * strip and, with `onShow` (the popup, which has the page beside it), scrolls the page to it.
 */
export function KeyFigures({ figures, onShow }: { figures: KeyFigure[]; onShow?: (sentence: string) => void }) {
  const [open, setOpen] = useState<number | undefined>(undefined);
  const [all, setAll] = useState(false);
  if (figures.length === 0) return null;
  const shown = all ? figures : figures.slice(0, FIRST_ROW);
  const openFigure = open === undefined ? undefined : shown[open];
  const hidden = figures.length - FIRST_ROW;
  // A keyboard reader can't hover: focus shows the sentence. A mouse focuses on press too, and its click toggles.
  const focused = (i: number) => (event: FocusEvent<HTMLButtonElement>) => {
    if (keyboardFocus(event.currentTarget)) setOpen(i);
  };
  return (
    <section className="key-figures" aria-label={i18n.t('digest.keyFigures')}>
      <ul className="key-figures__strip">
        {shown.map((figure, i) => (
          <li key={`${figure.sentenceIndex}:${figure.text}`}>
            <button
              type="button"
              className="key-figure"
              data-testid="key-figure"
              title={figure.sentence}
              aria-expanded={open === i}
              onFocus={focused(i)}
              onClick={() => {
                setOpen(open === i ? undefined : i);
                onShow?.(figure.sentence);
              }}
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
      {hidden > 0 && (
        <button
          type="button"
          className="key-figures__more"
          data-testid="key-figures-more"
          aria-expanded={all}
          onClick={() => {
            setAll(!all);
            if (all && open !== undefined && open >= FIRST_ROW) setOpen(undefined);
          }}
        >
          {all ? i18n.t('digest.fewerFigures') : i18n.t('digest.moreFigures', [formatNumber(hidden)])}
        </button>
      )}
      {openFigure && (
        <p className="key-figures__context" data-testid="key-figure-context">
          {openFigure.sentence}
        </p>
      )}
    </section>
  );
}

function keyboardFocus(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return false; // an engine without :focus-visible: hover and click still show the sentence
  }
}
