import { describe, expect, it } from 'vitest';
import { readFigures, scoreFigures } from '../../utils/engine/rank/figures';
import { selectFigures } from '../../utils/engine/rank/figures/rank';
import type { KeyFigure } from '../../utils/engine/rank/types';

function figuresOf(text: string, lang = 'en'): KeyFigure[] {
  // Every figure read, ranked: what the reader stage finds, before the rules of what a card may show.
  return selectFigures(
    scoreFigures(
      readFigures([{ index: 0, text, block: 0, start: 0, end: text.length, heading: false }], { lang }),
      [1],
    ),
    50,
  );
}

/** Each sentence holds digits that measure nothing, and no real figure: nothing may come out. */
describe('not a figure', () => {
  it.each([
    ['network generation', '建设数字信息基础设施，推进5G规模化应用。'],
    ['network generation (4G)', 'The phone supports 4G networks.'],
    ['disease name', 'COVID-19 changed how people shop.'],
    ['product name', 'The iPhone 15 went on sale.'],
    ['product name with version', 'Windows 11 ships with the laptop.'],
    ['shopping festival 618', '京东618期间销量创新高。'],
    ['shopping festival 11.11', '保障了京东618、11.11等大促的平稳运行。'],
    ['shopping festival 双11', '双11当天订单激增。'],
    ['shopping festival 双十一', '双十一购物节即将到来。'],
    ['plan name in quotes', '国务院印发《“十四五”数字经济发展规划》。'],
    ['plan name before 规划', '十四五规划提出了新目标。'],
    ['plan name before 时期', '十三五时期经济稳步增长。'],
    ['aircraft model', 'The airline ordered A320 jets.'],
    ['fighter jet', 'The F-35 fighter flew over.'],
    ['file format', 'Download the MP3 files here.'],
    ['screen resolution', 'Deals on 4K TVs and robot vacuums are live now.'],
    ['clock time by its zone', 'The match kicks off at 0100 GMT on Sunday.'],
    ['lunar date and the festival it names (not 15 yuan)', '正月十五元宵节是中国的传统节日。'],
    ['numeral inside an abstract noun', '这是一个高度一元化的社会。'],
    ['a party, not a place', '淘宝可以作为第四方监督物流公司。'],
    ['year of an era', '政府更從民國六十七年起推廣觀光。'],
    ['slogan of two numbered words', '全市实现了“两降两升”的总目标，坚持三严三实。'],
    ['a half named as a part', 'Consider all routable placements in the other half of the device.'],
    ['a half named by a determiner', 'Apparently with this half of the wordchain, you could be aware of it.'],
    ['version before releases', 'We will simply push new things into the 0.17 releases as time goes on.'],
    ['HTTP status code', 'A sudden increase in 404 status code: You may have an SEO problem.'],
    ['revision and hash', 'The working copy is at 6:a360; both are successors of obsolete 4:2fe6.'],
    ['a purpose in two parts', 'The purpose of this exercise is twofold: you see what you already have.'],
    ['chemical formula', 'H2O is water.'],
    ['phone with 电话', '电话：0086-10-82081166-6059'],
    ['fax with 传真', '传真：0086-10-82081900'],
    ['phone and fax glued', '电话：0086-10-82081166-6059传真：0086-10-82081900'],
    ['US phone number', 'Call (555) 123-4567 today.'],
    ['stock code in brackets', '贵州茅台(600519)发布公告。'],
    ['Hong Kong stock code', '腾讯控股(00700.HK)股价上涨。'],
    ['exchange and ticker', 'JD.com (NASDAQ: JD) reported results.'],
    ['labelled stock code', '股票代码：600519'],
    ['clock time with seconds', 'The quake struck at 10:20:31 local time.'],
    ['clock time p.m.', 'Call us at 5 p.m.'],
    ['Chinese clock time', '会议定于下午3点开始。'],
    ['version number', 'Version 3.2 fixed the bug.'],
    ['dotted version', 'Upgrade to 2.0.1 now.'],
    ['section number', 'See Section 3.2 for details.'],
    ['Chinese article number', '根据第3条规定执行。'],
    ['list marker', '1. Introduction'],
    ['footnote marker', 'The claim is disputed [1].'],
    ['ISBN', 'ISBN 978-7-111-12345-6'],
    ['postal code', '邮编：100037'],
    ['US zip code', 'Write to Springfield, IL 62704.'],
    ['type by its number', 'Physical activity has been linked to a lower risk of type 2 diabetes.'],
    ['category by its number', 'A category 5 hurricane made landfall on Tuesday.'],
    ['URL', 'Read more at https://example.com/2022/05/page123.'],
    ['e-mail', 'Write to info2023@example.com.'],
    ['weekday', '周五下午举行发布会。'],
    ['idiom with 千/万', '帮助千行百业走进千家万户。'],
    ['十分 as "very"', '这一点十分重要。'],
    ['一 inside words', '一带一路建设统一推进，一些企业进一步发展。'],
    ['两会', '两会期间代表们积极建言。'],
    ['slash pair', 'Support is available 24/7.'],
    ['bare identifier number', 'Order number 48213 was shipped.'],
    ['ordinal without a ranking', 'It was the 21st century.'],
    ['date-like festival name', '3.15晚会曝光了多家企业。'],
    ['emergency number dialled', 'Hampton was able to call 911 to report the shooting.'],
    ['emergency number as a noun', 'Police released the 999 call recording.'],
    ['calibre', 'A .22 calibre rifle was found.'],
    ['football formation', 'They switched to a 4-2-3-1 formation.'],
    ['ordinal without a placing', 'He scored in the 38th minute.'],
    ['dash pair with no result', 'Route 5-7 was closed.'],
    ['address', 'He spoke outside 10 Downing Street.'],
  ])('%s: %s', (_name, sentence) => {
    expect(figuresOf(sentence, /[\u4e00-\u9fff]/.test(sentence) ? 'zh' : 'en')).toEqual([]);
  });
});

