import { createContext, useContext } from 'react';
import { matchRanges } from '@/utils/store/search/highlight';
import type { SearchQuery } from '@/utils/store/search/query';

/** The search the page is showing results for; text rendered through `Highlighted` marks what matches it. */
export const SearchContext = createContext<SearchQuery | undefined>(undefined);

/**
 * Text with its matches wrapped in <mark>, built from ranges as React text nodes: page text is never parsed as
 * HTML, whatever it contains.
 */
export function Highlighted({ text }: { text: string }) {
  const query = useContext(SearchContext);
  const ranges = query ? matchRanges(text, query) : [];
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
