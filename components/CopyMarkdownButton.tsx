import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import type { Digest } from '@/utils/engine/digest';
import { digestToMarkdown } from '@/utils/store/export/markdown';

type CopyState = 'idle' | 'copied' | 'failed';

const LABELS = {
  idle: () => i18n.t('copy.idle'),
  copied: () => i18n.t('copy.copied'),
  failed: () => i18n.t('copy.failed'),
} satisfies Record<CopyState, () => string>;

export function CopyMarkdownButton({ digest }: { digest: Digest }) {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () =>
    navigator.clipboard.writeText(digestToMarkdown(digest)).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  return (
    <button type="button" className="button" onClick={copy} data-testid="copy-markdown">
      {LABELS[state]()}
    </button>
  );
}
