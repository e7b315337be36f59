import { expect, it } from 'vitest';
import { digestToMarkdown } from '@/utils/format/markdown';
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
