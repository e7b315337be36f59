/**
 * A text directive (`:~:text=…`): it names a passage of the page, not a place to scroll to. It ends the fragment:
 * `#:~:text=…` on most pages, `#/story/12:~:text=…` on an app routed by its fragment.
 */
const TEXT_DIRECTIVE = /:~:text=.+$/;
/** The directive with the `#` that opens it, when it is the whole fragment. */
const DIRECTIVE_FRAGMENT = /#?:~:text=.+$/;

/** An app's route in the fragment (`#/story/12`, `#!/story/12`): there the fragment is the page. `#/` is the root. */
const HASH_ROUTE = /^#!?\/./;

/**
 * The address a page is filed under: the URL without its fragment. `#comments` or `#section-2` scrolls the same
 * page, so `/a` and `/a#comments` are one page, one history entry — unless the fragment is an app's route.
 */
export function pageAddress(address: string): string {
  try {
    const url = new URL(address);
    const route = url.hash.replace(DIRECTIVE_FRAGMENT, '');
    url.hash = HASH_ROUTE.test(route) ? route : '';
    return url.href;
  } catch {
    return address.replace(DIRECTIVE_FRAGMENT, '');
  }
}

/**
 * The address a history entry is filed under: the page's address, except that a digest of a selection keeps its
 * text directive — it is a digest of that passage, and must not replace the page's own entry.
 */
export function historyAddress(address: string): string {
  const directive = TEXT_DIRECTIVE.exec(address)?.[0];
  const page = pageAddress(address);
  return directive ? withDirective(page, directive) : page;
}

/** A directive goes after the route of an app routed by its fragment, else it is the fragment. */
function withDirective(page: string, directive: string): string {
  return page.includes('#') ? `${page}${directive}` : `${page}#${directive}`;
}

/** How much of a passage's start and end its link quotes: words where the text has spaces, else characters. */
const QUOTED_WORDS = 4;
const QUOTED_CHARS = 10;

/**
 * A text-fragment link to a passage (its first and last few words): opening it scrolls to and marks the passage in
 * Chrome, Edge and Safari, and elsewhere opens the page.
 */
export function passageAddress(address: string, passage: string): string {
  const text = passage.trim().replace(/\s+/g, ' ');
  const spaced = text.includes(' ');
  const units = spaced ? text.split(' ') : [...text];
  const n = spaced ? QUOTED_WORDS : QUOTED_CHARS;
  const join = (part: string[]) => part.join(spaced ? ' ' : '');
  // Text directives reserve `-`, `,` and `&`; encodeURIComponent leaves `-` as it is.
  const encode = (part: string[]) => encodeURIComponent(join(part)).replace(/-/g, '%2D');
  const directive = units.length <= 2 * n ? encode(units) : `${encode(units.slice(0, n))},${encode(units.slice(-n))}`;
  return withDirective(pageAddress(address), `:~:text=${directive}`);
}
