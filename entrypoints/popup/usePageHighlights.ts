import { useCallback, useEffect, useRef, useState } from 'react';
import type { Digest } from '@/utils/engine/digest';
import { askPage } from '@/utils/runtime/browser/page-highlight';

export type HighlightStatus = { on: false; problem?: 'unavailable' } | { on: true; found: number; total: number };

/**
 * The popup's switch for marking the digest's key sentences on the page, and "show this sentence". Follows the digest:
 * when it is re-ranked while the marks are on, the page shows the new set.
 */
export function usePageHighlights(tabId: number | undefined, digest: Digest | undefined, onAtOpen: boolean) {
  const [status, setStatus] = useState<HighlightStatus>({ on: false });
  const want = useRef(false);
  const started = useRef(false);

  const show = useCallback(async () => {
    if (tabId === undefined || !digest) return;
    const sentences = [...digest.sentences].sort((a, b) => a.index - b.index).map((s) => s.text);
    const reply = await askPage(tabId, { type: 'digest:highlight', sentences });
    if (!want.current) return;
    setStatus(reply?.ok ? { on: true, found: reply.found, total: reply.total } : { on: false, problem: 'unavailable' });
  }, [tabId, digest]);

  const toggle = useCallback(async () => {
    want.current = !want.current;
    if (want.current) return show();
    setStatus({ on: false });
    if (tabId !== undefined) await askPage(tabId, { type: 'digest:clear' });
  }, [show, tabId]);

  // A new digest (or a new length) while the marks are on: mark the new sentences. "Highlight on open": the first one.
  useEffect(() => {
    if (!digest) return;
    if (!started.current) {
      started.current = true;
      if (onAtOpen) want.current = true;
    }
    if (want.current) void show();
  }, [digest, onAtOpen, show]);

  const showSentence = useCallback(
    (sentence: string) => {
      if (tabId !== undefined) void askPage(tabId, { type: 'digest:scroll', sentence });
    },
    [tabId],
  );

  return { status, toggle, showSentence };
}
