/**
 * Splits a JSON document that arrives in pieces into its top-level object's fields and, one by one, the items of
 * one array field (`digests` of a history export), so a file of any size is read without ever holding its whole
 * text, nor parsing it in one go: each item is handed on as soon as it is complete, parsed by itself. Everything
 * else (the header fields) is kept as text and parsed at the end with an empty list in the array's place, which
 * also checks the document's structure around the items.
 */
export class StreamedJsonObject {
  /** The document without the array's items: the header, `{"format":…,"digests":[]}`. */
  private outside = '';
  private item: string[] = [];
  /** Structural depth: 1 inside the top-level object, 2 inside its fields' values, … */
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Inside the streamed array (its items are at depth 2). */
  private inArray = false;
  private itemsSeen = 0;
  private afterComma = false;
  private broken = false;

  constructor(
    private readonly arrayField: string,
    private readonly onItem: (item: unknown, index: number) => void,
  ) {}

  push(text: string): void {
    if (this.broken) return;
    let mark = 0;
    let i = 0;
    while (i < text.length) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          i++;
          continue;
        }
        STRING_END.lastIndex = i;
        const found = STRING_END.exec(text);
        if (!found) break;
        i = found.index + 1;
        if (found[0] === '\\') this.escaped = true;
        else this.inString = false;
        continue;
      }
      STRUCTURE.lastIndex = i;
      const found = STRUCTURE.exec(text);
      if (!found) break;
      const at = found.index;
      i = at + 1;
      switch (found[0]) {
        case '"':
          this.inString = true;
          break;
        case '{':
        case '[':
          this.depth++;
          if (found[0] === '[' && this.depth === 2 && !this.inArray && this.opensArrayField(text.slice(mark, at))) {
            this.outside += text.slice(mark, i);
            mark = i;
            this.inArray = true;
          }
          break;
        case '}':
        case ']':
          this.depth--;
          if (this.inArray && this.depth === 1) {
            this.item.push(text.slice(mark, at));
            this.endItem(true);
            mark = at;
            this.inArray = false;
          }
          break;
        case ',':
          if (this.inArray && this.depth === 2) {
            this.item.push(text.slice(mark, at));
            this.endItem(false);
            mark = i;
          }
          break;
      }
      if (this.broken) return;
    }
    if (this.inArray) this.item.push(text.slice(mark));
    else this.outside += text.slice(mark);
  }

  /** The top-level object's fields, the streamed array empty; throws a SyntaxError if the document is not whole. */
  end(): Record<string, unknown> {
    if (this.broken || this.inString || this.depth !== 0 || this.inArray)
      throw new SyntaxError('The JSON is not complete');
    const value: unknown = JSON.parse(this.outside);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return value as Record<string, unknown>;
  }

  /** Whether `[` opens the array field of the top-level object: what precedes it is `"digests":`. */
  private opensArrayField(before: string): boolean {
    const tail = (this.outside.slice(-200) + before).trimEnd();
    return tail.endsWith(':') && tail.slice(0, -1).trimEnd().endsWith(`"${this.arrayField}"`);
  }

  private endItem(closing: boolean): void {
    const raw = this.item.join('');
    this.item = [];
    if (raw.trim() === '') {
      // `[]` is an empty list; `[,` or `,]` is not JSON.
      if (!closing || this.afterComma || this.itemsSeen > 0) this.broken = true;
      return;
    }
    try {
      this.onItem(JSON.parse(raw), this.itemsSeen++);
      this.afterComma = !closing;
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      this.broken = true;
    }
  }
}

const STRING_END = /["\\]/g;
const STRUCTURE = /["{}[\],]/g;
