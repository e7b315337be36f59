import { describe, expect, it } from 'vitest';
import type { Block } from '@/utils/core/article';
import { markBoilerplate } from '@/utils/engine/text/boilerplate';
import { splitSentences } from '@/utils/engine/text/sentences';

/** The sentences markBoilerplate lets through, as text. */
const kept = (blocks: Block[], lang = 'en') => {
  const sentences = splitSentences(blocks, lang);
  const marks = markBoilerplate(sentences, blocks);
  return sentences.filter((s) => !marks[s.index]).map((s) => s.text);
};

const heading = (text: string): Block => ({ kind: 'heading', level: 2, text });
const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
const item = (text: string): Block => ({ kind: 'listItem', text });

describe('markBoilerplate — apparatus sections', () => {
  it('leaves out the contents and the back matter, and resumes at the next section', () => {
    const blocks = [
      paragraph('Mozilla is a free-software community, created in 1998 by members of Netscape.'),
      heading('Contents'),
      item('1 History'),
      item('1.1 Eich CEO promotion controversy'),
      heading('History'),
      paragraph('The project was named after the original code name of the Netscape Navigator browser.'),
      heading('See also'),
      item('Mozilla Foundation, the non-profit that owns the project.'),
      heading('References'),
      item('"2011 Rugby World Cup final: New Zealand 8-7 France". Retrieved 2 May 2012.'),
      heading('Legacy'),
      paragraph('Firefox, its best-known product, was first released in 2004.'),
    ];
    expect(kept(blocks)).toEqual([
      'Mozilla is a free-software community, created in 1998 by members of Netscape.',
      'History',
      'The project was named after the original code name of the Netscape Navigator browser.',
      'Legacy',
      'Firefox, its best-known product, was first released in 2004.',
    ]);
  });

  it('knows Chinese back matter', () => {
    const blocks = [
      paragraph('京东云今天发布了面向中小企业的数字化转型解决方案。'),
      heading('相关阅读'),
      item('京东云发布新一代云服务器，性能提升百分之三十。'),
    ];
    expect(kept(blocks, 'zh')).toEqual(['京东云今天发布了面向中小企业的数字化转型解决方案。']);
  });

  it('does not take a heading that only starts with such a word for apparatus', () => {
    const blocks = [heading('Notes from the field'), paragraph('The survey teams walked forty kilometres of coast.')];
    expect(kept(blocks)).toEqual(['Notes from the field', 'The survey teams walked forty kilometres of coast.']);
  });
});

describe('markBoilerplate — what surrounds a story on real pages', () => {
  const story = [
    'The council approved the new harbour plan on Tuesday after a long debate.',
    'Construction of the first homes is due to start next spring.',
    'The plan includes a park, a school and a ferry stop on the old docks.',
    'Residents said they welcomed the project but worried about traffic.',
    'The mayor promised a public meeting on the roads before any work begins.',
  ].map(paragraph);

  it('ends the story at a rule line near its end: credits, bios and trending links after it', () => {
    const blocks = [
      ...story,
      paragraph('___'),
      paragraph('Associated Press writers Jane Roe and John Doe contributed to this report.'),
      heading('Trending'),
      item('Iowa man finds 5 inches of animal blood flooding basement'),
    ];
    expect(kept(blocks)).toEqual(story.map((b) => b.text));
  });

  it('keeps what follows a rule line that only breaks the story into sections', () => {
    const blocks = [paragraph(story[0]!.text), paragraph('___'), ...story.slice(1)];
    expect(kept(blocks)).toEqual(story.map((b) => b.text));
  });

  it('leaves out a photo credit and the one-sentence caption before it, but never a paragraph of text', () => {
    const caption = paragraph('The prime minister, center, passes a Boeing 787-10 at the Dubai Airshow in Dubai.');
    const text = paragraph('The order is worth $8.8 billion at list prices. Airlines usually get a steep discount.');
    const blocks = [
      caption,
      paragraph('Natalie Naccache | Bloomberg | Getty Images'),
      ...story,
      text,
      paragraph('Mark Stout/iStock/Getty Images'),
    ];
    expect(kept(blocks)).toEqual([
      ...story.map((b) => b.text),
      'The order is worth $8.8 billion at list prices.',
      'Airlines usually get a steep discount.',
    ]);
  });

  it.each([
    ['a newsletter pitch', 'The news and stories that matter, delivered weekday mornings.'],
    ['a series intro', 'Start your day with the Opening Bell powered by The Water Coolest.'],
    ['a pointer elsewhere', 'You can view our June 2018 open thread here.'],
    ['a magazine offer', 'Get Motor Cycle Monthly delivered through your letterbox every month.'],
    ['a headline in capitals', 'TAYLOR SWIFT CLEARED TO PERFORM HITS AT AMAs AMID FEUD WITH HER LABEL'],
    [
      'a headline in Title Case',
      'Chelsea Activate £71.6m Release Clause To Sign Kepa Arrizabalaga From Athletic Bilbao',
    ],
    [
      'an AP photo caption',
      'In this Sunday, Nov. 10, 2019, photograph, a long row of unsold vehicles sits at a dealership.',
    ],
    ['a headline marked as having a picture', '薛凯琪新专辑表情千奇百怪 再拿巨星开涮(图)'],
    ['a dashed subtitle', '——论争取自由的方式及其相互关系(下)'],
  ])('leaves out %s', (_what, text) => {
    expect(kept([...story, paragraph(text)])).toEqual(story.map((b) => b.text));
  });

  it("leaves out a press release's description of the company at its end, not the news about it", () => {
    const news = paragraph('Ascom is headquartered in Baar, and its new alarm system will reach 15 countries.');
    const boilerplate = paragraph(
      'Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions.',
    );
    expect(kept([news, ...story, boilerplate])).toEqual([news.text, ...story.map((b) => b.text)]);
  });
});

