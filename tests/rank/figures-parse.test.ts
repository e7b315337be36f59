import { describe, expect, it } from 'vitest';
import { readFigures } from '../../utils/rank/figures';
import { selectFigures } from '../../utils/rank/figures/rank';
import type { FigureKind, KeyFigure } from '../../utils/rank/types';

function figuresOf(text: string, lang = 'en'): KeyFigure[] {
  // Every figure read, ranked: what the reader stage finds, before the rules of what a card may show.
  return selectFigures(readFigures([{ index: 0, text, block: 0, start: 0, end: text.length, heading: false }], [0.5], { lang }), 50);
}

interface Row {
  sentence: string;
  /** The figure's text as written in the sentence. */
  text: string;
  value: number;
  kind: FigureKind;
  unit?: string;
  currency?: string;
  approx?: boolean;
  /** Checked only when given. */
  label?: unknown;
}

function check(row: Row, lang: string): void {
  const figures = figuresOf(row.sentence, lang);
  const figure = figures.find((f) => f.text === row.text);
  expect(figure, `found: ${JSON.stringify(figures.map((f) => f.text))}`).toBeDefined();
  if (!figure) return;
  const actual: Record<string, unknown> = {
    value: figure.value,
    kind: figure.kind,
    unit: figure.unit,
    currency: figure.currency,
    approx: figure.approx ?? false,
  };
  const expected: Record<string, unknown> = {
    value: Number.isInteger(row.value) ? row.value : expect.closeTo(row.value, 6),
    kind: row.kind,
    unit: row.unit,
    currency: row.currency,
    approx: row.approx ?? false,
  };
  if ('label' in row) {
    actual.label = figure.label;
    expected.label = row.label;
  }
  expect(actual).toEqual(expected);
}

