import { useEffect, useState } from 'react';
import type { Digest } from '@/utils/digest';
import { digestToMarkdown } from '@/utils/format/markdown';

type CopyState = 'idle' | 'copied' | 'failed';

const LABELS: Record<CopyState, string> = { idle: 'Copy as Markdown', copied: 'Copied', failed: 'Couldn’t copy' };

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
      {LABELS[state]}
    </button>
  );
}