describe('markBoilerplate — readers’ comments', () => {
  const story = ['The council approved the harbour plan on Tuesday.', 'Work starts in spring.'].map(paragraph);
  it.each(['Comments', '12 Comments', 'Leave a Reply', '《播客热潮迅速蔓延》已有1件评论', '发表评论', '网友评论'])(
    'leaves out everything under “%s”',
    (title) => {
      const blocks = [
        ...story,
        heading(title),
        paragraph('Great article, thanks for writing it!'),
        paragraph('I disagree with the mayor.'),
      ];
      expect(kept(blocks)).toEqual(story.map((b) => b.text));
    },
  );
  it('but not a section that only starts with such a word', () => {
    const blocks = [...story, heading('Response'), paragraph('Response instances are returned by calls to fetch().')];
    expect(kept(blocks)).toContain('Response instances are returned by calls to fetch().');
  });
});

describe('markBoilerplate — prose that only looks like furniture stays', () => {
  const story = [
    'The council approved the harbour plan on Tuesday after a long debate.',
    'Construction of the first homes is due to start next spring.',
    'The plan includes a park, a school and a ferry stop on the old docks.',
    'Residents said they welcomed the project but worried about traffic.',
  ];
  it.each([
    'It was the most beautiful view I have ever seen here.',
    'I find it hard to believe that we are still here.',
    'Amazon said 5 billion parcels were delivered every year in the US alone.',
    'The medicine is delivered daily through an intravenous drip.',
    'Inspectors identified 12 issues for the airline to fix before the summer.',
    'Local journalists contributed to reporting on the flood.',
    'Getty Images sued Stability AI in London, claiming the start-up copied 12 million of its photos.',
    'New Zealand is a member of the United Nations,[105] the Commonwealth of Nations[106] and the Organisation for Economic Co-operation and Development (OECD).[107]',
    'Boeing, which is headquartered in Arlington, Virginia, said it would cut 10% of its workforce.',
    'Norway is a leading producer of oil and gas in Europe.',
    '据IDC和TCL的数据，AMD、NVIDIA与ARM在GPU和CPU市场的份额都有所上升。',
    '----它是人类史的，它不是民族史能加以考量的；',
  ])('%s', (text) => {
    expect(kept([...story, text].map(paragraph), /\p{Script=Han}/u.test(text) ? 'zh' : 'en')).toContain(text);
  });

  it('a section headed “Responses” is the story’s, and so is the part after each of several rule lines', () => {
    const responses = [
      heading('Responses'),
      paragraph('Governments responded within hours of the vote.'),
      heading('Aftermath'),
      paragraph('Markets calmed by the evening.'),
    ];
    expect(kept([...story.map(paragraph), ...responses])).toContain('Markets calmed by the evening.');
    const parts = [
      ...story.map(paragraph),
      paragraph('___'),
      paragraph('The second part begins here in the morning.'),
      paragraph('___'),
      paragraph('The final part ends the story at night.'),
    ];
    expect(kept(parts)).toContain('The final part ends the story at night.');
  });
});

