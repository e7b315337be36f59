/** Dates of the history's date-range filter: `<input type="date">` values are local calendar days. */

/** Epoch ms → `2026-03-12` in local time, or empty. */
export function inputDate(epochMs: number | undefined): string {
  if (epochMs === undefined) return '';
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The first millisecond of a local day given as `2026-03-12`. */
export function dayStart(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!).getTime();
}

/** The last millisecond of that day, so "to 12 March" includes everything saved on 12 March. */
export function dayEnd(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d! + 1).getTime() - 1;
}

/** `digest-history-2026-03-12`: export file names that sort by date. */
export function exportFileName(extension: 'json' | 'md', now: number = Date.now()): string {
  return `digest-history-${inputDate(now)}.${extension}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
