/**
 * Named points on the path from the toolbar click to the painted digest, as User Timing marks in the context that
 * reaches them (popup, worker, page). `npm run bench:popup` reads them back and prints the median of each step, so a
 * change shows where its milliseconds went. A mark costs microseconds and is kept by the browser only until the
 * context closes (the worker's are cleared by the benchmark between runs).
 */
export type TracePoint =
  | 'popup:script'
  | 'popup:sent'
  | 'popup:ranked'
  | 'popup:reply'
  | 'popup:saved'
  | 'popup:pdf-opening'
  | 'popup:pdf-first-page'
  | 'popup:pdf-read'
  | 'worker:started'
  | 'worker:received'
  | 'worker:url'
  | 'worker:extracted'
  | 'worker:checked'
  | 'worker:settings'
  | 'worker:ranked'
  | 'worker:saved'
  | 'worker:reply'
  | 'page:extract-start'
  | 'page:extract-end';

export function trace(point: TracePoint): void {
  performance.mark(point);
}