describe('markBoilerplate — the lines around a story, in English and Chinese', () => {
  const story = [
    'The council approved the new harbour plan on Tuesday after a long debate.',
    'Construction of the first homes is due to start next spring.',
    'The plan includes a park, a school and a ferry stop on the old docks.',
    'Residents said they welcomed the project but worried about traffic.',
    'The mayor promised a public meeting on the roads before any work begins.',
  ];
  const zhStory = [
    '市议会周二经过长时间辩论，批准了新的港口规划。',
    '第一批住房预计明年春天开工建设。',
    '规划包括在旧码头上建设公园、学校和渡轮站。',
    '居民表示欢迎这一项目，但担心交通问题。',
    '市长承诺在任何工程开始前就道路问题举行公开会议。',
  ];
  const keptWith = (lines: string[], lang: string) => kept(lines.map(paragraph), lang);

  it.each([
    ['a date line', 'Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET'],
    ['a date line with the weekday', 'Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)'],
    ['a pointer to another story', 'Also on rt.com Journalists & politicians threatened with sedition arrests'],
    ['a pointer in another language', '(Leggi anche su: I Cavalieri dello Zodiaco: ecco gli attori –FOTO)'],
    ['a link tagged with what it leads to', "Hong Kong 'threatened with Chinese military intervention' [REACTION]"],
    ['a caption with its credit', 'Protesters have worn masks to protect their identities (Image: GETTY )'],
    [
      'a picture agency caption',
      'Scooter Braun and Scott Borchetta pose for a photo at a private residence on June 28, 2019 in Montecito, California.',
    ],
    ['a forum invitation', 'Join our Space Forums to keep talking space on the latest missions, night sky and more!'],
    ['a newsletter line', 'Let our news meet your inbox.'],
    [
      'a social pointer',
      'Follow @BGRDeals on Twitter to keep up with the latest and greatest deals from around the web.',
    ],
    ['an affiliate disclosure', 'BGR may receive a commission on orders placed through this article.'],
    ['a price disclaimer', 'Prices are subject to change without notice and coupons may expire at any time.'],
    ['a link to click', 'Click here for more information.'],
    ['a wire credit', '(Reporting by Will Dunham; Editing by Tom Brown)'],
    ['a blog trackback', 'Trackback: http://tb.example.net/TrackBack.aspx?PostId=543698'],
    [
      'an address with phone and fax',
      'The Hill 1625 K Street, NW Suite 900 Washington DC 20006 | 202-628-8500 tel | 202-628-8503 fax',
    ],
    ['a tag line', 'Tags: Taylor Swift, Big Machine, Carlyle Group'],
    ['a wiki maintenance banner', 'This section needs expansion with: Proof of the properties requested.'],
    ['the comments’ rules', 'Comments are moderated and will appear after approval.'],
    ['where the story first appeared', 'This article originally appeared on The Atlantic.'],
    ['a related link', 'Related: Rich are paying more in taxes but not as much as they used to'],
    ['a cookie notice', 'We use cookies to improve your experience on our site.'],
    ['a cookie consent', 'By choosing I Accept, you consent to our use of cookies and other tracking technologies.'],
  ])('leaves out %s', (_what, line) => {
    expect(keptWith([...story, line], 'en')).toEqual(story);
  });

  it.each([
    ['a date line', '发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)'],
    ['a pointer to another story', '延伸阅读：57岁小学肄业 广西骗子演绎25亿美元惊天骗局'],
    ['a link tagged as video', '港口新规划今日公布【视频】'],
    ['a caption with its credit', '工人们在旧码头上搭建新的渡轮站（图片来源：新华社）'],
    ['a link to click', '点击查看更多港口规划的详细内容。'],
    ['a blog trackback', '本文通告引用(Trackback)链接: /wp-trackback.php?'],
    ['a tag line', '标签：港口 规划 市议会 渡轮'],
    ['a wiki maintenance banner', '此条目疑似由大量爱好者内容组成。'],
    ['the comments closed', '本文评论已关闭，感谢您的关注。'],
    ['an app pitch', '(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)'],
    ['a follow pitch', '欢迎关注我们，获取更多港口规划的最新消息。'],
    ['the headline it first ran under', '（原标题：多地项目连环爆雷 港口新规划背后的暗伤）'],
  ])('leaves out %s in Chinese', (_what, line) => {
    expect(keptWith([...zhStory, line], 'zh')).toEqual(zhStory);
  });

  it('leaves out a whole caption whose credit closes it, but keeps a paragraph that mentions a photo', () => {
    const caption =
      'Vicente Aguiar loads garage door trims into his pickup truck outside a Home Depot in Hialeah, Fla. (AP Photo/Alan Diaz, File)';
    expect(keptWith([...story, caption], 'en')).toEqual(story);
    const prose = 'The photo (which ran on the front page) was taken by a reader. It showed the flooded docks.';
    expect(keptWith([...story, prose], 'en')).toEqual([
      ...story,
      'The photo (which ran on the front page) was taken by a reader.',
      'It showed the flooded docks.',
    ]);
  });

  it('keeps sentences that only carry a date, and dates in Chinese prose', () => {
    const dated = [
      'On November 18, 2019, the council met again at 4 pm.',
      '2019年11月18日，市议会再次开会讨论港口规划。',
    ];
    expect(keptWith([...story, dated[0]!], 'en')).toContain(dated[0]);
    expect(keptWith([...zhStory, dated[1]!], 'zh')).toContain(dated[1]);
  });
});

