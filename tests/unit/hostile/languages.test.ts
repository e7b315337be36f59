import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, Block } from '@/utils/core/article';
import { contradictsLatin } from '@/utils/core/lang';
import type { Sentence } from '@/utils/core/sentence';
import { extractArticle } from '@/utils/engine/extract/extract';
import { splitSentences } from '@/utils/engine/text/sentences';
import { documentOf } from '../../support/dom';
import { hasShared, sharedFile } from '../../support/shared';

/**
 * Sensible sentences in every script Digest may meet: a paragraph of several sentences is never one "sentence", and
 * no sentence starts or ends inside a word. Pages from ../shared where it has them (Traditional Chinese, Japanese),
 * small pages of our own where it doesn't (Arabic, Hebrew, mixed Chinese/English, and a GBK-encoded page).
 */

function articleOf(html: string, url = 'https://example.com/a'): Article {
  const result = extractArticle(documentOf(html), url);
  if (!result.ok) throw new Error(result.key);
  return result.article;
}

function page(lang: string, dir: string, title: string, paragraphs: string[]): string {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<html lang="${lang}" dir="${dir}"><head><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}

/** Sentence-final marks in the scripts below: Latin, Arabic `؟`, CJK full stops, Japanese and Chinese. */
const FINAL = /[.!?؟。！？](?=\s|$|[^\p{L}\p{N}])/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** What is wrong with how `sentences` split `blocks`: paragraphs left whole, sentences starting or ending mid-word. */
function sentenceProblems(blocks: Block[], sentences: Sentence[]): string[] {
  const problems: string[] = [];
  const cutInWord = (x: string, y: string) => WORD_CHAR.test(x) && WORD_CHAR.test(y) && !/\p{Script=Han}/u.test(x + y);
  blocks.forEach((block, b) => {
    const own = sentences.filter((s) => s.block === b);
    // Several full stops inside one block means several sentences (headings and code are exempt).
    const stops = block.text.slice(0, -1).match(FINAL)?.length ?? 0;
    if (block.kind !== 'heading' && block.kind !== 'code' && stops >= 2 && block.text.length > 80 && own.length < 2) {
      problems.push(`a paragraph of ${stops + 1} sentences kept whole: ${block.text.slice(0, 60)}`);
    }
    for (const s of own) {
      const before = block.text[s.start - 1] ?? ' ';
      const after = block.text[s.end] ?? ' ';
      if (cutInWord(before, s.text[0] ?? '')) problems.push(`starts mid-word: “${before}|${s.text.slice(0, 30)}”`);
      if (cutInWord(s.text.at(-1) ?? '', after)) problems.push(`ends mid-word: “${s.text.slice(-30)}|${after}”`);
    }
  });
  return problems;
}

function expectSensibleSentences(article: Article) {
  const sentences = splitSentences(article.blocks, article.lang);
  expect(sentences.length).toBeGreaterThan(article.blocks.length / 2);
  expect(sentenceProblems(article.blocks, sentences)).toEqual([]);
}

const ARABIC = page('ar', 'rtl', 'مجلس المدينة يقر ميزانية حديقة النهر', [
  'أقر مجلس المدينة يوم الثلاثاء ميزانية بقيمة 48 مليون دولار لبناء حديقة على ضفاف النهر. وصوت سبعة أعضاء لصالح القرار مقابل عضوين. وقال رئيس البلدية إن 40% من التكلفة ستغطيها منحة مناخية اتحادية.',
  'ومن المتوقع أن يبدأ البناء في الربيع المقبل وأن يستغرق نحو ثلاث سنوات. هل ستكون الحديقة جاهزة قبل عام 2028؟ يأمل السكان ذلك، لكن المعارضين يطالبون بإنفاق المال على الإسكان.',
  'وارتفعت الإيجارات في الحي بنسبة 18% العام الماضي. وسيُدعى السكان إلى ثلاثة اجتماعات عامة في مايو للتعليق على التصميم.',
]);

const HEBREW = page('he', 'rtl', 'מועצת העיר אישרה תקציב לפארק', [
  'מועצת העיר אישרה ביום שלישי תקציב של 48 מיליון דולר להקמת פארק על גדת הנהר. שבעה חברי מועצה הצביעו בעד ושניים נגד. ראש העיר אמר כי 40% מהעלות ימומנו במענק אקלים פדרלי.',
  'הבנייה צפויה להתחיל באביב הבא ולהימשך כשלוש שנים. האם הפארק יהיה מוכן עד 2028? התושבים מקווים שכן, אך המתנגדים דורשים להשקיע את הכסף בדיור.',
  'שכר הדירה ברובע עלה ב-18% בשנה שעברה. התושבים יוזמנו לשלוש אסיפות ציבוריות במאי כדי להגיב על התכנון.',
]);

const MIXED = page('zh-CN', 'ltr', 'OpenAI发布GPT-5，Microsoft称Azure需求大增', [
  'OpenAI周二发布了新一代模型GPT-5，称其在coding和reasoning任务上明显强于上一代。Microsoft CEO Satya Nadella表示，Azure AI的需求在过去一个季度增长了35%。',
  '分析人士认为，这一发布将加剧与Google Gemini和Anthropic Claude的竞争。“The market is moving faster than anyone expected,” 一位分析师说。不过，也有开发者担心API价格会继续上涨。',
  '据IDC统计，2024年中国AI服务器市场规模达到560亿元，同比增长42%。多家厂商计划在Q3推出基于新模型的产品。',
]);

