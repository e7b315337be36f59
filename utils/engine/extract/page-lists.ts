/**
 * Reading the page's own lists from a content script, in a form both browsers run. In Firefox a content script sees
 * page objects through Xray wrappers, which do not always carry their iteration protocol: spreading
 * `url.searchParams.values()` throws "is not iterable" (and `Array.from` of it silently gives `[]`), and in Firefox
 * 140 `document.adoptedStyleSheets` can't even be read (highlight.ts keeps away from it). Index-and-length reads and
 * the objects' own `forEach` methods go through the wrapper everywhere, so code that runs in the page reads lists
 * only with these.
 */

/** The items of a list the page owns (a NodeList, an HTMLCollection), read by index. */
export function itemsOf<T>(list: { readonly length: number; readonly [index: number]: T }): T[] {
  const items: T[] = [];
  for (let i = 0; i < list.length; i++) items.push(list[i]!);
  return items;
}

/** Every value in a URL's query string, in order, read with `forEach` rather than the `values()` iterator. */
export function queryValues(params: Pick<URLSearchParams, 'forEach'>): string[] {
  const values: string[] = [];
  params.forEach((value) => {
    values.push(value);
  });
  return values;
}
