import { parseHTML } from 'linkedom';

/** A Document from HTML, as the `digest` command builds it (linkedom: fast, no layout). */
export function documentOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