describe('dates', () => {
  it('ranks a passing date below a count in an equally salient sentence', () => {
    const [count, date] = figuresOf('到2025年，平台将服务超过500万家企业。');
    expect(count).toMatchObject({ text: '超过500万家', kind: 'count' });
    expect(date).toMatchObject({ text: '2025年', kind: 'date' });
    expect(date?.score).toBeLessThan((count?.score ?? 0) - 0.1);
  });
});

describe('weak figures', () => {
  it('keeps a count inside a name, but below a real count', () => {
    const figures = figuresOf('实现人、车、家三大场景的互联互通，服务1200家车企。');
    const weak = figures.find((f) => f.text === '三大');
    const strong = figures.find((f) => f.text === '1200家');
    expect(weak).toMatchObject({ value: 3, kind: 'count', label: '场景' });
    expect(strong).toBeDefined();
    expect(weak?.score).toBeLessThan(strong?.score ?? 0);
  });

  it('ranks a bare number without a label below one with a label', () => {
    const [labelled, bare] = figuresOf('It sold 300 cars, up from 120.');
    expect(labelled).toMatchObject({ text: '300', label: 'cars' });
    expect(bare).toMatchObject({ text: '120' });
    expect(bare?.label).toBeUndefined();
    expect(bare?.score).toBeLessThan(labelled?.score ?? 0);
  });
});

describe('a size the headline names a product by', () => {
  const cards = (text: string, title: string) =>
    readFigures([{ index: 0, text, block: 0, start: 0, end: text.length, heading: false }], {
      lang: 'en',
      title: { text: title, terms: [] },
    })
      .filter((r) => r.refused === undefined)
      .map((r) => r.figure.text);

  it('is the model, not a measure, throughout the article', () => {
    const text = 'We compared the 16-inch base to the previous 15-inch base, with 512GB of storage.';
    expect(cards(text, '16-inch MacBook Pro review: the keyboard is enough')).not.toContain('16-inch');
    expect(cards(text, 'A review of the new laptops')).toContain('16-inch');
  });
});
