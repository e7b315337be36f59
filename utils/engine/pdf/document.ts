/**
 * A PDF as the reader's PDF library hands it over: pieces of text where they sit on each page, and what the file says
 * about itself. Nothing here knows that library: the layout is read from positions and sizes alone.
 */

/** One piece of text as drawn: its baseline's left end, measured from the page's top left, in points. */
export interface PdfText {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font size it is drawn at. */
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  texts: PdfText[];
}

export interface PdfDocument {
  url: string;
  /** The document's own title (its metadata), if any. */
  title?: string;
  /** The document's declared language (`/Lang`), if any. */
  lang?: string;
  author?: string;
  /** ISO 8601: when the document was made, if it says. */
  createdAt?: string;
  pages: PdfPage[];
}
