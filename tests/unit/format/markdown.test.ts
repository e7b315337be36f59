import { expect, it } from 'vitest';
import { digestToMarkdown, historyToMarkdown } from '@/utils/store/export/markdown';
import { makeDigest } from '../fixtures/digests';

it('writes the title, a link to the page, the figures and the sentences in document order', () => {
  expect(digestToMarkdown(makeDigest('https://news.example.com/park'))).toBe(
    [
      '# City council approves new riverside park',
      '',
      '[Example News](https://news.example.com/park) · 1 min read · English',
      '',
      '## Key figures',
      '',
      '- **$48 million** cost of the park',
      '- **12 hectares**',
      '',
      '## Key sentences',
      '',
      '- **The city council voted 7 to 2 on Tuesday to build a riverside park.**',
      '- The park will cost $48 million and cover 12 hectares.',
      '- Construction is expected to begin next spring.',
      '',
    ].join('\n'),
  );
});

it('keeps page text from turning into Markdown formatting', () => {
  const digest = makeDigest('https://example.com/a_(b)', '# Not *a* heading [link]');
  digest.figures = [];
  digest.sentences = [{ ...digest.sentences[0]!, text: '- 2. Not a list' }];
  const markdown = digestToMarkdown(digest);
  expect(markdown).toContain('# \\# Not \\*a\\* heading \\[link\\]\n');
  expect(markdown).toContain('(https://example.com/a_%28b%29)');
  expect(markdown).toContain('- **\\- 2. Not a list**');
  expect(markdown).not.toContain('Key figures');
});

it('writes the whole history as one file, newest first, each digest with its date and tags', () => {
  const now = Date.UTC(2026, 2, 12, 12);
  const older = {
    ...makeDigest('https://a.example/1', 'Older'),
    id: 1,
    createdAt: 0,
    updatedAt: Date.UTC(2026, 0, 5),
    tags: [],
  };
  const newer = {
    ...makeDigest('https://a.example/2', 'Newer'),
    id: 2,
    createdAt: 0,
    updatedAt: Date.UTC(2026, 1, 7),
    tags: ['city', 'a_b'],
  };
  const markdown = historyToMarkdown([older, newer], now);

  expect(markdown.startsWith('# Digest history\n\n2 digests, exported 12 Mar 2026.\n\n## Newer\n')).toBe(true);
  expect(markdown).toContain(
    '[Example News](https://a.example/2) · 1 min read · English · Saved 7 Feb 2026 · Tags: city, a\\_b\n',
  );
  expect(markdown).toContain('### Key sentences');
  expect(markdown.indexOf('## Newer')).toBeLessThan(markdown.indexOf('## Older'));
  expect(markdown).toContain('English · Saved 5 Jan 2026\n');
});
