import { pageAddress } from '../../core/address';

/**
 * Whether two addresses show the same page: equal but for the fragment (`#section` scrolls, it doesn't navigate).
 * An unknown address (Chrome hides it once the tab has left the page the reader clicked on) is never the same.
 */
export function samePage(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return pageAddress(a) === pageAddress(b);
}
