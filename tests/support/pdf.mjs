/**
 * Writes small PDFs for tests: text placed where a page layout puts it, in Helvetica (regular or bold) or in a
 * Chinese font that, as in real Chinese PDFs, is only named (STSong-Light, UniGB-UCS2-H): its text decodes only
 * through the CMaps the reader ships. A page can hold an image instead of text, as a scan does.
 */

const FONT_NAMES = { regular: 'F1', bold: 'F2', chinese: 'F3' };

/** @param {import('./pdf.d.mts').PdfSpec} spec */
export function makePdf({ title, lang, width = 612, height = 792, pages }) {
  const objects = [];
  const add = (body) => objects.push(body);
  // 1 catalog, 2 pages, 3–5 fonts, 6 the CJK descendant font, 7 info, 8 the scan's picture; pages from 9.
  const pageIds = pages.map((_, i) => 9 + i * 2);
  add(`<< /Type /Catalog /Pages 2 0 R${lang ? ` /Lang (${lang})` : ''} >>`);
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  add('<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>');
  add(
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor << /Type /FontDescriptor ' +
      '/FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 ' +
      '/CapHeight 880 /StemV 93 >> /DW 1000 /W [1 95 500] >>',
  );
  add(`<< /Producer (Digest tests)${title ? ` /Title ${textString(title)}` : ''} >>`);
  add(
    streamObject(
      '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8',
      '\x80\x40\x40\x80',
    ),
  );
  for (const page of pages) {
    const content = page.scan
      ? `q ${width} 0 0 ${height} 0 0 cm /Im1 Do Q`
      : (page.runs ?? []).map((run) => drawRun(run, height)).join('\n');
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Contents ${objects.length + 2} 0 R ` +
        '/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> /XObject << /Im1 8 0 R >> >> >>',
    );
    add(streamObject('<<', content));
  }
  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character above is one byte (latin1): offsets are byte offsets.
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

function drawRun({ x, y, size, text, font = 'regular' }, height) {
  const shown = font === 'chinese' ? `<${ucs2(text)}>` : `(${text.replace(/[\\()]/g, '\\$&')})`;
  return `BT /${FONT_NAMES[font]} ${size} Tf 1 0 0 1 ${x} ${height - y} Tm ${shown} Tj ET`;
}

function streamObject(dictionaryStart, data) {
  return `${dictionaryStart} /Length ${data.length} >>\nstream\n${data}\nendstream`;
}

function ucs2(text) {
  return [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
}

/** How wide a text is set: Han characters a full em, Latin ones half (Helvetica's average, and the CJK font's). */
function advance(text, size) {
  let width = 0;
  for (const c of text) width += c.charCodeAt(0) > 0xff ? size : size * 0.5;
  return width;
}

/** A PDF text string: UTF-16BE with its byte-order mark, so any title survives. */
function textString(text) {
  return `<feff${ucs2(text)}>`;
}

/**
 * Lays text out as a word processor would: words filled into lines of a column's width (Helvetica's average
 * advance, close enough for a layout test), lines `leading` apart. Returns the runs and the next free baseline.
 */
export function wrapText(text, { x, y, width, size, leading = size * 1.3, font = 'regular', indent = 0 }) {
  const runs = [];
  const units = font === 'chinese' ? [...text] : text.split(' ');
  let line = '';
  let lineX = x + indent;
  const flush = () => {
    runs.push({ x: lineX, y, size, text: line, font });
    y += leading;
    lineX = x;
    line = '';
  };
  for (const unit of units) {
    const next = line ? (font === 'chinese' ? line + unit : `${line} ${unit}`) : unit;
    if (advance(next, size) > width - (lineX - x) && line) {
      flush();
      line = unit;
    } else line = next;
  }
  if (line) flush();
  return { runs, y };
}
