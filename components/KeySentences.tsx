import { i18n } from '#i18n';
import type { KeySentence } from '@/utils/engine/rank/types';
import { Highlighted } from './Highlighted';

/**
 * The key sentences in the order the article tells them; the strongest one is marked. With `onShow` (the popup, which
 * has the page beside it), each sentence is a button that scrolls the page to it.
 */
export function KeySentences({ sentences, onShow }: { sentences: KeySentence[]; onShow?: (sentence: string) => void }) {
  const inDocumentOrder = [...sentences].sort((a, b) => a.index - b.index);
  return (
    <ol className="key-sentences" aria-label={i18n.t('digest.keySentences')}>
      {inDocumentOrder.map((sentence) => {
        const strongest = sentence.rank === 1;
        const body = (
          <>
            {strongest && <span className="key-sentence__badge">{i18n.t('digest.keyPoint')}</span>}
            <Highlighted text={sentence.text} />
          </>
        );
        return (
          <li
            key={sentence.index}
            className={strongest ? 'key-sentence key-sentence--strongest' : 'key-sentence'}
            data-testid="key-sentence"
          >
            {onShow ? (
              <button
                type="button"
                className="key-sentence__jump"
                title={i18n.t('popup.jump')}
                onClick={() => onShow(sentence.text)}
              >
                {body}
              </button>
            ) : (
              body
            )}
          </li>
        );
      })}
    </ol>
  );
}
