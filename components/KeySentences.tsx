import type { KeySentence } from '@/utils/rank/types';
import { Highlighted } from './Highlighted';

/** The key sentences in the order the article tells them; the strongest one is marked. */
export function KeySentences({ sentences }: { sentences: KeySentence[] }) {
  const inDocumentOrder = [...sentences].sort((a, b) => a.index - b.index);
  return (
    <ol className="key-sentences" aria-label="Key sentences">
      {inDocumentOrder.map((sentence) => {
        const strongest = sentence.rank === 1;
        return (
          <li
            key={sentence.index}
            className={strongest ? 'key-sentence key-sentence--strongest' : 'key-sentence'}
            data-testid="key-sentence"
          >
            {strongest && <span className="key-sentence__badge">Key point</span>}
            <Highlighted text={sentence.text} />
          </li>
        );
      })}
    </ol>
  );
}
