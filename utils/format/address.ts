/**
 * The address a page is filed under: the URL without its fragment. `#comments` or a text-fragment link scrolls
 * the same page, so `/a` and `/a#comments` are one page, one history entry.
 */
export function pageAddress(address: string): string {
  try {
    const url = new URL(address);
    url.hash = '';
    return url.href;
  } catch {
    return address;
  }
}
