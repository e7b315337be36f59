import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../../scripts/lib/load';
import { hasShared, SHARED } from '../support/shared';

/** The `digest` command's interface is a public contract: these tests pin it. */

/** What `npm run digest` runs: the command bundled from its sources (rebuilt when they change). */
const CLI = resolve(__dirname, '../../scripts/run-digest.mjs');

function digest(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'digest-cli-'));
const article = join(dir, 'article.txt');
writeFileSync(
  article,
  [
    'The city council approved a new budget for public transport on Tuesday, raising funding by 20%.',
    'The budget adds twelve bus routes and extends tram service to the northern suburbs, the council said.',
    'Council members debated the transport budget for six hours before the vote, which passed by 31 votes to 20.',
    'The mayor, who proposed the transport budget in March, called the vote a turning point for the city.',
    'Construction on the tram extension is expected to cost $120 million and take two years.',
  ].join('\n'),
);

describe('digest command', () => {
  it('prints a readable digest of a text file', () => {
    const r = digest([article]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Key sentences/);
    expect(r.stdout).toMatch(/★ /);
    expect(r.stdout).toMatch(/Key figures[\s\S]*\$120 million/);
  });

  it('--json follows the documented shape, sentences in document order', () => {
    const r = digest([article, '--json', '--sentences', '2']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ lang: 'en', stats: expect.objectContaining({ sentencesTotal: 5 }) });
    expect(out.sentences).toHaveLength(2);
    expect(out.sentences[0].index).toBeLessThan(out.sentences[1].index);
    for (const s of out.sentences) expect(Object.keys(s)).toEqual(expect.arrayContaining(['text', 'index', 'score']));
    const money = out.figures.find((f: { text: string }) => f.text.includes('$120 million'));
    expect(money).toMatchObject({ value: 120_000_000, kind: 'money' });
    expect(Object.keys(money)).toEqual(
      expect.arrayContaining(['text', 'value', 'unit', 'label', 'kind', 'sentence', 'score']),
    );
  });

  it('--jsonl answers each line in order, and a bad line does not stop the run', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'Revenue rose 12% to $3.2bn in the third quarter. Profit doubled.' }),
      '{not json',
      JSON.stringify({ id: 'c', title: 'x' }),
      JSON.stringify({ id: 'd', lang: 'zh', text: '京东云已为超过1500家大型企业提供服务。数字化转型加速。' }),
      '',
      'null',
      '[1, 2]',
      JSON.stringify({ id: 8, text: 'Hello.' }),
    ];
    const r = digest(['--jsonl'], `${lines.join('\n')}\n`);
    expect(r.code).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', null, 'c', 'd', null, null, null, 8]);
    expect(out[0].sentences.length).toBeGreaterThan(0);
    expect(out[1].error).toMatch(/line 2/);
    expect(out[2].error).toMatch(/text/);
    expect(out[3].figures[0]).toMatchObject({ value: 1500 });
    expect(out[4].error).toMatch(/line 5: the line is empty/);
    expect(out[5].error).toMatch(/line 6: each line must be a JSON object/);
    expect(out[6].error).toMatch(/line 7: each line must be a JSON object/);
    expect(out[7].error).toMatch(/no sentences/i);
  });

  it.each([
    [['--sentences', '0', 'x.txt'], /--sentences/],
    [['--bogus'], /Unknown option/],
    [[], /usage/],
    [[join(dir, 'missing.txt')], /cannot read/],
    [['--jsonl', 'file.txt'], /takes no file/],
  ])('exits 2 on bad arguments %j', (args, message) => {
    const r = digest(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('reads HTML from standard input even when it opens with a comment or an XML declaration', () => {
    const page =
      '<?xml version="1.0"?>\n<!-- saved from url=(0022)http://example.com/ -->\n<html><head><title>Econ</title></head><body><article>' +
      '<p>The central bank raised interest rates by half a point on Thursday, its fifth increase this year.</p>'.repeat(
        3,
      ) +
      '</article></body></html>';
    const r = digest(['-', '--json'], page);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe('Econ');
  });

  it('exits 1 with a one-line reason when the input has no article', () => {
    const r = digest(['-'], '<html><body><form><input name="q"><button>Search</button></form></body></html>');
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no article/i);
  });

  // TextEncoder only writes UTF-8; the system's iconv writes the GBK bytes a legacy Chinese site would serve.
  it.skipIf(spawnSync('iconv', ['--version']).status !== 0).each([
    ['by its meta charset', '<meta charset="gbk">'],
    ['that declares no charset, as a browser would', ''],
  ])('reads a GBK-encoded page %s', (_how, meta) => {
    const html =
      `<html><head>${meta}<title>测试</title></head><body><article>` +
      '<p>京东云已为超过1500家大型企业、超152万家中小微企业提供了数字化解决方案，帮助千行百业实现数智化转型。</p>'.repeat(
        3,
      ) +
      '</article></body></html>';
    const gbk = join(dir, `gbk${meta ? '' : '-undeclared'}.html`);
    writeFileSync(gbk, spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: html }).stdout);
    const r = digest([gbk, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).sentences[0].text).toContain('京东云已为超过1500家大型企业');
  });

  it('reads an undeclared Western page as windows-1252, not as GBK nonsense', () => {
    const text = 'Grüße aus München: Die Bürger wählten für Änderungen am Stadtplan. '.repeat(3);
    const latin1 = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
    expect(decode(latin1)).toBe(text);
  });

  it('reads an HTML fragment (no <html>, no <body>) as the body of a page', () => {
    const paragraph = (text: string) => `<p>${text}</p>`;
    const fragment = [
      'The council approved the harbour plan on Tuesday after a long debate about money and traffic in the city.',
      'Construction will start next spring and cost $310 million, the mayor said at a press conference on the quay.',
      'Residents said they welcomed the project but worried about traffic on the old dock roads near the school.',
      'The plan adds 2,400 homes, a park and a ferry stop, and the first tenants could move in within three years.',
    ]
      .map(paragraph)
      .join('');
    const r = digest(['-', '--json'], fragment);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).sentences.length).toBeGreaterThan(0);
  });
});

it('reads a page saved as UTF-8 that still declares its original gb2312 charset', () => {
  const html =
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><article>' +
    '<p>京东云已为超过1500家大型企业、超152万家中小微企业提供了数字化解决方案，帮助千行百业实现数智化转型。</p>'.repeat(
      3,
    ) +
    '</article></body></html>';
  const saved = join(dir, 'resaved.html');
  writeFileSync(saved, html);
  const r = digest([saved, '--json']);
  expect(JSON.parse(r.stdout).sentences[0].text).toContain('京东云已为超过1500家大型企业');
});

describe.skipIf(!hasShared)('digest command on the example page', () => {
  it('shows the real title, Chinese, and no footer', () => {
    const r = digest([join(SHARED, 'examples/zh-jdcloud-digital-infrastructure.html'), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.title).toBe('京东云高礼强：数字新基建推动经济高质量发展');
    expect(out.lang).toMatch(/^zh/);
    expect(r.stdout).not.toMatch(/版权|0086-10|国务院新闻办公室领导/);
  });
});
