import { describe, expect, it } from 'vitest';
import { cleanTitle } from '@/utils/engine/extract/title';

describe('cleanTitle', () => {
  it.each([
    [
      'site suffix with _',
      '京东云高礼强：数字新基建推动经济高质量发展_中国网科技',
      '中国网科技',
      [],
      '京东云高礼强：数字新基建推动经济高质量发展',
    ],
    ['site suffix with |', 'Storm hits the coast | BBC News', 'BBC News', [], 'Storm hits the coast'],
    ['site prefix', 'BBC News - Storm hits the coast', 'BBC News', [], 'Storm hits the coast'],
    [
      'the page h1 is the title',
      'DeepMind新电脑已可利用记忆自学_科技_腾讯网',
      undefined,
      ['DeepMind新电脑已可利用记忆自学'],
      'DeepMind新电脑已可利用记忆自学',
    ],
    [
      'a trail of section and site without a site name',
      '海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网',
      undefined,
      [],
      '海外留学生看两会：出国前后关注点大不同',
    ],
    ['a colon title survives', 'Brexit: what happens next', 'The Times', [], 'Brexit: what happens next'],
    [
      'a dash inside the title survives without a site name',
      'Obama - the interview that changed everything',
      undefined,
      [],
      'Obama - the interview that changed everything',
    ],
    [
      'a long second part is not a trail',
      'Why we sleep | A long essay on the science of sleep and dreams',
      undefined,
      [],
      'Why we sleep | A long essay on the science of sleep and dreams',
    ],
  ])('%s', (_name, raw, site, headings, expected) => {
    expect(cleanTitle(raw, site, headings)).toBe(expected);
  });
});