describe('Chinese forms', () => {
  it.each<Row>([
    { sentence: '京东云已为超152万家中小微企业提供服务。', text: '超152万家', value: 1_520_000, kind: 'count', unit: '家', approx: true, label: '中小微企业' },
    { sentence: '通过超5.5亿活跃用户连接消费互联网。', text: '超5.5亿', value: 550_000_000, kind: 'count', approx: true, label: '活跃用户' },
    { sentence: '成功节约50% IT成本投入。', text: '50%', value: 50, kind: 'percent', unit: '%', label: expect.stringContaining('IT成本') },
    { sentence: '公司共有三千万用户。', text: '三千万', value: 30_000_000, kind: 'count', label: '用户' },
    { sentence: '全国约有1.5亿人使用移动支付。', text: '约有1.5亿人', value: 150_000_000, kind: 'count', unit: '人', approx: true },
    { sentence: '今年高校毕业生达1158万人。', text: '1158万人', value: 11_580_000, kind: 'count', unit: '人', label: '高校毕业生' },
    { sentence: '一端连接近1000万的SKU。', text: '近1000万', value: 10_000_000, kind: 'count', approx: true, label: 'SKU' },
    { sentence: '两万名志愿者参加了活动。', text: '两万名', value: 20_000, kind: 'count', unit: '名', label: '志愿者' },
    { sentence: '共有十二名队员入选。', text: '十二名', value: 12, kind: 'count', unit: '名', label: '队员' },
    { sentence: '一百零五名学生参加了考试。', text: '一百零五名', value: 105, kind: 'count', unit: '名', label: '学生' },
    { sentence: '其中百分之三十的企业已上云。', text: '百分之三十', value: 30, kind: 'percent', unit: '%', label: '企业' },
    { sentence: '近七成受访者表示满意。', text: '近七成', value: 70, kind: 'percent', unit: '%', approx: true, label: '受访者' },
    { sentence: '业务满意度超95%。', text: '超95%', value: 95, kind: 'percent', unit: '%', approx: true, label: '业务满意度' },
    { sentence: 'GDP同比增长了2个百分点。', text: '2个百分点', value: 2, kind: 'percent', unit: 'pp' },
    { sentence: '已为超过1500家大型企业提供方案。', text: '超过1500家', value: 1500, kind: 'count', unit: '家', approx: true, label: '大型企业' },
    { sentence: '已有1500余家企业入驻。', text: '1500余家', value: 1500, kind: 'count', unit: '家', approx: true, label: '企业' },
    { sentence: '累计服务100多万人。', text: '100多万人', value: 1_000_000, kind: 'count', unit: '人', approx: true },
    { sentence: '产品销往十多个国家。', text: '十多个', value: 10, kind: 'count', unit: '个', approx: true, label: '国家' },
    { sentence: '数十万家商家入驻平台。', text: '数十万家', value: 100_000, kind: 'count', unit: '家', approx: true, label: '商家' },
    { sentence: '投资100亿元建设新工厂。', text: '100亿元', value: 10_000_000_000, kind: 'money', currency: 'CNY' },
    { sentence: '公司筹集了5000万美元资金。', text: '5000万美元', value: 50_000_000, kind: 'money', currency: 'USD', label: '资金' },
    { sentence: '项目总投资约人民币30亿元。', text: '约人民币30亿元', value: 3_000_000_000, kind: 'money', currency: 'CNY', approx: true },
    { sentence: '会员可享受¥300的折扣。', text: '¥300', value: 300, kind: 'money', currency: 'CNY', label: '折扣' },
    { sentence: '单价在10-20万元之间。', text: '10-20万元', value: 100_000, kind: 'money', currency: 'CNY', approx: true },
    { sentence: '全长1.2万公里的高速铁路。', text: '1.2万公里', value: 12_000, kind: 'measure', unit: '公里', label: '高速铁路' },
    { sentence: '年产5万吨钢材。', text: '5万吨', value: 50_000, kind: 'measure', unit: '吨', label: '钢材' },
    { sentence: '展厅面积达300平方米。', text: '300平方米', value: 300, kind: 'measure', unit: '平方米' },
    { sentence: '电站装机容量为3GW。', text: '3GW', value: 3, kind: 'measure', unit: 'GW' },
    { sentence: '整个工程耗时48小时。', text: '48小时', value: 48, kind: 'duration', unit: '小时' },
    { sentence: '预计用时3至5年。', text: '3至5年', value: 3, kind: 'duration', unit: '年', approx: true },
    { sentence: '项目周期为十八个月。', text: '十八个月', value: 18, kind: 'duration', unit: '个月' },
    { sentence: '产量增长了3倍。', text: '3倍', value: 3, kind: 'ratio', unit: '倍' },
    { sentence: '三分之一的企业完成了转型。', text: '三分之一', value: 1 / 3, kind: 'ratio', label: '企业' },
    { sentence: '中国是全球第二大经济体。', text: '第二大', value: 2, kind: 'rank', label: '经济体' },
    { sentence: '该品牌销量排名第一。', text: '第一', value: 1, kind: 'rank' },
    { sentence: '三点五亿元的订单。', text: '三点五亿元', value: 350_000_000, kind: 'money', currency: 'CNY', label: '订单' },
    { sentence: '2016年京东正式发布无人配送车。', text: '2016年', value: 2016, kind: 'date' },
    { sentence: '新规于2022年3月8日起施行。', text: '2022年3月8日', value: 2022, kind: 'date' },
    { sentence: '活动在3月8日举行。', text: '3月8日', value: 308, kind: 'date' },
    { sentence: '二〇二三年是关键之年。', text: '二〇二三年', value: 2023, kind: 'date' },
    { sentence: '实现人、车、家三大场景的互联互通。', text: '三大', value: 3, kind: 'count', label: '场景' },
    { sentence: '全年营收达１２３４万元。', text: '１２３４万元', value: 12_340_000, kind: 'money', currency: 'CNY' },
    // Ages, results and days: who, what happened, when.
    { sentence: '他今年50岁。', text: '50岁', value: 50, kind: 'duration', unit: '岁' },
    { sentence: '现年72岁的张先生退休了。', text: '72岁', value: 72, kind: 'duration', unit: '岁' },
    { sentence: '中国队以3比1战胜日本队。', text: '3比1', value: 3, kind: 'count', unit: 'score', label: undefined },
    { sentence: '主队最终2:1击败客队。', text: '2:1', value: 2, kind: 'count', unit: 'score' },
    { sentence: '双方以0比0战平。', text: '0比0', value: 0, kind: 'count', unit: 'score' },
    { sentence: '男女比例为3:2。', text: '3:2', value: 1.5, kind: 'ratio' },
    { sentence: '发布会定于3月31日举行。', text: '3月31日', value: 331, kind: 'date' },
  ])('$sentence → $text', (row) => check(row, 'zh'));
});

