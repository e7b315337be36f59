// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compactSentence, findSentenceRanges } from '@/utils/runtime/browser/highlight';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('finding key sentences in the live page', () => {
  it('spans inline markup and line breaks the article text collapsed', () => {
    const doc = page(`<p>The council voted
        <b>7 to 2</b> on Tuesday to build a <a href="#">riverside</a> park.</p><p>Next.</p>`);
    const [range] = findSentenceRanges(doc, ['The council voted 7 to 2 on Tuesday to build a riverside park.']);
    expect(range?.toString().replace(/\s+/g, ' ')).toBe(
      'The council voted 7 to 2 on Tuesday to build a riverside park.',
    );
  });

  it('finds Chinese sentences, which have no spaces to go by', () => {
    const doc = page('<p>京东云表示，<span>超152万家</span>中小微企业\n  已经上云。</p><p>另一段。</p>');
    const [range] = findSentenceRanges(doc, ['京东云表示，超152万家中小微企业已经上云。']);
    expect(range?.toString().replace(/\s+/g, '')).toBe('京东云表示，超152万家中小微企业已经上云。');
  });

  it('ignores scripts and styles, and says undefined for a sentence that isn’t there', () => {
    const doc = page('<script>var s = "Hidden sentence.";</script><p>Shown sentence.</p>');
    const [hidden, shown] = findSentenceRanges(doc, ['Hidden sentence.', 'Shown sentence.']);
    expect(hidden).toBeUndefined();
    expect(shown?.toString()).toBe('Shown sentence.');
  });

  it('matches curly and straight quotes alike, and skips invisible characters', () => {
    const doc = page('<p>He said \u201chello\u201d to the\u200b crowd.</p>');
    expect(findSentenceRanges(doc, ['He said "hello" to the crowd.'])[0]).toBeDefined();
    expect(compactSentence(' a\u00a0b\u200bc ')).toBe('abc');
  });

  it('takes sentences in document order, so a repeated teaser doesn’t steal the match', () => {
    const doc = page('<aside><p>Second point.</p></aside><p>First point.</p><p>Second point.</p>');
    const [, second] = findSentenceRanges(doc, ['First point.', 'Second point.']);
    expect(second?.startContainer.parentElement?.closest('aside')).toBeNull();
  });
});
