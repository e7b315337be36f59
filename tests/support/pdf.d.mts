/**
 * Writes small PDFs for tests: text placed where a page layout puts it, in Helvetica (regular or bold) or in a
 * Chinese font that, as in real Chinese PDFs, is only named (STSong-Light, UniGB-UCS2-H): its text decodes only
 * through the CMaps the reader ships. A page can hold an image instead of text, as a scan does.
 */

export interface PdfRun {
  x: number;
  /** The baseline, from the page's top. */
  y: number;
  size: number;
  text: string;
  font?: 'regular' | 'bold' | 'chinese';
}

export interface PdfPageSpec {
  runs?: PdfRun[];
  /** A full-page picture and no text: a scanned page. */
  scan?: boolean;
}

export interface PdfSpec {
  title?: string;
  lang?: string;
  width?: number;
  height?: number;
  pages: PdfPageSpec[];
}

export function makePdf(spec: PdfSpec): Uint8Array;

export function wrapText(
  text: string,
  options: {
    x: number;
    y: number;
    width: number;
    size: number;
    leading?: number;
    font?: PdfRun['font'];
    indent?: number;
  },
): { runs: PdfRun[]; y: number };