describe('English forms', () => {
  it.each<Row>([
    { sentence: 'Revenue rose 12% to $3.2bn in the third quarter.', text: '$3.2bn', value: 3.2e9, kind: 'money', currency: 'USD', label: 'Revenue' },
    { sentence: 'It posted $3.2bn in revenue.', text: '$3.2bn', value: 3.2e9, kind: 'money', currency: 'USD', label: 'revenue' },
    { sentence: 'The plant will cost £40m.', text: '£40m', value: 40_000_000, kind: 'money', currency: 'GBP', label: 'plant' },
    { sentence: 'The fund holds €500 million in bonds.', text: '€500 million', value: 500_000_000, kind: 'money', currency: 'EUR', label: 'bonds' },
    { sentence: 'They raised US$5 million last year.', text: 'US$5 million', value: 5_000_000, kind: 'money', currency: 'USD' },
    { sentence: 'The deal was worth 80 billion yuan.', text: '80 billion yuan', value: 80e9, kind: 'money', currency: 'CNY' },
    { sentence: 'Salaries start at $30k a year.', text: '$30k', value: 30_000, kind: 'money', currency: 'USD' },
    { sentence: 'The EU pledged more than €10 billion.', text: 'more than €10 billion', value: 10e9, kind: 'money', currency: 'EUR', approx: true },
    { sentence: 'Revenue rose 12% last year.', text: '12%', value: 12, kind: 'percent', unit: '%', label: 'Revenue' },
    { sentence: 'Turnout fell to 61.4 per cent.', text: '61.4 per cent', value: 61.4, kind: 'percent', unit: '%', label: 'Turnout' },
    { sentence: 'Growth of 3–5% is expected.', text: '3–5%', value: 3, kind: 'percent', unit: '%', approx: true },
    { sentence: 'Rates rose by 2 percentage points.', text: '2 percentage points', value: 2, kind: 'percent', unit: 'pp' },
    { sentence: 'The plant will employ more than 1,200 people.', text: 'more than 1,200', value: 1200, kind: 'count', approx: true, label: 'people' },
    { sentence: 'Some 2.5 million people fled.', text: 'Some 2.5 million', value: 2_500_000, kind: 'count', approx: true, label: 'people' },
    { sentence: 'Nearly two million people voted.', text: 'Nearly two million', value: 2_000_000, kind: 'count', approx: true, label: 'people' },
    { sentence: 'The city has 40m residents.', text: '40m', value: 40_000_000, kind: 'count', label: 'residents' },
    { sentence: 'Between 10 to 20 million people watched.', text: '10 to 20 million', value: 10_000_000, kind: 'count', approx: true, label: 'people' },
    { sentence: 'The firm created 400 new jobs.', text: '400', value: 400, kind: 'count', label: 'new jobs' },
    { sentence: 'About 4 in 10 adults said they had not voted.', text: 'About 4 in 10', value: 0.4, kind: 'ratio', approx: true, label: 'adults' },
    { sentence: 'One in five children is poor.', text: 'One in five', value: 0.2, kind: 'ratio', label: 'children' },
    { sentence: 'Women outnumber men 2:1 here.', text: '2:1', value: 2, kind: 'ratio' },
    { sentence: 'Almost a third of voters agreed.', text: 'Almost a third', value: 1 / 3, kind: 'ratio', approx: true, label: 'voters' },
    { sentence: 'Two-thirds of members backed it.', text: 'Two-thirds', value: 2 / 3, kind: 'ratio', label: 'members' },
    { sentence: 'Half of adults own a car.', text: 'Half', value: 0.5, kind: 'ratio', label: 'adults' },
    { sentence: 'Prices rose threefold.', text: 'threefold', value: 3, kind: 'ratio', unit: 'x' },
    { sentence: 'The party holds a 27-point lead.', text: '27-point', value: 27, kind: 'measure', unit: 'points', label: 'lead' },
    { sentence: 'The 5km road opened.', text: '5km', value: 5, kind: 'measure', unit: 'km', label: 'road' },
    { sentence: 'They harvested some 300 tonnes of grain.', text: 'some 300 tonnes', value: 300, kind: 'measure', unit: 'tonnes', approx: true, label: 'grain' },
    { sentence: 'The wind farm will produce 1.2 GW of power.', text: '1.2 GW', value: 1.2, kind: 'measure', unit: 'GW', label: 'power' },
    { sentence: 'The tower is 300m tall.', text: '300m', value: 300, kind: 'measure', unit: 'm' },
    { sentence: 'It unveiled a 10-year plan.', text: '10-year', value: 10, kind: 'duration', unit: 'years', label: 'plan' },
    { sentence: 'Patients waited up to 30 days.', text: 'up to 30 days', value: 30, kind: 'duration', unit: 'days', approx: true },
    { sentence: 'It is the world’s third-largest economy.', text: 'third-largest', value: 3, kind: 'rank', label: 'economy' },
    { sentence: 'The album went to No. 1 in May.', text: 'No. 1', value: 1, kind: 'rank' },
    { sentence: 'The iPhone and COVID-19 were mentioned in 2023.', text: '2023', value: 2023, kind: 'date' },
    { sentence: 'The law took effect on March 8, 2022.', text: 'March 8, 2022', value: 2022, kind: 'date' },
    { sentence: 'The report was published on 2022-03-08.', text: '2022-03-08', value: 2022, kind: 'date' },
    { sentence: 'Crime fell in the 1990s.', text: '1990s', value: 1990, kind: 'date' },
    { sentence: 'He played in the 2019-20 season.', text: '2019-20', value: 2019, kind: 'date' },
    { sentence: 'There were 2000 people at the rally.', text: '2000', value: 2000, kind: 'count', label: 'people' },
    // Ages: in apposition, hyphenated, after `aged`.
    { sentence: 'Robert Hardy, 89, is a keen military historian.', text: '89', value: 89, kind: 'duration', unit: 'years', label: 'Robert Hardy' },
    { sentence: 'Kenteris, 31, and Thanou, 30, were charged.', text: '30', value: 30, kind: 'duration', unit: 'years', label: 'Thanou' },
    { sentence: 'Mr Abbasi, 23, from Croydon, was freed.', text: '23', value: 23, kind: 'duration', unit: 'years', label: 'Abbasi' },
    { sentence: 'The 48-year-old was jailed for six years.', text: '48-year-old', value: 48, kind: 'duration', unit: 'years' },
    { sentence: 'A man aged 45 was arrested.', text: '45', value: 45, kind: 'duration', unit: 'years' },
    // Match results, with every set and tie-break; value is the first side's tally.
    { sentence: 'Manchester United beat Aston Villa 3-1 on Saturday.', text: '3-1', value: 3, kind: 'count', unit: 'score', label: undefined },
    { sentence: 'Manchester City lost 4-2 at Old Trafford.', text: '4-2', value: 4, kind: 'count', unit: 'score' },
    { sentence: 'Valencia were held to a 1-1 draw.', text: '1-1', value: 1, kind: 'count', unit: 'score', label: 'draw' },
    { sentence: 'It was their superb 3-1 semi-final first leg win.', text: '3-1', value: 3, kind: 'count', unit: 'score', label: 'semi-final first leg win' },
    { sentence: 'Nadal beat Almagro 6-3 6-1 to reach the third round.', text: '6-3 6-1', value: 6, kind: 'count', unit: 'score' },
    { sentence: 'Mirza lost to Williams 1-6,4-6 in the third round.', text: '1-6,4-6', value: 1, kind: 'count', unit: 'score' },
    { sentence: 'Result: Nadal 6-7 (6/8) 6-2 7-6 (8/6) 6-2 Roddick', text: '6-7 (6/8) 6-2 7-6 (8/6) 6-2', value: 6, kind: 'count', unit: 'score' },
    { sentence: 'It takes 3-5 days to arrive.', text: '3-5 days', value: 3, kind: 'duration', unit: 'days', approx: true },
    // Dates with a day; a range after `between`.
    { sentence: 'She sent the message on March 31.', text: 'March 31', value: 331, kind: 'date' },
    { sentence: 'He was shot on August 16, 2013, in Oklahoma.', text: 'August 16, 2013', value: 2013, kind: 'date' },
    { sentence: 'The film opens on 19 May.', text: '19 May', value: 519, kind: 'date' },
    { sentence: 'The bill passed despite a rebellion by 34 Labour MPs.', text: '34', value: 34, kind: 'count', label: 'Labour MPs' },
    { sentence: 'The scam ran between 1999 and 2010.', text: '1999 and 2010', value: 1999, kind: 'date' },
    { sentence: 'He fell between 10 and 12ft into the pit.', text: '10 and 12ft', value: 10, kind: 'measure', unit: 'ft', approx: true },
    // Placings and milestones.
    { sentence: 'The 27th seed from Israel won.', text: '27th seed', value: 27, kind: 'rank' },
    { sentence: 'Davis, ranked 66th in the world, lost.', text: '66th', value: 66, kind: 'rank' },
    { sentence: 'The show is 91st in the rankings.', text: '91st', value: 91, kind: 'rank' },
    { sentence: 'Giggs will win his 50th cap on Wednesday.', text: '50th', value: 50, kind: 'count', label: 'cap' },
    { sentence: 'The site is celebrating its 10th anniversary.', text: '10th', value: 10, kind: 'duration', unit: 'years' },
    { sentence: 'He is 14-under-par for the tournament.', text: '14-under-par', value: 14, kind: 'measure', unit: 'under par' },
    // A conversion in brackets is the same amount: one figure.
    { sentence: 'The US giant earned $630m (£481.5m) in the quarter.', text: '$630m (£481.5m)', value: 630_000_000, kind: 'money', currency: 'USD' },
    { sentence: 'Profits rose to 18.3bn euros ($23.4bn; £12.5bn).', text: '18.3bn euros ($23.4bn; £12.5bn)', value: 18.3e9, kind: 'money', currency: 'EUR' },
    { sentence: 'The kite measured 6,000 metres (3.7 miles) across.', text: '6,000 metres (3.7 miles)', value: 6000, kind: 'measure', unit: 'm' },
  ])('$sentence → $text', (row) => check(row, 'en'));

  it('reads ¥ as yen in a Japanese article', () => {
    expect(figuresOf('価格は¥300です。', 'ja')[0]).toMatchObject({ text: '¥300', currency: 'JPY' });
  });
});
