/** The history's upgrade is waiting for another connection, at an older version, that doesn't close. */
export class HistoryBlockedError extends Error {
  override name = 'HistoryBlockedError';
  constructor() {
    super('The history database is blocked by a connection to an older version');
  }
}

/**
 * Whether a write failed because the extension's storage is full. The browser's QuotaExceededError reaches us
 * wrapped: Dexie gives it its own class of the same name, or, when the browser aborts the transaction at commit,
 * an AbortError whose `inner` is the browser's error.
 */
export function isQuotaError(error: unknown): boolean {
  for (let e = error; e instanceof Error || e instanceof DOMException; e = (e as { inner?: unknown }).inner) {
    if (e.name === 'QuotaExceededError') return true;
  }
  return false;
}