describe('markBoilerplate — the page’s closing matter', () => {
  const story = [
    'The council approved the new harbour plan on Tuesday after a long debate.',
    'Construction of the first homes is due to start next spring.',
    'The plan includes a park, a school and a ferry stop on the old docks.',
    'Residents said they welcomed the project but worried about traffic.',
    'The mayor promised a public meeting on the roads before any work begins.',
    'Opponents said they would take the plan to court.',
  ];
  const keptBy = (lines: string[], byline: string, lang = 'en') => {
    const blocks = lines.map(paragraph);
    const sentences = splitSentences(blocks, lang);
    const marks = markBoilerplate(sentences, blocks, { lang, byline });
    return sentences.filter((s) => !marks[s.index]).map((s) => s.text);
  };

  it('ends the story at a note about its author, named by the byline', () => {
    const bio = [
      'Emiliano joined pv magazine in March 2017.',
      'He has been reporting on solar and renewable energy since 2009.',
    ];
    expect(keptBy([...story, bio.join(' ')], 'Emiliano Bellini')).toEqual(story);
    expect(keptBy([...story, 'Phil Helsel is a reporter for NBC News.'], 'By Phil Helsel')).toEqual(story);
  });

  it('but not at a sentence about someone the story is about, or a publication named as byline', () => {
    const quoted = ['Smith, the harbour master, has backed the plan since 2018.', ...story];
    expect(keptBy([...quoted, 'Smith says the first ferry could run in 2027.'], 'Anna Smith')).toContain(
      'Smith says the first ferry could run in 2027.',
    );
    const apple = [
      'Apple sells more laptops than ever.',
      ...story,
      'Apple resellers are accepting orders with a variety of incentives.',
    ];
    expect(keptBy(apple, 'AppleInsider')).toEqual(apple);
  });

  it('ends a Chinese story at a note about its author', () => {
    const zh = [
      '市议会周二经过长时间辩论，批准了新的港口规划。',
      '第一批住房预计明年春天开工建设。',
      '规划包括公园、学校和渡轮站。',
      '居民表示欢迎这一项目。',
      '市长承诺举行公开会议。',
    ];
    expect(keptBy([...zh, '张三，本报记者，毕业于复旦大学新闻系。'], '记者 张三', 'zh')).toEqual(zh);
  });

  it('ends the story at apparatus set as a line near its end, and at a company description with what follows it', () => {
    expect(keptBy([...story, 'You may also like...', 'Who will make the Rock Hall in 2020?'], '')).toEqual(story);
    expect(
      keptBy([...story, 'More Great WIRED Stories', 'How Facebook gets the First Amendment backward'], ''),
    ).toEqual(story);
    const about = [
      'Ascom is a global solutions provider focused on healthcare ICT.',
      'The vision of Ascom is to close digital information gaps.',
    ];
    expect(keptBy([...story, ...about], '')).toEqual(story);
  });
});

