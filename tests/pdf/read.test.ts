import { describe, expect, it } from 'vitest';
import type { Article, ExtractionResult } from '@/utils/core/article';
import { digestArticle } from '@/utils/engine/digest';
import { pdfToArticle } from '../../scripts/lib/read-pdf';
import { makePdf, type PdfRun, wrapText } from '../support/pdf.mjs';

function articleOf(result: ExtractionResult): Article {
  if (!result.ok) throw new Error(`not read: ${result.key}`);
  return result.article;
}

const kinds = (article: Article) => article.blocks.map((b) => `${b.kind}${b.level ? b.level : ''}: ${b.text}`);

/** A running head and foot on every page, as reports print them. */
function running(page: number, pages: number): PdfRun[] {
  return [
    { x: 72, y: 36, size: 8, text: 'Harbour Council - Annual Report 2024' },
    { x: 280, y: 770, size: 8, text: `Page ${page} of ${pages}` },
  ];
}

const LEADING = 13;
const lines = (texts: string[], y: number, x = 72): PdfRun[] =>
  texts.map((text, i) => ({ x, y: y + i * LEADING, size: 10, text }));

describe('an English report in one column', () => {
  const pdf = makePdf({
    title: 'Annual Report on the Harbour',
    pages: [
      {
        runs: [
          ...running(1, 2),
          { x: 72, y: 90, size: 20, text: 'Annual Report on the Harbour', font: 'bold' },
          ...lines(
            [
              'The council approved a plan to build 2,400 homes on the old rail yard, an ambi-',
              'tious project that will take a decade to finish and cost $310 million in all.',
              'Officials said the first residents could move in by 2027.',
            ],
            130,
          ),
          { x: 72, y: 190, size: 14, text: 'Funding', font: 'bold' },
          ...lines(
            [
              'The plan is paid for by a well-known mix of bonds and grants, and by a harbour',
              'levy that the council says will raise $40 million over ten years, while the',
            ],
            215,
          ),
          { x: 72, y: 740, size: 7, text: '1 Figures from the council budget for 2024, as adopted in March.' },
        ],
      },
      {
        runs: [
          ...running(2, 2),
          ...lines(
            ['state pays the rest. Critics call the levy a tax on small well-', 'known businesses along the water.'],
            80,
          ),
          { x: 72, y: 130, size: 14, text: 'References', font: 'bold' },
          ...lines(['[1] Harbour Council (2023). Rail yard study. City Press.'], 155),
          ...lines(['[2] Smith, J. (2022). Levies and growth. Journal of Ports 4.'], 170),
        ],
      },
    ],
  });

  it('reads lines into headings and paragraphs, without running heads, feet or page numbers', async () => {
    const article = articleOf(await pdfToArticle(pdf));
    expect(article.title).toBe('Annual Report on the Harbour');
    expect(article.lang).toBe('en');
    expect(kinds(article)).toEqual([
      'heading1: Annual Report on the Harbour',
      'paragraph: The council approved a plan to build 2,400 homes on the old rail yard, an ambitious project that will take a decade to finish and cost $310 million in all. Officials said the first residents could move in by 2027.',
      'heading2: Funding',
      // The sentence runs on over the page break; `well-known` keeps the hyphen the document writes it with.
      'paragraph: The plan is paid for by a well-known mix of bonds and grants, and by a harbour levy that the council says will raise $40 million over ten years, while the state pays the rest. Critics call the levy a tax on small well-known businesses along the water.',
      // The footnote at the foot of page 1 doesn't break the sentence running on to page 2: it follows it.
      'caption: 1 Figures from the council budget for 2024, as adopted in March.',
      'heading2: References',
      'listItem: [1] Harbour Council (2023). Rail yard study. City Press.',
      'listItem: [2] Smith, J. (2022). Levies and growth. Journal of Ports 4.',
    ]);
  });

  it('digests it like an article: key sentences from the body, never the footnote or the references', async () => {
    const digest = digestArticle(articleOf(await pdfToArticle(pdf)));
    expect(digest.sentences.length).toBeGreaterThan(0);
    for (const s of digest.sentences) expect(s.text).not.toMatch(/Figures from the council budget|Journal of Ports/);
    expect(digest.figures.map((f) => f.text)).toContain('2,400');
  });
});

describe('a two-column page', () => {
  const left = 'The left column tells how the storm reached the coast on Monday night and flooded the lower town.';
  const right = 'The right column tells how the town cleared the streets within a week, helped by volunteers.';
  const column = (text: string, x: number) =>
    wrapText(`${text} ${text} ${text} ${text}`, { x, y: 130, width: 220, size: 10, leading: LEADING }).runs;
  const pdf = makePdf({
    pages: [
      {
        runs: [
          { x: 72, y: 90, size: 22, text: 'After the storm: a town rebuilds' },
          ...column(left, 72),
          ...column(right, 320),
          { x: 300, y: 770, size: 9, text: '1' },
        ],
      },
    ],
  });

  it('is read column by column, under a title across both', async () => {
    const article = articleOf(await pdfToArticle(pdf));
    expect(article.title).toBe('After the storm: a town rebuilds');
    expect(kinds(article)).toEqual([
      'heading1: After the storm: a town rebuilds',
      `paragraph: ${left} ${left} ${left} ${left}`,
      `paragraph: ${right} ${right} ${right} ${right}`,
    ]);
  });
});

