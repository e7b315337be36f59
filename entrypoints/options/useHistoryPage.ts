import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { DigestDatabase } from '@/utils/store/db/database';
import { dateOrder, type HistoryFilters, type HistoryPage, queryHistory } from '@/utils/store/db/query';
import { SearchCancelled } from '@/utils/store/db/search';

/** A page of the history with the filters it answers, so what it shows and what it marks always agree. */
export interface AnsweredPage extends HistoryPage {
  filters: HistoryFilters;
}

/**
 * The page of the history the list shows, live. Each new query (a keystroke, a filter) cancels the one it replaces
 * between its steps, so a reader typing fast doesn't wait for answers to what they typed before; until the new one
 * answers, the list keeps showing the last one, and marks that one's matches.
 */
export function useHistoryPage(db: DigestDatabase, filters: HistoryFilters, limit: number): AnsweredPage | undefined {
  const running = useRef<AbortController | undefined>(undefined);
  const last = useRef<AnsweredPage | undefined>(undefined);
  // Read once the first page is on screen (the database answers one read at a time: this one, 20,000 keys, would
  // hold the first page back), and again only when the history changes; each query then orders its matches in
  // memory.
  const [shown, setShown] = useState(false);
  const order = useLiveQuery(() => (shown ? dateOrder(db) : undefined), [db, shown]);
  const page = useLiveQuery(async () => {
    running.current?.abort();
    const controller = (running.current = new AbortController());
    try {
      return (last.current = {
        ...(await queryHistory(db, filters, limit, { order, signal: controller.signal })),
        filters,
      });
    } catch (error) {
      // A cancelled query's subscription is already gone; this answer reaches no one.
      if (error instanceof SearchCancelled) return last.current;
      throw error;
    }
  }, [db, filters, limit, order]);
  useEffect(() => {
    if (page) setShown(true);
  }, [page]);
  return page;
}