describe('markBoilerplate — story lines that only look like those around it', () => {
  const story = [
    'The council approved the new harbour plan on Tuesday after a long debate.',
    'Construction of the first homes is due to start next spring.',
    'The plan includes a park, a school and a ferry stop on the old docks.',
  ];
  it.each([
    'Also on Friday the New York Daily News claimed the actress had questioned her spouse.',
    'Hamilton was fastest in 1:37.143 on Friday, ahead of Vettel in 1:37.905.',
    '1:37.143 6.',
    'Produced by Bungie software, renowned for its innovation in gaming, it caused a stir among gamers.',
  ])('%s', (line) => {
    const blocks = [...story, line].map(paragraph);
    const sentences = splitSentences(blocks, 'en');
    const marks = markBoilerplate(sentences, blocks, { lang: 'en' });
    expect(
      sentences
        .filter((s) => !marks[s.index])
        .map((s) => s.text)
        .join(' '),
    ).toContain(line);
  });
});

describe('markBoilerplate — a notice of rights, not a sentence about them', () => {
  const zh = [
    '播客继承了博客的原创性和大众性，有着浓郁的个性和原创精神。',
    '播客的诞生也是为了供网友记录生活感悟、与他人分享之用。',
    '专家预言，写博客听播客，不日就将成为网民的一种主要网络生存方式。',
  ];
  it.each([
    ['leaves out a reprint notice', '未经书面许可，任何单位或个人不得擅自转载本报社作品。', false],
    ['leaves out a rights line', '本网站所有内容版权归本报社所有。', false],
    ['keeps a sentence about copyright', '其次，播客使本来已经很麻烦的互联网版权问题更加复杂。', true],
    ['keeps a sentence about reprinting', '该消息由国内一家权威媒体报道，并被多家媒体转载，引发强烈反响。', true],
  ])('%s', (_what, line, stays) => {
    expect(kept([...zh, line].map(paragraph), 'zh').includes(line)).toBe(stays);
  });
  it('and in English: a copyright line goes, a sentence about copyright law stays', () => {
    const en = [
      'The court ruled on Tuesday that the podcast had infringed the label’s rights.',
      'Podcasters must now license the music they play.',
    ];
    expect(kept([...en, 'Copyright 2005 Example News. All rights reserved.'].map(paragraph))).toEqual(en);
  });
});

describe('markBoilerplate — a standfirst set apart from the story', () => {
  const keptWith = (lines: string[], excerpt: string, lang = 'en') => {
    const blocks = lines.map(paragraph);
    const sentences = splitSentences(blocks, lang);
    const marks = markBoilerplate(sentences, blocks, { lang, excerpt });
    return sentences.filter((s) => !marks[s.index]).map((s) => s.text);
  };
  const story = [
    'Taylor Swift might not be able to perform her hits due to a legal dispute.',
    'The drama began earlier this year when the label was sold.',
  ];

  it('leaves out the description repeated above the date or a pitch', () => {
    const dek = 'T-Swift is beefing with The Carlyle Group ... what a time to be alive ...';
    expect(
      keptWith([dek, 'Start your day with the Opening Bell powered by The Water Coolest.', ...story], dek),
    ).toEqual(story);
    const zhDek = '市议会批准了新的港口规划，首批住房明年开工。';
    const zhStory = ['市议会周二经过长时间辩论，批准了新的港口规划。', '第一批住房预计明年春天开工建设。'];
    expect(keptWith([zhDek, '发表于 2019年11月18日 12:40', ...zhStory], zhDek, 'zh')).toEqual(zhStory);
  });

  it('keeps an opening paragraph the description repeats when the story goes straight on from it', () => {
    expect(keptWith(story, story[0]!)).toEqual(story);
    const zhStory = ['市议会周二经过长时间辩论，批准了新的港口规划。', '第一批住房预计明年春天开工建设。'];
    expect(keptWith(zhStory, zhStory[0]!, 'zh')).toEqual(zhStory);
  });
});