describe('a page with a rail beside its text', () => {
  const story = 'The storm reached the coast on Monday night and flooded the lower town, the council said.';
  const rail = 'Most read: a new bakery opens in the old post office on Harbour Street this week.';
  const pdf = makePdf({
    pages: [
      {
        runs: [
          ...wrapText(`${story} ${story} ${story} ${story} ${story}`, { x: 60, y: 100, width: 360, size: 10 }).runs,
          ...wrapText(`${rail} ${rail}`, { x: 450, y: 100, width: 110, size: 10 }).runs,
        ],
      },
    ],
  });

  it('keeps the rail as small print: in the text, never a key sentence', async () => {
    const article = articleOf(await pdfToArticle(pdf));
    expect(kinds(article)).toEqual([
      `paragraph: ${story} ${story} ${story} ${story} ${story}`,
      `caption: ${rail} ${rail}`,
    ]);
    for (const s of digestArticle(article).sentences) expect(s.text).not.toContain('bakery');
  });
});

describe('a Chinese report', () => {
  const body =
    '数字新基建推动经济高质量发展，超152万家中小微企业已经上云，平均节约50% IT成本。京东云表示，未来三年将继续加大投入。';
  const pdf = makePdf({
    title: '数字经济发展报告',
    pages: [
      {
        runs: [
          { x: 72, y: 80, size: 18, text: '数字经济发展报告', font: 'chinese' },
          ...wrapText(body, { x: 72, y: 120, width: 200, size: 10, font: 'chinese' }).runs,
        ],
      },
    ],
  });

  it('decodes its font through the shipped CMaps and joins wrapped lines without spaces', async () => {
    const article = articleOf(await pdfToArticle(pdf));
    expect(article.lang).toBe('zh');
    expect(article.title).toBe('数字经济发展报告');
    expect(article.blocks.map((b) => b.text)).toEqual(['数字经济发展报告', body]);
    const digest = digestArticle(article);
    expect(digest.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['超152万家']));
  });
});

describe('what a PDF can be instead of text', () => {
  it('a scan (pictures of pages) has no text to read', async () => {
    expect(await pdfToArticle(makePdf({ pages: [{ scan: true }, { scan: true }] }))).toEqual({
      ok: false,
      reason: 'no-article',
      key: 'pdfNoText',
    });
  });

  it('a damaged file says so', async () => {
    const damaged = new TextEncoder().encode('%PDF-1.7\nthis is not a PDF\n%%EOF\n');
    expect(await pdfToArticle(damaged)).toMatchObject({ ok: false, key: 'pdfDamaged' });
    const cut = makePdf({ pages: [{ runs: lines(['A page cut short.'], 100) }] }).slice(0, 30);
    expect(await pdfToArticle(cut)).toMatchObject({ ok: false, key: 'pdfDamaged' });
  });

  it('a document longer than the cap is refused with its length and the cap, before any page is read', async () => {
    const pages = Array.from({ length: 5 }, () => ({ runs: lines(['One more page of text.'], 100) }));
    const progress: number[] = [];
    const result = await pdfToArticle(makePdf({ pages }), { maxPages: 4, onProgress: (page) => progress.push(page) });
    expect(result).toEqual({ ok: false, reason: 'too-large', key: 'pdfTooManyPages', params: [5, 4] });
    expect(progress).toEqual([]);
  });

  it('reports its progress page by page, and stops when aborted', async () => {
    const pages = Array.from({ length: 6 }, (_, i) => ({ runs: lines([`Page ${i + 1} says something new.`], 100) }));
    const seen: string[] = [];
    await pdfToArticle(makePdf({ pages }), { onProgress: (page, of) => seen.push(`${page}/${of}`) });
    expect(seen).toEqual(['1/6', '2/6', '3/6', '4/6', '5/6', '6/6']);

    const stop = new AbortController();
    const read = pdfToArticle(makePdf({ pages }), {
      signal: stop.signal,
      onProgress: (page) => page === 2 && stop.abort(),
    });
    await expect(read).rejects.toThrow();
  });
});

describe('the title', () => {
  const page = {
    runs: [{ x: 72, y: 90, size: 18, text: 'Water in the Valley' }, ...lines(['Rain fell for a week.'], 130)],
  };

  it('is the first heading when the metadata names only the file the PDF was made from', async () => {
    const article = articleOf(await pdfToArticle(makePdf({ title: 'Microsoft Word - valley_v3.docx', pages: [page] })));
    expect(article.title).toBe('Water in the Valley');
  });

  it('is the file name when there is neither', async () => {
    const plain = makePdf({ pages: [{ runs: lines(['Rain fell for a week, and the river rose.'], 130) }] });
    const article = articleOf(
      await pdfToArticle(plain, { url: 'https://example.com/files/valley_water-report%202024.pdf?v=2' }),
    );
    expect(article.title).toBe('valley water report 2024');
  });
});