describe('sentences in other languages and scripts', () => {
  it('the check itself catches a paragraph left whole and a cut inside a word', () => {
    const block: Block = {
      kind: 'paragraph',
      text: 'The council met on Tuesday. It approved the park. Work starts in spring, officials said.',
    };
    const whole = [{ index: 0, text: block.text, block: 0, start: 0, end: block.text.length, heading: false }];
    expect(sentenceProblems([block], whole)).toHaveLength(1);
    const at = block.text.indexOf('proved'); // "It ap|proved"
    const cut = [
      { index: 0, text: block.text.slice(0, at), block: 0, start: 0, end: at, heading: false },
      { index: 1, text: block.text.slice(at), block: 0, start: at, end: block.text.length, heading: false },
    ];
    expect(sentenceProblems([block], cut)).toEqual([
      expect.stringMatching(/ends mid-word/),
      expect.stringMatching(/starts mid-word/),
    ]);
  });

  it.each([
    ['Arabic, right to left', ARABIC, 'ar'],
    ['Hebrew, right to left', HEBREW, 'he'],
    ['mixed Chinese and English', MIXED, 'zh'],
  ])('%s', (_, html, lang) => {
    const article = articleOf(html);
    expect(article.lang.split('-')[0]).toBe(lang);
    expectSensibleSentences(article);
  });

  it('a GBK-encoded Chinese page, decoded by its declared charset', () => {
    const bytes = readFileSync(join(__dirname, '../../e2e/fixtures/gbk-article.html'));
    const article = articleOf(new TextDecoder('gbk').decode(bytes));
    expect(article.title).toBe('江边公园获批 投资4800万元');
    expectSensibleSentences(article);
  });
});

describe.skipIf(!hasShared)('sentences on real pages from ../shared (Readability’s test corpus)', () => {
  it.each([
    ['pixnet', 'Traditional Chinese', /^zh/],
    ['yahoo-4', 'Japanese news', /^ja/],
    ['hukumusume', 'a Japanese fable', /^ja/],
  ])('%s (%s)', (name, _, lang) => {
    const article = articleOf(sharedFile('pages/readability', name, 'source.html'), `http://fakehost/${name}`);
    expect(article.lang).toMatch(lang);
    expectSensibleSentences(article);
  });
});

describe('the language a page declares, checked against its text', () => {
  const german = [
    'Die Bundesregierung hat am Mittwoch ein neues Gesetz für die Kliniken beschlossen, das ab dem Sommer gelten soll.',
    'Nach den Plänen sollen die Daten der Patienten nach 28 Tagen gelöscht werden, wenn sie nicht mehr gebraucht werden.',
    'Die Kosten für das Programm werden auf rund 70 Millionen Euro geschätzt, die der Bund und die Länder tragen.',
    'Kritiker sagen, dass die Frist zu kurz sei und die Kliniken nicht genug Zeit für die Umstellung hätten.',
  ];
  const english = [
    'The government approved a new law for the clinics on Wednesday, which is due to take effect in the summer.',
    'Under the plans, patient data will be deleted after 28 days when it is no longer needed by the hospital.',
    'The cost of the programme is put at about 70 million euros, which the federal and state governments will share.',
    'Critics say that the deadline is too short and that the clinics do not have enough time for the change.',
  ];

  it('a German page templated as English is German, and an English page templated as German is English', () => {
    expect(articleOf(page('en', 'ltr', 'Neues Gesetz für Kliniken', german)).lang).toBe('de');
    expect(articleOf(page('de', 'ltr', 'A new law for clinics', english)).lang).toBe('en');
  });

  it('keeps the declared language when the text agrees, or says too little to overrule it', () => {
    expect(articleOf(page('en-GB', 'ltr', 'A new law for clinics', english)).lang).toBe('en-GB');
    // A box score has barely a stop word, and its initials (`d.`, `K.`) are on German and French lists.
    const scores =
      'Palm Bay d. Rockledge 70-44. Tolivert 25 points. Davis 17 points. Viera d. Rockledge 3-1. K. Hupfer 1 goal.';
    expect(contradictsLatin('en', scores.repeat(20))).toBeUndefined();
  });

  it('a Chinese post full of code is Chinese', () => {
    const post = [
      '今天我们来聊一聊如何用Python处理数据，这是很多同学经常问到的问题，下面一步一步地讲清楚。',
      'import pandas as pd; df = pd.read_csv("data.csv"); df.groupby("city").agg({"sales": "sum"}).reset_index()',
      '上面这段代码先读取数据，再按城市分组求和，最后把结果整理成一张新的表格，方便后面继续分析。',
      'for row in df.itertuples(): print(row.city, row.sales) if row.sales > 1000 else None',
    ];
    expect(articleOf(page('de', 'ltr', '用Python处理数据', post)).lang).toBe('zh');
  });
});
